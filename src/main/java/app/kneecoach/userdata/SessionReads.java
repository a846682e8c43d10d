package app.kneecoach.userdata;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The queries on the finished sessions in the records database, for {@link HistoryStore}. */
final class SessionReads {
    static final int PAGE = 1000;
    static final String FINISHED = "SELECT id FROM session WHERE in_progress = 0";
    /** The order of the records' index: start to the millisecond, then id. */
    private static final Comparator<SessionRecord> BY_KEY = Comparator
            .comparingLong((SessionRecord s) -> s.startedAt().toEpochMilli()).thenComparing(SessionRecord::id);

    private final Database database;

    SessionReads(Database database) {
        this.database = database;
    }

    List<SessionRecord> between(Instant from, Instant to) throws IOException {
        return database.read(c -> new SessionQuery(c, FINISHED + " AND started_ms >= ? AND started_ms < ?",
                millis(from), millis(to)).list());
    }

    List<SessionRecord> before(Instant before, int limit) throws IOException {
        List<SessionRecord> sessions = database.read(c -> new SessionQuery(c, FINISHED
                + " AND started_ms < ? ORDER BY started_ms DESC, id DESC LIMIT ?",
                millis(before), limit).list());
        return reversed(sessions);
    }

    List<SessionRecord> latestRated(int limit) throws IOException {
        return database.read(c -> new SessionQuery(c, FINISHED
                + " AND (pain_before IS NOT NULL OR pain_after IS NOT NULL)"
                + " ORDER BY started_ms DESC, id DESC LIMIT ?", limit).list());
    }

    /** When a session that stopped this exercise with "It hurts" started, the latest one; empty if none did. */
    Optional<Instant> lastHurt(String exerciseId) throws IOException {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT max(s.started_ms) FROM session s"
                    + " JOIN session_exercise e ON e.session_id = s.id WHERE e.exercise_id = ? AND e.outcome = ?")) {
                s.setString(1, exerciseId);
                s.setString(2, ExerciseOutcome.HURT.key());
                try (ResultSet r = s.executeQuery()) {
                    long ms = r.next() ? r.getLong(1) : 0;
                    return r.wasNull() || ms == 0 ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(ms));
                }
            }
        });
    }

    long count() throws IOException {
        return database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT count(*) FROM session WHERE in_progress = 0")) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    void forEach(Consumer<SessionRecord> each) throws IOException {
        long afterMs = Long.MIN_VALUE;
        String afterId = "";
        while (true) {
            long ms = afterMs;
            String id = afterId;
            // Keyset pages on the (started_ms, id) index: each page costs the same, however far in.
            List<SessionRecord> page = database.read(c -> new SessionQuery(c, FINISHED
                    + " AND (started_ms, id) > (?, ?) ORDER BY started_ms, id LIMIT ?", ms, id, PAGE).list());
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            SessionRecord last = page.stream().max(BY_KEY).orElseThrow();
            afterMs = last.startedAt().toEpochMilli();
            afterId = last.id();
        }
    }

    private static List<SessionRecord> reversed(List<SessionRecord> oldestFirst) {
        List<SessionRecord> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Epoch milliseconds, with instants beyond what a long holds pinned to its ends. */
    static long millis(Instant instant) {
        if (instant.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE))) {
            return Long.MAX_VALUE;
        }
        return instant.isBefore(Instant.ofEpochMilli(Long.MIN_VALUE)) ? Long.MIN_VALUE : instant.toEpochMilli();
    }
}
