package app.kneecoach.instance;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

/**
 * Listens on loopback for later launches. A connection is acted on only if its first line is exactly
 * {@code <token> front}; anything else (no line within {@link #READ_LIMIT_MILLIS}, a longer line, another token
 * or message) is closed unanswered. Each connection has its own short-lived thread, at most
 * {@link #MAX_CONNECTIONS} at once, so a silent client delays no one.
 */
final class HandoffServer implements AutoCloseable {
    static final int MAX_LINE_BYTES = 256;
    static final int READ_LIMIT_MILLIS = 2000;
    private static final int MAX_CONNECTIONS = 8;

    private final ServerSocket socket;
    private final byte[] expected;
    private final Runnable bringToFront;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);

    private HandoffServer(ServerSocket socket, String token, Runnable bringToFront) {
        this.socket = socket;
        this.expected = (token + " " + Handoff.FRONT).getBytes(StandardCharsets.US_ASCII);
        this.bringToFront = bringToFront;
    }

    /** Listening on a free loopback port once this returns. */
    static HandoffServer start(String token, Runnable bringToFront) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), MAX_CONNECTIONS);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        HandoffServer server = new HandoffServer(socket, token, bringToFront);
        Thread accepting = new Thread(server::accept, "knee-coach-handoff");
        accepting.setDaemon(true);
        accepting.start();
        return server;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a listening socket has nothing left to fail for; the accept loop ends either way.
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                // Closed, or the system refuses sockets: stop rather than spin; the app runs on without handoffs.
                return;
            }
            if (!slots.tryAcquire()) {
                closeQuietly(client);
                continue;
            }
            Thread handler = new Thread(() -> {
                try {
                    handle(client);
                } finally {
                    slots.release();
                }
            }, "knee-coach-handoff-client");
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void handle(Socket client) {
        try (client) {
            byte[] line = readLine(client);
            // Constant time, so the answer's timing tells nothing about how much of a guessed token was right.
            if (line != null && MessageDigest.isEqual(expected, line)) {
                try {
                    bringToFront.run();
                } catch (RuntimeException e) {
                    // The window's business; the launch asking was still answered by this process.
                }
                client.getOutputStream().write((Handoff.DONE + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            // The client went away or was too slow: nothing to do.
        }
    }

    /** The first line without its end, or null if none came in time or within the limit. */
    private static byte[] readLine(Socket client) throws IOException {
        long deadline = System.nanoTime() + READ_LIMIT_MILLIS * 1_000_000L;
        InputStream in = client.getInputStream();
        byte[] buffer = new byte[MAX_LINE_BYTES];
        int length = 0;
        while (length < buffer.length) {
            int left = (int) ((deadline - System.nanoTime()) / 1_000_000L);
            if (left <= 0) {
                return null;
            }
            // Per read, and shrinking: a client trickling a byte at a time still ends at the deadline.
            client.setSoTimeout(left);
            int n;
            try {
                n = in.read(buffer, length, buffer.length - length);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (n < 0) {
                return null;
            }
            for (int i = length; i < length + n; i++) {
                if (buffer[i] == '\n') {
                    int end = i > 0 && buffer[i - 1] == '\r' ? i - 1 : i;
                    return Arrays.copyOf(buffer, end);
                }
            }
            length += n;
        }
        return null;
    }

    private static void closeQuietly(Socket client) {
        try {
            client.close();
        } catch (IOException e) {
            // Nothing was said on it.
        }
    }
}
