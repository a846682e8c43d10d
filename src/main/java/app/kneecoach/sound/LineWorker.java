package app.kneecoach.sound;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.SourceDataLine;

/**
 * The audio line and the one thread that writes to it: the cues in turn and, between them, silence, so that
 * the line never runs dry while a session may still sound. Measured through PulseAudio, a line that had run dry
 * held the write after it back by 2.2 s, every time: "two" and "one" of a countdown then came too late and
 * were dropped. {@link #KEEP_ALIVE_NANOS} after the last cue the line is closed (a fresh line starts at once;
 * reopened with the next cue) and the thread waits for work without waking.
 */
final class LineWorker {
    private static final Logger LOG = Logger.getLogger(LineWorker.class.getName());
    static final long KEEP_ALIVE_NANOS = TimeUnit.MINUTES.toNanos(3);
    /** A tenth of the line's buffer; written twice as often as it plays, so the buffer stays full. */
    private static final byte[] SILENCE = new byte[LineSoundPlayer.BUFFER_BYTES / 10];
    private static final long FEED_NANOS = TimeUnit.SECONDS.toNanos(1) * SILENCE.length
            / (long) (LineSoundPlayer.FORMAT.getSampleRate() * LineSoundPlayer.FORMAT.getFrameSize()) / 2;

    /** Where the sound goes: the system's default output, or a line a test looks at. */
    interface LineOpener {
        SourceDataLine open() throws Exception;
    }

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final LineOpener opener;
    private final LongSupplier nanoTime;
    private volatile boolean unavailable;
    /** Touched by the worker thread only. */
    private SourceDataLine line;
    private long quietFrom;

    LineWorker(LineOpener opener, LongSupplier nanoTime) {
        this.opener = opener;
        this.nanoTime = nanoTime;
        Thread thread = new Thread(this::run, "knee-coach-sound");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code task} on the worker thread, after what is already waiting. */
    void submit(Runnable task) {
        tasks.add(task);
    }

    /** Whether the audio output failed and the player has fallen silent. */
    boolean unavailable() {
        return unavailable;
    }

    /** Writes to the line, opening it first if it is closed; on the worker thread. */
    void write(byte[] pcm) {
        if (unavailable) {
            return;
        }
        try {
            if (line == null) {
                line = opener.open();
                line.open(LineSoundPlayer.FORMAT, LineSoundPlayer.BUFFER_BYTES);
                line.start();
            }
            line.write(pcm, 0, pcm.length);
        } catch (Exception | LinkageError e) {
            // No device, a busy device, or a broken sound stack: carry on without sound.
            unavailable = true;
            line = null;
            LOG.log(Level.INFO, "No audio output; sound cues are off: {0}", e.toString());
        }
    }

    /** How long the sound already written has still to play (writes return before it is heard); on the worker thread. */
    long queuedNanos() {
        if (line == null) {
            return 0;
        }
        long frames = (line.getBufferSize() - line.available()) / LineSoundPlayer.FORMAT.getFrameSize();
        return TimeUnit.SECONDS.toNanos(frames) / (long) LineSoundPlayer.FORMAT.getSampleRate();
    }

    /** Waits until what was submitted before has been written. */
    void drain() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        submit(done::countDown);
        if (!done.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the sound thread did not get through its work");
        }
    }

    private void run() {
        while (true) {
            try {
                Runnable next = line == null ? tasks.take() : tasks.poll(FEED_NANOS, TimeUnit.NANOSECONDS);
                if (next != null) {
                    next.run();
                    quietFrom = nanoTime.getAsLong();
                } else if (nanoTime.getAsLong() - quietFrom > KEEP_ALIVE_NANOS) {
                    close();
                } else {
                    write(SILENCE);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A sound cue failed", e);
            }
        }
    }

    private void close() {
        SourceDataLine closing = line;
        line = null;
        try {
            closing.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing the audio line failed", e);
        }
    }
}
