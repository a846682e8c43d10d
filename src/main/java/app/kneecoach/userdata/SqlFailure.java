package app.kneecoach.userdata;

import java.io.IOException;
import java.sql.SQLException;

/** Turns a database error into an {@link IOException} whose message says in plain words what went wrong. */
final class SqlFailure {
    // SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqlFailure() {
    }

    static IOException of(SQLException e) {
        return new IOException(describe(e), e);
    }

    static String describe(SQLException e) {
        return switch (e.getErrorCode() & 0xff) {
            case FULL -> "the disk is full";
            case READONLY -> "the data folder cannot be written to (it is read-only)";
            case BUSY, LOCKED -> "another program kept the records busy for too long";
            case IOERR -> "the disk could not be read or written (input/output error)";
            case CANTOPEN -> "the records file could not be opened (was the folder moved or removed?)";
            case CORRUPT, NOTADB -> "the records file is damaged";
            default -> "the records could not be read or saved (" + e.getMessage() + ")";
        };
    }

    /** Whether the connection could not write because the file or folder was read-only (then, perhaps). */
    static boolean readOnly(SQLException e) {
        return (e.getErrorCode() & 0xff) == READONLY;
    }

    /** Whether the file itself is bad, as opposed to the disk or folder around it. */
    static boolean damaged(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == CORRUPT || code == NOTADB;
    }
}
