package app.kneecoach.history;

/**
 * A session as a file of its own, in the format of an earlier version's {@code session-in-progress.json}:
 * put back in the data folder under that name, it is brought into the records at the next start.
 */
public final class SessionCopy {
    public static final String FILE_NAME = JsonImport.IN_PROGRESS_FILE;

    private SessionCopy() {
    }

    public static byte[] json(SessionRecord session) {
        return HistoryJson.inProgress(session);
    }
}
