#!/usr/bin/env python3
"""Checks the spoken cues' timing: each utterance the app asked for (its FINE sound log) against the clip heard
in a recording of what it played (see docs/voice-check.md).

    python3 tools/voice/cue_timing.py app.log out.wav

Prints, per utterance, when it was asked and when its first clip was heard (both from the first utterance), and
a summary: how many were heard, dropped as too late, or not told apart by listen_check.py. Needs what
listen_check.py needs.
"""
import os
import re
import subprocess
import sys

WORDS = {'HOLD': 'hold', 'REST': 'rest', 'LAST_SET': 'last-set', 'DONE': 'done', 'LIFT': 'lift', 'LOWER': 'lower'}


def first_clip(utterance):
    """The clip id an utterance such as "[Countdown[secondsLeft=3]]" or "[LAST_SET, HOLD]" begins with."""
    m = re.match(r'\[(\w+)(\[([^\]]*)\])?', utterance)
    kind, args = m.group(1), m.group(3) or ''
    if kind == 'Countdown':
        return 'count.' + re.search(r'secondsLeft=(\d+)', args).group(1)
    if kind == 'ExerciseStart':
        return 'exercise.' + re.search(r'exerciseId=([\w-]+)', args).group(1)
    if kind == 'SwitchSide':
        return 'switch.' + re.search(r'to=(\w+)', args).group(1).lower()
    if kind == 'RepCount':
        return 'count.' + re.search(r'(\d+)', args).group(1)
    return WORDS.get(kind, kind.lower())


def main():
    log, wav = sys.argv[1], sys.argv[2]
    asked = []
    for line in open(log, encoding='utf-8'):
        m = re.search(r'FINE say (\[.*\]) asked (\d+) ms, heard from (\d+) ms(.*)$', line)
        if m:
            asked.append((int(m.group(2)), first_clip(m.group(1)), 'dropped' in m.group(4)))
    checker = os.path.join(os.path.dirname(__file__), 'listen_check.py')
    out = subprocess.run([sys.executable, checker, wav], capture_output=True, text=True, check=True).stdout
    heard = [(float(p[0]), p[1]) for p in (line.split() for line in out.splitlines()[1:])
             if len(p) >= 2 and p[1] != 'tone']
    a0, h0 = asked[0][0], heard[0][0]
    print(f"{'asked s':>8} {'heard s':>8}  clip")
    found, unmatched, dropped, at = [], [], 0, 0
    for ms, clip, drop in asked:
        t = (ms - a0) / 1000.0
        dropped += drop
        match = next((j for j in range(at, len(heard)) if heard[j][1] == clip and abs(heard[j][0] - h0 - t) < 3.0),
                     None)
        if match is None:
            unmatched.append(clip)
            print(f"{t:8.2f} {'-':>8}  {clip}: not told apart{' (dropped)' if drop else ''}")
            continue
        at = match + 1
        found.append((heard[match][0] - h0) - t)
        print(f"{t:8.2f} {heard[match][0] - h0:8.2f}  {clip}")
    found.sort()
    print(f"\n{len(asked)} utterances: {len(found)} heard and named, {len(unmatched)} not told apart, "
          f"{dropped} dropped as too late")
    if found:
        mid = found[len(found) // 2]
        print(f"heard against asked, around the median: {1000 * (found[0] - mid):+.0f} ms to "
              f"{1000 * (found[-1] - mid):+.0f} ms; 80 % within {1000 * (found[len(found) // 10] - mid):+.0f} to "
              f"{1000 * (found[len(found) * 9 // 10] - mid):+.0f} ms")
    return 0


if __name__ == '__main__':
    sys.exit(main())
