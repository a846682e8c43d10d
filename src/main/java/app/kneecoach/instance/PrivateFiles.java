package app.kneecoach.instance;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Folders and files for this user alone: 0700 and 0600 where the file system has POSIX permissions. Elsewhere
 * (Windows, FAT) nothing is changed: there the folder's inherited access rules are all there is to rely on.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Like {@link Files#createDirectories}, but each folder it creates is 0700. Folders that already exist keep
     * their permissions: the parents (a home folder, {@code ~/.local/share}) are not ours to change.
     *
     * @throws FileAlreadyExistsException if the path, or one of its parents, is something other than a folder
     */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                Files.createDirectory(next);
            } catch (FileAlreadyExistsException e) {
                // Another process may have made it in between; only a non-folder is a problem.
                if (!Files.isDirectory(next)) {
                    throw e;
                }
                continue;
            }
            // Set after creating rather than as a creation attribute, which the umask could narrow further.
            setIfPosix(next, FOLDER);
        }
        return dir;
    }

    /** Makes an existing file readable and writable by its owner only (0600), where POSIX permissions exist. */
    public static void restrict(Path file) throws IOException {
        setIfPosix(file, FILE);
    }

    /** Whether the file store holding this existing path has POSIX permissions. */
    public static boolean supportsPosix(Path existing) throws IOException {
        return Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static void setIfPosix(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
