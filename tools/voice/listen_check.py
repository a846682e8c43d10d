#!/usr/bin/env python3
"""Says what a recording of the app holds: each sound's start, length, level, and which clip it is.

Used to check the spoken cues as the app really plays them (see docs/voice-check.md): record what the app plays
(for example through a PulseAudio null sink, `parecord -d cap.monitor --file-format=wav out.wav`), then

    python3 tools/voice/listen_check.py out.wav [--clips src/main/resources/app/kneecoach/voice]

prints one line per sound: seconds from the first sound, what it is (a clip id, or "tone" for what matches no
clip), its length and its peak level. Clips played back to back (a name, then the leg) are told apart by
matching each clip against the sound in turn. Needs sox and python3-numpy.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import wave

import numpy as np

RATE = 16000
FRAME = RATE // 100          # 10 ms
SILENCE_DB = -45.0           # a frame quieter than this (dBFS) is silence
GAP_FRAMES = 6               # 60 ms of silence ends a sound
MATCH = 0.75                 # normalised correlation needed to name a clip


def read_mono16k(path):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "x.wav")
        subprocess.run(["sox", "--ignore-length", path, "-r", str(RATE), "-c", "1", "-b", "16", out], check=True)
        with wave.open(out) as w:
            return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0


def segments(x):
    frames = len(x) // FRAME
    rms = np.sqrt(np.mean(x[:frames * FRAME].reshape(frames, FRAME) ** 2, axis=1) + 1e-12)
    loud = 20 * np.log10(rms) > SILENCE_DB
    found, start, quiet = [], None, 0
    for i, on in enumerate(loud):
        if on:
            if start is None:
                start = i
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet >= GAP_FRAMES:
                found.append((start * FRAME, (i - quiet + 1) * FRAME))
                start, quiet = None, 0
    if start is not None:
        found.append((start * FRAME, frames * FRAME))
    return found


def spectrum(x):
    """Log magnitude spectra of 20 ms frames every 10 ms: phase-blind, so a clip resampled on its way through
    the sound system still matches itself."""
    frames = max(0, (len(x) - 2 * FRAME) // FRAME + 1)
    if frames == 0:
        return np.zeros((0, FRAME + 1))
    idx = np.arange(2 * FRAME)[None, :] + FRAME * np.arange(frames)[:, None]
    return np.log1p(100 * np.abs(np.fft.rfft(x[idx] * np.hanning(2 * FRAME), axis=1)))


def similarity(a, b):
    a, b = a.ravel() - a.mean(), b.ravel() - b.mean()
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-12))


def best_clip(spec, at, end, clips):
    """The clip that best matches the sound from frame `at`, as (id, similarity, start frame, frames)."""
    best = (None, 0.0, at, 0)
    for name, clip in clips.items():
        n = len(clip)
        if n == 0 or at + n > end + 2:
            continue
        for s in (at - 1, at, at + 1):
            if s < 0 or s + n > len(spec):
                continue
            c = similarity(spec[s:s + n], clip)
            if c > best[1]:
                best = (name, c, s, n)
    return best


def report(x, first, name, corr, start, length):
    """Prints one sound; returns the time of the first sound, which the times count from."""
    first = start / RATE if first is None else first
    peak = 20 * np.log10(np.max(np.abs(x[start:start + length])) + 1e-12)
    label = name if corr is None else f"{name} ({corr:.2f})"
    print(f"{start / RATE - first:8.3f}  {label:<34} {length / RATE:6.3f}s {peak:9.1f}")
    return first


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording")
    parser.add_argument("--clips", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "main",
                                                        "resources", "app", "kneecoach", "voice"))
    args = parser.parse_args()
    clips = {f[:-4]: read_mono16k(os.path.join(args.clips, f)) for f in sorted(os.listdir(args.clips))
             if f.endswith(".wav")}
    # Trim each clip's silent ends as the recording's sounds are cut.
    for name, clip in clips.items():
        loud = np.nonzero(np.abs(clip) > 10 ** (SILENCE_DB / 20))[0]
        clips[name] = clip[loud[0]:loud[-1] + 1] if len(loud) else clip
    clips = {name: spectrum(clip) for name, clip in clips.items()}
    x = read_mono16k(args.recording)
    spec = spectrum(x)
    first = None
    print(f"{'t (s)':>8}  {'what':<34} {'length':>7} {'peak dBFS':>9}")
    for start, end in segments(x):
        at, end, other = start // FRAME, end // FRAME, None
        while at < end - 1:
            name, score, s, n = best_clip(spec, at, end, clips)
            if name is None or score < MATCH:
                # Not a clip here (a tone, or a clip with a tone over it): look again one frame on.
                other = at if other is None else other
                at += 1
                continue
            if other is not None:
                first = report(x, first, "tone", None, other * FRAME, (s - other) * FRAME)
                other = None
            first = report(x, first, name, score, s * FRAME, n * FRAME)
            at = s + n
        if other is not None:
            first = report(x, first, "tone", None, other * FRAME, (end - other) * FRAME)
    return 0


if __name__ == "__main__":
    sys.exit(main())
