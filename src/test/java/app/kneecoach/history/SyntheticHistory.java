package app.kneecoach.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes a large, realistic history for benchmarks: sessions spread over years, most with pain ratings. */
public final class SyntheticHistory {
    private SyntheticHistory() {
    }

    public static History write(Path dir, int sessions, long seed) throws IOException {
        Random random = new Random(seed);
        Instant start = Instant.parse("2020-01-01T08:00:00Z");
        List<SessionRecord> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            int pain = random.nextInt(8);
            SessionRecord full = Sessions.full(0, pain, Math.max(0, pain - random.nextInt(3)));
            Instant at = start.plus(Duration.ofHours(4L * i + random.nextInt(3)));
            all.add(new SessionRecord("synthetic-" + i, at, at.plus(Duration.ofMinutes(20)), full.routineName(),
                    full.exercises(), full.painBefore(), full.noteBefore(), full.painAfter(), full.noteAfter(),
                    full.status()));
        }
        History history = new History(all);
        AtomicFiles.write(dir.resolve(HistoryStore.HISTORY_FILE), HistoryJson.history(history));
        return history;
    }
}
