package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Range;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed clips, as files: the ones the render script would make from the phrase list and exercises.json
 * (checked without running a synthesiser), each readable, audible, unclipped, trimmed and as loud as the rest.
 */
class VoiceClipFilesTest {
    private static final float RATE = 16_000;
    private static Path folder;
    private static Map<String, short[]> clips;

    @BeforeAll
    static void readClips() throws Exception {
        folder = Path.of(VoiceClipFilesTest.class.getResource(VoiceClips.FOLDER + "phrases.tsv").toURI()).getParent();
        clips = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".wav")).toList()) {
                String name = file.getFileName().toString();
                clips.put(name.substring(0, name.length() - ".wav".length()), samples(file));
            }
        }
    }

    @Test
    void theClipsAreThoseThePhraseListAndTheCatalogCallFor() throws IOException, URISyntaxException {
        List<String> expected = expectedClips();
        List<String> listed = Files.readAllLines(folder.resolve("clips.tsv")).stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.startsWith("count.") ? line.substring(0, line.indexOf('\t')) : line).toList();
        assertEquals(expected, listed, "clips.tsv is out of date: run tools/voice/render_clips.py");
        List<String> ids = expected.stream().map(line -> line.split("\t")[0]).sorted().toList();
        assertEquals(ids, List.copyOf(clips.keySet()), "the .wav files are out of date: run tools/voice/render_clips.py");
    }

    @Test
    void everyClipIsMono16BitAt16kHzAndSmall() throws Exception {
        long total = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".wav")).toList()) {
                try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
                    AudioFormat format = in.getFormat();
                    assertEquals(new AudioFormat(RATE, 16, 1, true, false).toString(), format.toString(), file.toString());
                }
                total += Files.size(file);
            }
        }
        assertTrue(total < 3 * 1024 * 1024, "the clips take " + total / 1024 + " KB");
    }

    @Test
    void everyClipIsAudibleAndNotClipped() {
        clips.forEach((id, samples) -> {
            assertTrue(speechLevelDb(samples) > -30, id + " is too quiet: " + speechLevelDb(samples) + " dBFS");
            int peak = IntStream.range(0, samples.length).map(i -> Math.abs(samples[i])).max().orElse(0);
            assertTrue(peak < 0.95 * Short.MAX_VALUE, id + " peaks at " + peak);
        });
    }

    @Test
    void theClipsAreEquallyLoud() {
        DoubleSummaryStatistics levels = clips.values().stream().mapToDouble(VoiceClipFilesTest::speechLevelDb)
                .summaryStatistics();
        assertTrue(levels.getMax() - levels.getMin() < 2, "speech levels from " + levels.getMin() + " to "
                + levels.getMax() + " dBFS");
    }

    @Test
    void silenceIsTrimmedAtBothEnds() {
        int most = Math.round(RATE * 0.08f);
        clips.forEach((id, samples) -> {
            int first = firstLoud(samples, 0, 1);
            int last = firstLoud(samples, samples.length - 1, -1);
            assertTrue(first <= most, id + " starts with " + first * 1000 / RATE + " ms of silence");
            assertTrue(samples.length - 1 - last <= most,
                    id + " ends with " + (samples.length - 1 - last) * 1000 / RATE + " ms of silence");
        });
    }

    /** The render script's list: the phrase file's lines, each exercise's name, then the counts (as ids). */
    private static List<String> expectedClips() throws IOException {
        List<String> expected = new ArrayList<>();
        String phrases = new String(VoiceClipFilesTest.class.getResourceAsStream(VoiceClips.FOLDER + "phrases.tsv")
                .readAllBytes(), StandardCharsets.UTF_8);
        phrases.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(expected::add);
        int highest = 3;
        for (Exercise exercise : CueRun.catalog()) {
            expected.add(VoiceScript.exercise(exercise.id()) + "\t" + exercise.name());
            highest = Math.max(highest, exercise.dosage().reps().map(Range::max).orElse(0));
        }
        IntStream.rangeClosed(1, highest).forEach(n -> expected.add(VoiceScript.count(n)));
        return expected;
    }

    private static int firstLoud(short[] samples, int from, int direction) {
        int threshold = (int) (Short.MAX_VALUE * Math.pow(10, -50 / 20.0));
        int i = from;
        while (i >= 0 && i < samples.length && Math.abs(samples[i]) < threshold) {
            i += direction;
        }
        return i;
    }

    /** The speech's level without its pauses, measured as the render script does (see speech_level_db there). */
    static double speechLevelDb(short[] samples) {
        int size = (int) RATE / 50;
        List<Double> loud = new ArrayList<>();
        for (int start = 0; start + size <= samples.length; start += size) {
            double sum = 0;
            for (int i = start; i < start + size; i++) {
                sum += (double) samples[i] * samples[i];
            }
            double power = sum / size / (32768.0 * 32768.0);
            if (power > Math.pow(10, -5)) {
                loud.add(power);
            }
        }
        double gate = loud.stream().mapToDouble(p -> p).average().orElse(0) / 10;
        double speech = loud.stream().mapToDouble(p -> p).filter(p -> p >= gate).average().orElse(0);
        return 10 * Math.log10(speech);
    }

    private static short[] samples(Path file) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            byte[] pcm = in.readAllBytes();
            short[] samples = new short[pcm.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            }
            return samples;
        } catch (Exception e) {
            throw new UncheckedIOException(file + " cannot be read as audio", e instanceof IOException io ? io
                    : new IOException(e));
        }
    }
}
