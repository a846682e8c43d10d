package app.kneecoach.instance;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An OS lock on {@value #FILE_NAME} in the data folder, held for the life of the process. The OS drops it when
 * the process dies, however it dies, so a lock left by a crash never blocks the next launch. The file itself is
 * never deleted: deleting it would let one launch lock the old file while another locks a new one.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE_NAME = "knee-coach.lock";

    /**
     * Lock files this JVM holds. On POSIX systems closing any channel on a file drops all of the process's locks
     * on it, so this JVM must not even open a second channel on a lock file it holds: it checks here first.
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock, or empty if another process (or this JVM) holds it.
     *
     * @param dataDir an existing folder
     * @throws IOException if the folder allows no lock file, or its file system no locking
     */
    static Optional<FolderLock> tryAcquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        synchronized (HELD) {
            Path key = dataDir.toRealPath().resolve(FILE_NAME);
            if (HELD.contains(key)) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                // Only once it is ours: a launch that finds the lock taken changes nothing.
                PrivateFiles.restrict(file);
                HELD.add(key);
                return Optional.of(new FolderLock(key, channel, lock));
            } catch (OverlappingFileLockException e) {
                // Held through another path to the same file in this JVM.
                channel.close();
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // Only at exit or on a broken channel; the OS releases the lock when the process ends regardless.
            } finally {
                HELD.remove(key);
            }
        }
    }
}
