package app.kneecoach.instance;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A later launch's side: asks the owner named in a handoff to come to the front. */
final class HandoffClient {
    private static final byte[] DONE = (Handoff.DONE + "\n").getBytes(StandardCharsets.US_ASCII);

    private HandoffClient() {
    }

    /**
     * Whether the owner answered that it acted. Always loopback: the file names a port, never a host.
     *
     * @param timeoutMillis for connecting, and again for the answer
     */
    static boolean askToFront(Handoff handoff, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), handoff.port()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(handoff.frontLine().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return Arrays.equals(DONE, in.readNBytes(DONE.length));
        } catch (IOException e) {
            // Refused (a handoff left by an owner that died), silent or reset: not handed over.
            return false;
        }
    }
}
