package app.kneecoach.userdata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A large, realistic history for benchmarks and tests: sessions spread over years, most with pain ratings. */
public final class SyntheticHistory {
    /** Sessions written per transaction when filling the records. */
    private static final int BATCH = 5_000;

    private SyntheticHistory() {
    }

    /** {@code sessions} sessions about four hours apart from 2020 on, the same for the same seed. */
    public static List<SessionRecord> sessions(int sessions, long seed) {
        return range(0, sessions, seed);
    }

    /** Sessions {@code from} (inclusive) to {@code to}: each made from its own index, so any slice is the same. */
    static List<SessionRecord> range(int from, int to, long seed) {
        Instant start = Instant.parse("2020-01-01T08:00:00Z");
        List<SessionRecord> all = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            int pain = random.nextInt(8);
            SessionRecord full = Sessions.full(0, pain, Math.max(0, pain - random.nextInt(3)));
            Instant at = start.plus(Duration.ofHours(4L * i + random.nextInt(3)));
            all.add(new SessionRecord("synthetic-" + i, at, at.plus(Duration.ofMinutes(20)), full.routineName(),
                    full.exercises(), full.painBefore(), full.noteBefore(), full.painAfter(), full.noteAfter(),
                    full.status()));
        }
        return all;
    }

    /** Writes them as an earlier version's {@code history.json}. */
    public static History write(Path dir, int sessions, long seed) throws IOException {
        History history = new History(sessions(sessions, seed));
        Histories.writeOldHistory(dir, history);
        return history;
    }

    /** Puts them in the records database in {@code dir}. */
    public static void store(Path dir, int sessions, long seed) throws IOException {
        HistoryStore store = HistoryStore.open(dir, Clock.systemUTC()).store();
        try {
            for (int from = 0; from < sessions; from += BATCH) {
                store.addAll(range(from, Math.min(sessions, from + BATCH), seed));
            }
        } finally {
            store.close();
        }
    }
}
