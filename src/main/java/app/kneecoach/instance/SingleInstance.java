package app.kneecoach.instance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One app per data folder. The first launch takes the folder's lock and listens on loopback for later launches;
 * a later one, finding the lock taken, asks that owner to come to the front and leaves. Nothing of the folder is
 * read by a later launch but the lock and handoff files.
 */
public final class SingleInstance {
    /** How long a later launch waits for an owner that is still starting (its handoff file not yet written). */
    public static final Duration HANDOFF_WAIT = Duration.ofSeconds(5);
    private static final long RETRY_MILLIS = 50;
    private static final int MIN_ASK_MILLIS = 500;
    private static final int MAX_ASK_MILLIS = 2000;

    private SingleInstance() {
    }

    /** {@link #claim(Path, Runnable, Duration)} with {@link #HANDOFF_WAIT}. */
    public static Claim claim(Path dataDir, Runnable bringToFront) {
        return claim(dataDir, bringToFront, HANDOFF_WAIT);
    }

    /**
     * Takes the folder, or hands over to the process that has it. Never throws: a folder that can't be used is
     * {@link Claim.Unavailable}. The folder is created (for this user only) if missing.
     *
     * @param bringToFront run by the owner, on a handoff thread, each time a later launch asks; must return
     *     quickly (e.g. post to the UI thread)
     * @param wait how long to keep trying while the folder is held but its owner does not answer (yet)
     */
    public static Claim claim(Path dataDir, Runnable bringToFront, Duration wait) {
        try {
            PrivateFiles.createDirectories(dataDir);
        } catch (IOException | RuntimeException e) {
            return new Claim.Unavailable("can't create the data folder " + dataDir + ": " + describe(e));
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<FolderLock> lock;
            try {
                lock = FolderLock.tryAcquire(dataDir);
            } catch (IOException | RuntimeException e) {
                // A bug or an odd file system must not stop the app from opening: it opens as it did before locks.
                return new Claim.Unavailable("can't lock the data folder " + dataDir + ": " + describe(e));
            }
            if (lock.isPresent()) {
                return own(dataDir, lock.get(), bringToFront);
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            // At least MIN_ASK_MILLIS, so the last try near the deadline is a real one.
            String problem = askOwner(dataDir, (int) Math.min(Math.max(left, MIN_ASK_MILLIS), MAX_ASK_MILLIS));
            if (problem == null) {
                return new Claim.HandedOver();
            }
            if (System.nanoTime() - deadline >= 0) {
                return new Claim.Unavailable("another Knee Coach holds " + dataDir + " but " + problem
                        + " within " + wait.toMillis() + " ms");
            }
            // The owner may be between taking the lock and writing its handoff, or about to let go: try again soon.
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Claim.Unavailable("interrupted while waiting for the other Knee Coach");
            }
        }
    }

    /** Null once the owner has answered, else what stood in the way (all worth another try). */
    private static String askOwner(Path dataDir, int timeoutMillis) {
        try {
            return HandoffClient.askToFront(Handoff.readFrom(dataDir), timeoutMillis) ? null : "did not answer";
        } catch (NoSuchFileException e) {
            return "has not said where it listens";
        } catch (IOException e) {
            // Perhaps caught mid-replace (Windows refuses to read a file being moved over): read it again.
            return "its handoff file can't be used (" + describe(e) + ")";
        }
    }

    private static Claim own(Path dataDir, FolderLock lock, Runnable bringToFront) {
        Path handoffFile = dataDir.resolve(Handoff.FILE_NAME);
        try {
            // One left by an owner that died would send later launches to a closed port until replaced.
            Files.deleteIfExists(handoffFile);
        } catch (IOException e) {
            // Writing the new one replaces it, or fails and says so.
        }
        Owner owner = new Owner(lock, handoffFile);
        Thread starter = new Thread(() -> owner.listen(bringToFront), "knee-coach-handoff-start");
        starter.setDaemon(true);
        starter.start();
        return owner;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
