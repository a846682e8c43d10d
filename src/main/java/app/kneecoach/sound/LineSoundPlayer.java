package app.kneecoach.sound;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays tones and voice clips through the default audio output, in turn on one background thread (which also
 * reads the clips, so the caller never waits).
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
     * A fifth of a second of sound. A line holds back what is written until its buffer is full; with the default
     * buffer (half a second through PulseAudio) a short word such as "two" was not heard until the next arrived.
     */
    static final int BUFFER_BYTES = (int) (FORMAT.getSampleRate() * FORMAT.getFrameSize() / 5);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "knee-coach-sound");
        thread.setDaemon(true);
        return thread;
    });
    private final VoiceClips voice;
    private final LineOpener opener;
    private volatile boolean unavailable;
    private SourceDataLine line;

    /** A player with the app's own voice clips. */
    public LineSoundPlayer(double volume) {
        this(volume, VoiceClips.bundled());
    }

    public LineSoundPlayer(double volume, VoiceClips voice) {
        this(volume, voice, () -> AudioSystem.getSourceDataLine(FORMAT));
    }

    LineSoundPlayer(double volume, VoiceClips voice, LineOpener opener) {
        this.voice = voice;
        this.opener = opener;
        setVolume(volume);
    }

    /** Where the sound goes: the system's default output, or a line a test looks at. */
    interface LineOpener {
        SourceDataLine open() throws Exception;
    }

    @Override
    protected void sound(Tone tone) {
        if (!unavailable) {
            long asked = System.nanoTime();
            worker.execute(() -> {
                LOG.log(Level.FINE, () -> String.format(Locale.ROOT, "tone %s asked %d ms, heard from %d ms",
                        tone, TimeUnit.NANOSECONDS.toMillis(asked),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() + queuedNanos())));
                write(ToneSynth.render(tone, volume()));
                played();
            });
        }
    }

    @Override
    protected void speak(List<VoiceCue> utterance) {
        if (unavailable) {
            return;
        }
        long asked = System.nanoTime();
        worker.execute(() -> {
            long start = System.nanoTime() + queuedNanos();
            // What is said when, for checking the cues against a recording (docs/voice-check.md).
            LOG.log(Level.FINE, () -> String.format(Locale.ROOT, "say %s asked %d ms, heard from %d ms%s",
                    utterance, TimeUnit.NANOSECONDS.toMillis(asked), TimeUnit.NANOSECONDS.toMillis(start),
                    tooLate(asked, start) ? ": dropped, too late" : ""));
            if (tooLate(asked, start)) {
                return;
            }
            for (VoiceCue cue : utterance) {
                for (byte[] clip : voice.pcmFor(cue)) {
                    write(VoiceClips.atVolume(clip, volume()));
                }
            }
            played();
        });
    }

    /** Whether an utterance asked for at {@code asked} would be too late to start at {@code start} (both nanoTime). */
    static boolean tooLate(long asked, long start) {
        return start - asked > LATEST_START_NANOS;
    }

    /** How long the sound already written to the line has still to play; writes return before it is heard. */
    private long queuedNanos() {
        if (line == null) {
            return 0;
        }
        long frames = (line.getBufferSize() - line.available()) / FORMAT.getFrameSize();
        return TimeUnit.SECONDS.toNanos(frames) / (long) FORMAT.getSampleRate();
    }

    /**
     * Pushes the end of a cue out with a buffer's worth of silence: shorter than the buffer, it would otherwise
     * wait in it for the next cue (measured through PulseAudio: "three" waited for "two", the words then came in
     * a rush and the late ones were dropped). Draining the line instead blocked for two seconds there.
     */
    private void played() {
        write(new byte[BUFFER_BYTES]);
    }

    /** Whether the audio output failed and the player has fallen silent. */
    public boolean isUnavailable() {
        return unavailable;
    }

    /** Waits for queued tones and utterances; for tests. */
    void drain() throws InterruptedException, ExecutionException, TimeoutException {
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    private void write(byte[] pcm) {
        if (unavailable) {
            return;
        }
        try {
            if (line == null) {
                line = opener.open();
                line.open(FORMAT, BUFFER_BYTES);
                line.start();
            }
            line.write(pcm, 0, pcm.length);
        } catch (Exception | LinkageError e) {
            // No device, a busy device, or a broken sound stack: carry on without sound.
            unavailable = true;
            LOG.log(Level.INFO, "No audio output; sound cues are off: {0}", e.toString());
        }
    }
}
