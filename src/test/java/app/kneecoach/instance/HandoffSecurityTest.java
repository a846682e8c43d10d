package app.kneecoach.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handoff port is no door for anyone else: only the token and the one message do anything. */
class HandoffSecurityTest {
    /** Bounds each exchange; the server answers or closes within its own 2 s read limit. */
    private static final int EXCHANGE_MILLIS = 10_000;
    @TempDir
    Path dataDir;
    private final AtomicInteger fronts = new AtomicInteger();
    private Owner owner;
    private InetSocketAddress address;
    private Handoff handoff;

    @BeforeEach
    void own() throws Exception {
        owner = assertInstanceOf(Owner.class, SingleInstance.claim(dataDir, fronts::incrementAndGet));
        address = SingleInstanceTest.awaitListening(owner);
        handoff = Handoff.readFrom(dataDir);
    }

    @AfterEach
    void release() {
        owner.close();
    }

    @Test
    void strangersGetNoAnswerAndChangeNothing() throws Exception {
        String token = handoff.token();
        byte[] garbage = new byte[200];
        new Random(7).nextBytes(garbage);
        List<byte[]> attempts = new ArrayList<>(List.of(
                ascii(""),
                ascii("front\n"),
                ascii(Handoff.newToken() + " front\n"),
                ascii(token.substring(0, 16) + " front\n"),
                ascii(token + "\n"),
                ascii(token + " quit\n"),
                ascii(token + " FRONT\n"),
                ascii(token + " front \n"),
                ascii(token + " front now\n"),
                ascii(" " + token + " front\n"),
                ascii(token + " front" + " ".repeat(400) + "\n"),
                ascii("x".repeat(10_000) + "\n" + token + " front\n"),
                ascii("hello\n" + token + " front\n"),
                ascii("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                garbage));
        for (byte[] attempt : attempts) {
            assertEquals("", exchange(attempt), "answered: " + new String(attempt, StandardCharsets.ISO_8859_1));
        }
        assertEquals(0, fronts.get());
        assertInstanceOf(Claim.HandedOver.class, SingleInstance.claim(dataDir, () -> { }),
                "the owner still serves a real launch");
        assertEquals(1, fronts.get());
        assertEquals(Handoff.DONE + "\n", exchange(ascii(token + " front\r\n")));
        assertEquals(2, fronts.get());
    }

    @Test
    void aSilentClientHoldsUpNoOneAndIsDroppedInTime() throws Exception {
        try (Socket silent = connect()) {
            assertInstanceOf(Claim.HandedOver.class, SingleInstance.claim(dataDir, () -> { }));
            assertEquals(1, fronts.get());
            long start = System.nanoTime();
            assertEquals(-1, silent.getInputStream().read(), "closed unanswered");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis < HandoffServer.READ_LIMIT_MILLIS + 3_000, "dropped after " + tookMillis + " ms");
        }
        assertEquals(1, fronts.get());
    }

    @Test
    void theHandoffIsOnLoopbackWithAPrivateTokenFile() throws Exception {
        assertTrue(address.getAddress().isLoopbackAddress(), address.toString());
        assertEquals(address.getPort(), handoff.port());
        assertTrue(handoff.token().length() >= 32, "at least 128 bits of hex");
        assumeTrue(PrivateFiles.supportsPosix(dataDir), "POSIX permissions");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(Handoff.FILE_NAME))));
    }

    @Test
    void nothingListensOnTheMachinesOtherAddresses() throws Exception {
        Optional<InetAddress> outward = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(outward.isPresent(), "a network address besides loopback");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(outward.get(), handoff.port()), EXCHANGE_MILLIS));
        }
    }

    /** Sends the bytes, ends its side, and returns what came back before the server closed. */
    private String exchange(byte[] bytes) throws IOException {
        try (Socket socket = connect()) {
            try {
                socket.getOutputStream().write(bytes);
                socket.shutdownOutput();
            } catch (SocketException e) {
                // The server stopped reading at its limit and closed: what it answered is still to be read.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                InputStream in = socket.getInputStream();
                for (int b = in.read(); b >= 0; b = in.read()) {
                    answer.write(b);
                }
            } catch (SocketException e) {
                // Reset by a server that closed with our bytes unread: that is a close too.
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), handoff.port()), EXCHANGE_MILLIS);
        socket.setSoTimeout(EXCHANGE_MILLIS);
        return socket;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
