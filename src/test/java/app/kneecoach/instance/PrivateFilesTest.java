package app.kneecoach.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders 0700 and files 0600 on POSIX file systems; the parents that were already there keep theirs. */
class PrivateFilesTest {
    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() throws Exception {
        assumeTrue(PrivateFiles.supportsPosix(temp), "POSIX permissions");
    }

    @Test
    void theFoldersItCreatesAreTheUsersAlone() throws Exception {
        Path shared = Files.createDirectory(temp.resolve("share"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = shared.resolve("a").resolve("b").resolve("knee-coach");
        assertEquals(dataDir, PrivateFiles.createDirectories(dataDir));
        for (Path made = dataDir; !made.equals(shared); made = made.getParent()) {
            assertEquals("rwx------", permissions(made), made.toString());
        }
        assertEquals("rwxr-xr-x", permissions(shared), "an existing parent is not ours to change");
    }

    @Test
    void anExistingFolderIsLeftAsItIs() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("knee-coach"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-x---"));
        PrivateFiles.createDirectories(dataDir);
        assertEquals("rwxr-x---", permissions(dataDir));
    }

    @Test
    void aFileInTheWayIsAnError() throws Exception {
        Path file = Files.createFile(temp.resolve("knee-coach"));
        assertThrows(FileAlreadyExistsException.class, () -> PrivateFiles.createDirectories(file));
        assertThrows(FileAlreadyExistsException.class, () -> PrivateFiles.createDirectories(file.resolve("below")));
    }

    @Test
    void restrictedFilesAreTheUsersAlone() throws Exception {
        Path file = Files.createFile(temp.resolve("notes.txt"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        PrivateFiles.restrict(file);
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void theLockAndHandoffFilesAreTheUsersAlone() throws Exception {
        Path dataDir = temp.resolve("knee-coach");
        try (Owner owner = (Owner) SingleInstance.claim(dataDir, () -> { })) {
            SingleInstanceTest.awaitListening(owner);
            assertEquals("rwx------", permissions(dataDir));
            assertEquals("rw-------", permissions(dataDir.resolve(FolderLock.FILE_NAME)));
            assertEquals("rw-------", permissions(dataDir.resolve(Handoff.FILE_NAME)));
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
