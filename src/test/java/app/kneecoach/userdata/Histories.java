package app.kneecoach.userdata;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** For tests: every session of a store, the files an earlier version kept, and a saver that saves at once. */
public final class Histories {
    private Histories() {
    }

    /** Every finished session, oldest first. */
    public static List<SessionRecord> all(SessionSource source) throws IOException {
        List<SessionRecord> sessions = new ArrayList<>(source.before(Instant.MAX, Integer.MAX_VALUE));
        Collections.reverse(sessions);
        return sessions;
    }

    /** The sessions of the records in {@code dir}, opened afresh as the next start would. */
    public static List<SessionRecord> reopened(Path dir, Clock clock) throws IOException {
        HistoryStore store = HistoryStore.open(dir, clock).store();
        try {
            return all(store);
        } finally {
            store.close();
        }
    }

    /** Writes {@code history.json} as the version before the records database did. */
    public static void writeOldHistory(Path dir, History history) throws IOException {
        StringWriter json = new StringWriter();
        HistoryExport.json(history, json);
        AtomicFiles.write(dir.resolve(JsonImport.HISTORY_FILE), json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code session-in-progress.json} as the version before the records database did. */
    public static void writeOldInProgress(Path dir, SessionRecord session) throws IOException {
        AtomicFiles.write(dir.resolve(JsonImport.IN_PROGRESS_FILE), HistoryJson.inProgress(session));
    }

    /** A saver that writes on the calling thread, so a save has happened when the call returns. */
    public static SessionSaver saverAtOnce(HistoryStore store) {
        return new SessionSaver(() -> store, Background.sameThread());
    }
}
