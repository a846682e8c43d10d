#!/usr/bin/env python3
"""Renders Knee Coach's spoken cues to small WAV clips, ahead of time.

Reads the phrase list (src/main/resources/app/kneecoach/voice/phrases.tsv), adds a clip for every exercise
name and every rep count in exercises.json, speaks each with Flite's US English voice "slt" (Debian's flite;
see docs/decisions/0008-spoken-cues.md for why that voice), and writes <clip id>.wav beside the phrase list:
mono, 16 kHz (the voice's own rate), 16-bit, silence trimmed to 30 ms at each end, every clip brought to the
same speech level with its peak kept below full scale. clips.tsv lists what was rendered.
Clips no longer in the list are removed.

Needs: python3 (standard library only), flite, sox.
    apt-get install -y flite sox
Run from anywhere:  python3 tools/voice/render_clips.py
"""
import array
import json
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VOICE_DIR = ROOT / "src/main/resources/app/kneecoach/voice"
PHRASES = VOICE_DIR / "phrases.tsv"
MANIFEST = VOICE_DIR / "clips.tsv"
CATALOG = ROOT / "exercises.json"

VOICE = "slt"
RATE = 16000
# The speech level every clip is brought to (gated RMS, see speech_level_db) and the ceiling for its peak.
TARGET_LEVEL_DB = -14.0
PEAK_CEILING_DB = -1.0
# Speech this far below a clip's loudest 20 ms counts as silence when trimming the ends.
TRIM_THRESHOLD = "-55d"
PAD_SECONDS = 0.03
# The countdown says three, two, one even where no exercise counts that far.
COUNTDOWN_FROM = 3

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n):
    if not 1 <= n <= 99:
        raise ValueError(f"no words for {n}: counts go from 1 to 99")
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")


def phrase_list():
    """(clip id, words) in order: the phrase file's lines, then each exercise's name, then the counts."""
    phrases = []
    for number, line in enumerate(PHRASES.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        clip_id, sep, words = line.partition("\t")
        if not sep or not words.strip():
            sys.exit(f"{PHRASES}:{number}: expected 'clip id<TAB>words'")
        phrases.append((clip_id.strip(), words.strip()))
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    highest = COUNTDOWN_FROM
    for exercise in catalog["exercises"]:
        phrases.append(("exercise." + exercise["id"], exercise["name"]))
        reps = exercise["dosage"].get("reps")
        if reps:
            highest = max(highest, reps.get("max", reps["min"]))
    phrases.extend(("count." + str(n), number_words(n)) for n in range(1, highest + 1))
    ids = [clip_id for clip_id, _ in phrases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        sys.exit(f"clip ids given twice: {', '.join(duplicates)}")
    return phrases


def read_samples(path):
    with wave.open(str(path), "rb") as w:
        if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, 2, RATE):
            sys.exit(f"{path}: expected mono 16-bit {RATE} Hz")
        samples = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def speech_level_db(samples):
    """The level of the speech itself: RMS over 20 ms frames that are not pauses (gated as loudness meters do:
    frames above -50 dBFS, then those within 10 dB of their mean). The app's tests measure it the same way."""
    size = RATE // 50
    powers = []
    for start in range(0, len(samples) - size + 1, size):
        frame = samples[start:start + size]
        powers.append(sum(s * s for s in frame) / size / 32768.0 ** 2)
    loud = [p for p in powers if p > 10 ** (-50 / 10)]
    if not loud:
        return -math.inf
    gate = sum(loud) / len(loud) / 10
    speech = [p for p in loud if p >= gate]
    return 10 * math.log10(sum(speech) / len(speech))


def peak_db(samples):
    peak = max(abs(s) for s in samples)
    return 20 * math.log10(peak / 32768.0) if peak else -math.inf


def sox(*args):
    subprocess.run(["sox", "-D", *map(str, args)], check=True)


def render(words, work, clip_id):
    """Speaks the words and returns the trimmed clip at the target rate, before levelling."""
    spoken = work / (clip_id + ".raw.wav")
    subprocess.run(["flite", "-voice", VOICE, "-t", words, "-o", str(spoken)], check=True)
    trimmed = work / (clip_id + ".trim.wav")
    # Rumble below the voice goes first; then both ends are trimmed (reverse, trim the start, reverse back).
    sox(spoken, "-r", RATE, "-c", 1, "-b", 16, trimmed, "highpass", 80,
        "silence", 1, 0.005, TRIM_THRESHOLD, "reverse", "silence", 1, 0.005, TRIM_THRESHOLD, "reverse")
    return trimmed


def main():
    for tool in ("flite", "sox"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install -y flite sox")
    phrases = phrase_list()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rendered = []
        for clip_id, words in phrases:
            trimmed = render(words, work, clip_id)
            samples = read_samples(trimmed)
            gain = TARGET_LEVEL_DB - speech_level_db(samples)
            if peak_db(samples) + gain > PEAK_CEILING_DB:
                sys.exit(f"{clip_id}: its peak would reach {peak_db(samples) + gain:.1f} dBFS at the target level;"
                         " lower TARGET_LEVEL_DB")
            rendered.append((clip_id, trimmed, gain))
        for old in VOICE_DIR.glob("*.wav"):
            old.unlink()
        for clip_id, trimmed, gain in rendered:
            sox(trimmed, VOICE_DIR / (clip_id + ".wav"), "gain", f"{gain:.2f}", "pad", PAD_SECONDS, PAD_SECONDS)
    MANIFEST.write_text("# Written by tools/voice/render_clips.py: the clips rendered, clip id <TAB> words.\n"
                        + "".join(f"{clip_id}\t{words}\n" for clip_id, words in phrases), encoding="utf-8")
    total = sum(p.stat().st_size for p in VOICE_DIR.glob("*.wav"))
    print(f"{len(phrases)} clips, {total / 1024:.0f} KB in {VOICE_DIR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
