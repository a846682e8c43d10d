package app.kneecoach.userdata;

import java.io.IOException;
import java.sql.Statement;

/**
 * For tests: the records failing as a full disk or a read-only folder make them fail, through SQLite's own
 * switches (its page limit, its query-only mode), so the real error comes back the real way.
 */
public final class Faults {
    private static final long NO_LIMIT = 1_073_741_823L;

    private Faults() {
    }

    /** From now on the records file may not grow: a write that needs a new page fails as on a full disk. */
    public static void fillDisk(HistoryStore store) throws IOException {
        pragma(store, "PRAGMA wal_checkpoint(TRUNCATE)");
        pragma(store, "PRAGMA max_page_count = 1");
    }

    public static void freeDisk(HistoryStore store) throws IOException {
        pragma(store, "PRAGMA max_page_count = " + NO_LIMIT);
    }

    /**
     * Every write fails as in a read-only folder (the store's new connections too, as a folder mounted
     * read-only would), or works again.
     */
    public static void readOnly(HistoryStore store, boolean readOnly) throws IOException {
        store.database().alwaysRun("PRAGMA query_only = " + (readOnly ? 1 : 0));
    }

    private static void pragma(HistoryStore store, String sql) throws IOException {
        store.database().read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }
}
