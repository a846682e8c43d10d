#!/usr/bin/env bash
# Renders the same cue phrases with each speech synthesiser Debian offers here and reports, per voice, how many a
# speech recogniser (pocketsphinx) picks out correctly from the list of every phrase the app says (a closed-set
# test, like a listener who knows the cues), how many of the words it hears with its general English model (an
# open test: no list to lean on), and the highest peak. The numbers behind
# docs/decisions/0008-spoken-cues.md. Needs: espeak-ng flite festival festvox-kallpc16k festvox-us-slt-hts sox
# pocketsphinx pocketsphinx-en-us. Usage: tools/voice/compare_voices.sh [output folder, default /tmp/voice-compare]
set -euo pipefail
out=${1:-/tmp/voice-compare}
here=$(cd "$(dirname "$0")" && pwd)
voice_dir="$here/../../src/main/resources/app/kneecoach/voice"
model=/usr/share/pocketsphinx/model/en-us
mkdir -p "$out"

# Every phrase the app says (from the clip list the render script wrote), as a grammar the recogniser chooses from.
cut -f2 "$voice_dir/clips.tsv" | grep -v '^#' | tr 'A-Z' 'a-z' | tr -d ',:' | sed 's/-/ /g' > "$out/phrases.txt"
{ echo '#JSGF V1.0;'; echo 'grammar cues;'; printf 'public <cue> = '; paste -sd'|' "$out/phrases.txt" | sed 's/|/ | /g'; echo ' ;'; } > "$out/cues.gram"

speak() {   # voice, text, file
    case $1 in
        espeak-ng) espeak-ng -v en-us -s 150 -w "$3" "$2" ;;
        flite-slt) flite -voice slt -t "$2" -o "$3" ;;
        flite-kal16) flite -voice kal16 -t "$2" -o "$3" ;;
        festival-kal) echo "$2" | text2wave -eval '(voice_kal_diphone)' -o "$3" 2>/dev/null ;;
        festival-slt-hts) echo "$2" | text2wave -eval '(voice_cmu_us_slt_arctic_hts)' -o "$3" 2>/dev/null ;;
    esac
}

recognise() {   # file, then -jsgf grammar or -lm model -> the words heard
    sox "$1" -r 16000 -c 1 -b 16 "$out/asr.wav" pad 0.3 0.3
    pocketsphinx_continuous -hmm "$model/en-us" "$2" "$3" -dict "$model/cmudict-en-us.dict" \
        -infile "$out/asr.wav" 2>/dev/null | tr '\n' ' ' | sed 's/ *$//'
}

for voice in espeak-ng flite-kal16 flite-slt festival-kal festival-slt-hts; do
    right=0; total=0; words=0; heard_words=0; misses=""
    while read -r phrase; do
        file="$out/$voice-$total.wav"
        speak "$voice" "$phrase" "$file"
        heard=$(recognise "$file" -jsgf "$out/cues.gram")
        total=$((total + 1))
        open=" $(recognise "$file" -lm "$model/en-us.lm.bin") "
        for word in $phrase; do
            words=$((words + 1))
            if [[ "$open" == *" $word "* ]]; then heard_words=$((heard_words + 1)); fi
        done
        if [[ "$heard" == "$phrase" ]]; then right=$((right + 1)); else misses+=" [$phrase -> ${heard:-nothing}]"; fi
    done < "$out/phrases.txt"
    peak=$(for f in "$out/$voice"-*.wav; do sox "$f" -n stat 2>&1 | awk '/Maximum amplitude/{print $3}'; done | sort -g | tail -1)
    echo "$voice: $right of $total phrases picked out; $heard_words of $words words heard openly; highest peak $peak; sample rate $(soxi -r "$out/$voice-0.wav") Hz;$misses"
done
