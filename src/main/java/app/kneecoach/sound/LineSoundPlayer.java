package app.kneecoach.sound;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/**
 * Plays tones and voice clips through the default audio output, in turn on one background thread
 * ({@link LineWorker}, which also reads the clips, so the caller never waits).
 * A machine with no audio device (or a line that fails) makes the player silent for good: a missing
 * beep must never stop a session.
 */
public final class LineSoundPlayer extends SoundPlayer {
    private static final Logger LOG = Logger.getLogger(LineSoundPlayer.class.getName());
    static final AudioFormat FORMAT = new AudioFormat(ToneSynth.SAMPLE_RATE, 16, 1, true, false);
    /**
     * How late an utterance may start, behind one still being said, before it is dropped: a count heard a rep late
     * misleads more than one not heard (quick paced reps can outrun the words).
     */
    static final long LATEST_START_NANOS = TimeUnit.MILLISECONDS.toNanos(600);

    /**
     * A fifth of a second of sound: how late a cue may be heard behind the silence that keeps the line fed. With
     * the default buffer (half a second through PulseAudio) a short word waited for the next.
     */
    static final int BUFFER_BYTES = (int) (FORMAT.getSampleRate() * FORMAT.getFrameSize() / 5);

    private final VoiceClips voice;
    private final LineWorker worker;

    /** A player with the app's own voice clips. */
    public LineSoundPlayer(double volume) {
        this(volume, VoiceClips.bundled());
    }

    public LineSoundPlayer(double volume, VoiceClips voice) {
        this(volume, voice, () -> AudioSystem.getSourceDataLine(FORMAT), System::nanoTime);
    }

    /** @param nanoTime the worker's clock, for the line's keep-alive */
    LineSoundPlayer(double volume, VoiceClips voice, LineWorker.LineOpener opener, LongSupplier nanoTime) {
        this.voice = voice;
        this.worker = new LineWorker(opener, nanoTime);
        setVolume(volume);
    }

    @Override
    protected void sound(Tone tone) {
        if (!worker.unavailable()) {
            long asked = System.nanoTime();
            worker.submit(() -> {
                LOG.log(Level.FINE, () -> String.format(Locale.ROOT, "tone %s asked %d ms, heard from %d ms",
                        tone, TimeUnit.NANOSECONDS.toMillis(asked),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() + worker.queuedNanos())));
                worker.write(ToneSynth.render(tone, volume()));
            });
        }
    }

    @Override
    protected void speak(List<VoiceCue> utterance) {
        if (worker.unavailable()) {
            return;
        }
        long asked = System.nanoTime();
        worker.submit(() -> {
            long start = System.nanoTime() + worker.queuedNanos();
            // What is said when, for checking the cues against a recording (docs/voice-check.md).
            LOG.log(Level.FINE, () -> String.format(Locale.ROOT, "say %s asked %d ms, heard from %d ms%s",
                    utterance, TimeUnit.NANOSECONDS.toMillis(asked), TimeUnit.NANOSECONDS.toMillis(start),
                    tooLate(asked, start) ? ": dropped, too late" : ""));
            if (tooLate(asked, start)) {
                return;
            }
            for (VoiceCue cue : utterance) {
                for (byte[] clip : voice.pcmFor(cue)) {
                    worker.write(VoiceClips.atVolume(clip, volume()));
                }
            }
        });
    }

    /** Whether an utterance asked for at {@code asked} would be too late to start at {@code start} (both nanoTime). */
    static boolean tooLate(long asked, long start) {
        return start - asked > LATEST_START_NANOS;
    }

    /** Whether the audio output failed and the player has fallen silent. */
    public boolean isUnavailable() {
        return worker.unavailable();
    }

    /** Waits for queued tones and utterances; for tests. */
    void drain() throws InterruptedException {
        worker.drain();
    }
}
