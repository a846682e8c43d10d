package app.kneecoach.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Database errors in plain words, and which of them mean the file itself is bad. */
class SqlFailureTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            SQLITE_BUSY                    | 5    | another program kept the records busy for too long                         | false
            SQLITE_BUSY_SNAPSHOT           | 517  | another program kept the records busy for too long                         | false
            SQLITE_LOCKED                  | 6    | another program kept the records busy for too long                         | false
            SQLITE_READONLY                | 8    | the data folder cannot be written to (it is read-only)                     | false
            SQLITE_READONLY_DBMOVED        | 1032 | the data folder cannot be written to (it is read-only)                     | false
            SQLITE_IOERR                   | 10   | the disk could not be read or written (input/output error)                 | false
            SQLITE_IOERR_READ              | 266  | the disk could not be read or written (input/output error)                 | false
            SQLITE_CORRUPT                 | 11   | the records file is damaged                                                | true
            SQLITE_CORRUPT_INDEX           | 779  | the records file is damaged                                                | true
            SQLITE_FULL                    | 13   | the disk is full                                                           | false
            SQLITE_CANTOPEN                | 14   | the records file could not be opened (was the folder moved or removed?)    | false
            SQLITE_CANTOPEN_ISDIR          | 526  | the records file could not be opened (was the folder moved or removed?)    | false
            SQLITE_NOTADB                  | 26   | the records file is damaged                                                | true
            SQLITE_CONSTRAINT              | 19   | the records could not be read or saved (SQLITE_CONSTRAINT)                         | false
            SQLITE_ERROR                   | 1    | the records could not be read or saved (SQLITE_ERROR)                              | false
            """)
    void eachKindOfFailureIsToldInPlainWords(String name, int code, String words, boolean damaged) {
        SQLException e = new SQLException(name, null, code);
        assertEquals(words, SqlFailure.describe(e));
        assertEquals(damaged, SqlFailure.damaged(e));
        IOException io = SqlFailure.of(e);
        assertEquals(words, io.getMessage());
        assertSame(e, io.getCause());
    }

    @Test
    void aFileThatIsNotADatabaseIsDamagedAsSQLiteItselfReportsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"), "Knee Coach records, do not edit\n".repeat(100));
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = Database.connect(file); Statement s = c.createStatement()) {
                s.executeQuery("PRAGMA quick_check");
            }
        });
        assertTrue(SqlFailure.damaged(e), e.getErrorCode() + " " + e.getMessage());
        assertEquals("the records file is damaged", SqlFailure.describe(e));
    }

    @Test
    void aReadOnlyFolderIsNotADamagedFile() throws IOException {
        HistoryStore store = HistoryStore.open(dir, HistoryStoreTest.CLOCK).store();
        Faults.readOnly(store, true);
        IOException e = assertThrows(IOException.class, () -> store.add(Sessions.bare(0)));
        assertEquals("the data folder cannot be written to (it is read-only)", e.getMessage());
        assertFalse(SqlFailure.damaged((SQLException) e.getCause()));
    }
}
