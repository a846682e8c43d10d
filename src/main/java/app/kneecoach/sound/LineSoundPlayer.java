package app.kneecoach.sound;

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
 * Plays tones through the default audio output on one background thread.
 * A machine with no audio device (or a line that fails) makes the player silent for good: a missing
 * beep must never stop a session.
 */
public final class LineSoundPlayer extends SoundPlayer {
    private static final Logger LOG = Logger.getLogger(LineSoundPlayer.class.getName());
    private static final AudioFormat FORMAT = new AudioFormat(ToneSynth.SAMPLE_RATE, 16, 1, true, false);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "knee-coach-sound");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean unavailable;
    private SourceDataLine line;

    public LineSoundPlayer(double volume) {
        setVolume(volume);
    }

    @Override
    protected void sound(Tone tone) {
        if (!unavailable) {
            worker.execute(() -> write(ToneSynth.render(tone, volume())));
        }
    }

    /** Whether the audio output failed and the player has fallen silent. */
    public boolean isUnavailable() {
        return unavailable;
    }

    /** Waits for queued tones; for tests. */
    void drain() throws InterruptedException, ExecutionException, TimeoutException {
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    private void write(byte[] pcm) {
        if (unavailable) {
            return;
        }
        try {
            if (line == null) {
                line = AudioSystem.getSourceDataLine(FORMAT);
                line.open(FORMAT);
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
