package app.kneecoach.userdata;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Held while the records of a folder are opened, so two processes starting on one folder at once take turns:
 * else one could find the file the other has just created still empty, take it for a broken one and set it
 * aside, with the other's sessions then written into the file set aside. An OS lock on {@value #FILE}, which
 * is never deleted (deleting it would let one process lock the old file while another locks a new one).
 */
final class OpeningLock implements AutoCloseable {
    static final String FILE = "knee-coach-opening.lock";
    /**
     * Within this JVM, one opening at a time: on POSIX systems closing any channel on a file drops all of the
     * process's locks on it, so a second channel must not be opened while the first holds the lock.
     */
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private final Optional<FileChannel> channel;
    private final Optional<FileLock> lock;

    private OpeningLock(Optional<FileChannel> channel, Optional<FileLock> lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the folder's opening lock; where the folder takes no lock file (read-only), goes on without. */
    static OpeningLock take(Path dir) {
        IN_THIS_JVM.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OpeningLock(Optional.of(channel), Optional.of(channel.lock()));
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return new OpeningLock(Optional.empty(), Optional.empty());
        }
    }

    /** Whether an opening in this JVM waits for its turn (for tests). */
    static boolean waiting() {
        return IN_THIS_JVM.hasQueuedThreads();
    }

    @Override
    public void close() {
        try {
            if (lock.isPresent()) {
                lock.get().release();
            }
        } catch (IOException e) {
            // Closing the channel releases it too.
        } finally {
            closeQuietly(channel.orElse(null));
            IN_THIS_JVM.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing is lost: the lock goes with the channel.
            }
        }
    }
}
