package app.kneecoach.instance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the folder's owner listens and the token it expects, as kept in {@value #FILE_NAME} in the data folder:
 * {@code port=N} and {@code token=HEX} lines. Only the owner writes it, and only once it is listening.
 */
record Handoff(int port, String token) {
    static final String FILE_NAME = "handoff.properties";
    /** The one message there is: "come to the front". */
    static final String FRONT = "front";
    /** The owner's answer once it has acted on a message, so a launch knows it reached the right process. */
    static final String DONE = "ok";

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_FILE_BYTES = 1024;
    private static final Pattern CONTENT = Pattern.compile(
            "port=(\\d{1,5})\\r?\\ntoken=([0-9a-f]{" + 2 * TOKEN_BYTES + "})\\r?\\n?");

    /** Without the token, which belongs in no log. */
    @Override
    public String toString() {
        return "Handoff[port=" + port + "]";
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The line a launch sends: the token, a space, the message. */
    String frontLine() {
        return token + " " + FRONT + "\n";
    }

    /** Writes the file whole or not at all, readable by this user only from the moment it exists. */
    void writeTo(Path dataDir) throws IOException {
        byte[] content = ("port=" + port + "\ntoken=" + token + "\n").getBytes(StandardCharsets.US_ASCII);
        Path temp = Files.createTempFile(dataDir, FILE_NAME + ".", ".tmp");
        try {
            PrivateFiles.restrict(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // Not forced to disk: it matters only while this process lives, and waiting for the disk would
                // delay the window; after a power cut a garbled one is just not used, and the next owner replaces it.
            }
            Path target = dataDir.resolve(FILE_NAME);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network shares cannot; a reader catching it half-written only retries.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The handoff in this folder.
     *
     * @throws java.nio.file.NoSuchFileException if there is none (yet)
     * @throws IOException if it can't be read or is not what an owner writes
     */
    static Handoff readFrom(Path dataDir) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(dataDir.resolve(FILE_NAME))) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        Matcher m = CONTENT.matcher(new String(bytes, StandardCharsets.US_ASCII));
        int port = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (bytes.length > MAX_FILE_BYTES || port < 1 || port > 65535) {
            throw new IOException("the handoff file is not one an owner wrote");
        }
        return new Handoff(port, m.group(2));
    }
}
