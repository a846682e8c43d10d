package app.kneecoach.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims within one JVM: owning, handing over, letting go, and folders that can't be used. */
class SingleInstanceTest {
    private static final Duration SHORT_WAIT = Duration.ofMillis(300);
    @TempDir
    Path temp;

    @Test
    void aFreeFolderIsOwnedUntilClosed() throws Exception {
        Path dataDir = temp.resolve("new").resolve("knee-coach");
        Owner owner = assertInstanceOf(Owner.class, SingleInstance.claim(dataDir, () -> { }));
        assertTrue(Files.isRegularFile(dataDir.resolve(FolderLock.FILE_NAME)));
        awaitListening(owner);
        assertTrue(Files.isRegularFile(dataDir.resolve(Handoff.FILE_NAME)));
        owner.close();
        owner.close();
        assertFalse(Files.exists(dataDir.resolve(Handoff.FILE_NAME)));
        try (Owner again = assertInstanceOf(Owner.class, SingleInstance.claim(dataDir, () -> { }))) {
            assertTrue(awaitListening(again).getPort() > 0, "a released folder can be owned again");
        }
    }

    @Test
    void aClaimWhileTheOwnerStartsListeningWaitsForIt() {
        AtomicInteger fronts = new AtomicInteger();
        try (Owner owner = assertInstanceOf(Owner.class, SingleInstance.claim(temp, fronts::incrementAndGet))) {
            // At once: the owner's handoff file is most likely not there yet.
            assertInstanceOf(Claim.HandedOver.class, SingleInstance.claim(temp, () -> { }));
            assertEquals(1, fronts.get());
        }
    }

    @Test
    void anOwnerClosedAtOnceLeavesNoHandoffBehind() throws Exception {
        Owner owner = assertInstanceOf(Owner.class, SingleInstance.claim(temp, () -> { }));
        owner.close();
        // Either it was listening before the close, or it never will be; it never writes a handoff after it.
        owner.listening().handle((address, failure) -> null).get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(temp.resolve(Handoff.FILE_NAME)));
    }

    @Test
    void aSecondClaimHandsOverToTheOwner() throws Exception {
        AtomicInteger fronts = new AtomicInteger();
        try (Owner owner = assertInstanceOf(Owner.class, SingleInstance.claim(temp, fronts::incrementAndGet))) {
            awaitListening(owner);
            assertInstanceOf(Claim.HandedOver.class, SingleInstance.claim(temp, () -> { }));
            // Reached through another spelling of the same folder too.
            assertInstanceOf(Claim.HandedOver.class, SingleInstance.claim(temp.resolve("."), () -> { }));
            assertEquals(2, fronts.get());
        }
    }

    @Test
    void aFolderThatIsAFileIsUnavailable() throws Exception {
        Path file = Files.writeString(temp.resolve("knee-coach"), "not a folder");
        Claim.Unavailable claim = assertInstanceOf(Claim.Unavailable.class, SingleInstance.claim(file, () -> { }));
        assertTrue(claim.reason().contains(file.toString()), claim.reason());
        assertInstanceOf(Claim.Unavailable.class, SingleInstance.claim(file.resolve("below"), () -> { }));
        assertEquals("not a folder", Files.readString(file), "the file is left alone");
    }

    @Test
    void aFolderThatCannotBeWrittenIsUnavailable() throws Exception {
        assumeTrue(PrivateFiles.supportsPosix(temp), "POSIX permissions");
        Path dataDir = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(dataDir), "running as a user permissions don't stop (root)");
            assertInstanceOf(Claim.Unavailable.class, SingleInstance.claim(dataDir, () -> { }));
        } finally {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aHolderThatNeverAnswersLeavesTheLaunchToOpenAfterTheWait() throws Exception {
        try (FileChannel channel = FileChannel.open(temp.resolve(FolderLock.FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();
            long start = System.nanoTime();
            Claim.Unavailable claim = assertInstanceOf(Claim.Unavailable.class,
                    SingleInstance.claim(temp, () -> { }, SHORT_WAIT));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(claim.reason().contains("has not said where it listens"), claim.reason());
            assertTrue(tookMillis >= SHORT_WAIT.toMillis() && tookMillis < 5_000, "took " + tookMillis + " ms");
        }
    }

    @Test
    void aHandoffThatLeadsNowhereLeavesTheLaunchToOpenAfterTheWait() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        try (FileChannel channel = FileChannel.open(temp.resolve(FolderLock.FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();
            new Handoff(closedPort, Handoff.newToken()).writeTo(temp);
            Claim.Unavailable refused = assertInstanceOf(Claim.Unavailable.class,
                    SingleInstance.claim(temp, () -> { }, SHORT_WAIT));
            assertTrue(refused.reason().contains("did not answer"), refused.reason());
            Files.writeString(temp.resolve(Handoff.FILE_NAME), "port=80\ntoken=guess\n");
            Claim.Unavailable garbled = assertInstanceOf(Claim.Unavailable.class,
                    SingleInstance.claim(temp, () -> { }, SHORT_WAIT));
            assertTrue(garbled.reason().contains("can't be used"), garbled.reason());
        }
    }

    /** Where the owner listens, once it does; fails the test if that takes more than a few seconds. */
    static InetSocketAddress awaitListening(Owner owner) throws Exception {
        return owner.listening().get(10, TimeUnit.SECONDS);
    }
}
