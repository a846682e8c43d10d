package app.kneecoach.instance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * This process holds the data folder: keep it open for the life of the process; {@link #close()} stops the
 * handoff server, deletes the handoff file and releases the lock (the OS releases the lock anyway if the process
 * dies). The lock is taken before this exists; the handoff server starts on a thread of its own, so its
 * start-up (the secure random generator, sockets: some 70 ms of class loading) is not on the way to the window.
 */
public final class Owner implements Claim, AutoCloseable {
    private final FolderLock lock;
    private final Path handoffFile;
    private final CompletableFuture<InetSocketAddress> listening = new CompletableFuture<>();
    private HandoffServer server;
    private boolean closed;

    Owner(FolderLock lock, Path handoffFile) {
        this.lock = lock;
        this.handoffFile = handoffFile;
    }

    /**
     * The loopback address later launches hand over to, once the handoff file names it. Fails if this process
     * can't listen; it then lets the folder go, so later launches take it instead of waiting for an answer.
     */
    public CompletableFuture<InetSocketAddress> listening() {
        return listening.copy();
    }

    /** Starts the handoff server and then writes the handoff file; run once, on its own thread. */
    void listen(Runnable bringToFront) {
        try {
            String token = Handoff.newToken();
            HandoffServer started = HandoffServer.start(token, bringToFront);
            // Under the monitor, like close(): nothing is written once the folder may be someone else's.
            synchronized (this) {
                if (closed) {
                    started.close();
                    throw new IllegalStateException("closed before listening");
                }
                server = started;
                new Handoff(started.address().getPort(), token).writeTo(handoffFile.getParent());
            }
            listening.complete(started.address());
        } catch (IOException | RuntimeException e) {
            close();
            listening.completeExceptionally(e);
        }
    }

    /** Idempotent; the handoff file goes first, so no later launch is sent to a server that is closing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(handoffFile);
        } catch (IOException e) {
            // Harmless if left: the next owner replaces it, and a launch reading it first gets no answer and retries.
        }
        if (server != null) {
            server.close();
        }
        lock.close();
    }
}
