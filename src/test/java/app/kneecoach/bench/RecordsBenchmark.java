package app.kneecoach.bench;

import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.HistorySummary;
import app.kneecoach.userdata.SessionLog;
import app.kneecoach.userdata.SyntheticHistory;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import app.kneecoach.catalog.DosageMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The records database at size: with {@code -Dbench.recordSessions} sessions (default 100,000), how long a set's
 * save takes (target: median under 5 ms), a session's end (under 20 ms), opening the records (with SQLite's
 * quick check), and reading what the History view shows; importing an old 10,000-session history.json (under
 * 3 s); and with {@code -Dbench.bigSessions} (default 1,000,000) that the records still open and the History
 * view's figures are still read. Every save is a real commit with synchronous=FULL on this machine's disk.
 */
public final class RecordsBenchmark {
    private static final int SAVES = 200;
    private static final SessionChoice HOLD = new SessionChoice(DosageMode.HOLD, 30, 10, 0, RepStyle.PACED,
            Tempo.DEFAULT);

    private RecordsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.recordSessions", 100_000);
        int big = Integer.getInteger("bench.bigSessions", 1_000_000);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("sessions in the records", String.valueOf(sessions), "", ""));
        Path dir = Files.createTempDirectory("knee-coach-records");
        double fill = timed(() -> SyntheticHistory.store(dir, sessions, 42));
        rows.add(List.of("fill (bench set-up)", ms(fill), "", ""));
        HistoryStore store = HistoryStore.open(dir, Clock.systemUTC()).store();
        List<Double> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(timed(() -> HistoryStore.open(dir, Clock.systemUTC()).store().close()));
        }
        rows.add(List.of("open the records (quick_check)", ms(open.get(0)), ms(median(open)), ""));
        List<Double> sets = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (int round = 0; round < SAVES / 10; round++) {
            Instant began = Instant.parse("2030-01-01T08:00:00Z").plusSeconds(3600L * round);
            SessionLog log = new SessionLog(Histories.saverAtOnce(store), began, Optional.empty(), OptionalInt.of(3),
                    Optional.empty());
            List<SetResult> done = new ArrayList<>();
            for (int set = 1; set <= 10; set++) {
                done.add(new SetResult(set, 30, 30, true));
                SessionResult soFar = new SessionResult("bridge", HOLD, List.of(new SideResult(Side.RIGHT,
                        List.copyOf(done))), began, began.plusSeconds(40L * set), SessionResult.Outcome.IN_PROGRESS);
                sets.add(timed(() -> log.progress("Bridge", Optional.empty(), soFar)));
            }
            ends.add(timed(() -> log.finish(began.plusSeconds(500), OptionalInt.of(2), Optional.of("bench"))));
        }
        rows.add(List.of("a set saved (commit returned)", ms(sets.get(0)), ms(median(sets)) + ", p95 "
                + ms(percentile(sets, 0.95)), "median < 5 ms"));
        rows.add(List.of("a session ended", ms(ends.get(0)), ms(median(ends)), "< 20 ms"));
        rows.add(summaryRow(store, "History view's figures read", "< 300 ms with the frame"));
        store.close();

        Path old = Files.createTempDirectory("knee-coach-import");
        SyntheticHistory.write(old, 10_000, 7);
        double imported = timed(() -> HistoryStore.open(old, Clock.systemUTC()).store().close());
        rows.add(List.of("import a 10,000-session history.json", ms(imported), "", "< 3 s"));

        if (big > 0) {
            Path huge = Files.createTempDirectory("knee-coach-million");
            rows.add(List.of("sessions in the big records", String.valueOf(big), "", ""));
            rows.add(List.of("fill (bench set-up)", ms(timed(() -> SyntheticHistory.store(huge, big, 43))), "", ""));
            HistoryStore[] bigStore = new HistoryStore[1];
            rows.add(List.of("open the big records (quick_check)", ms(timed(() -> bigStore[0] =
                    HistoryStore.open(huge, Clock.systemUTC()).store())), "", "opens"));
            rows.add(summaryRow(bigStore[0], "History view's figures read, big records", "read"));
            bigStore[0].close();
        }
        System.out.println(BenchTable.render(List.of("measure", "first", "median", "target"), rows));
    }

    /** Reads what the History view shows, as of the day after the last synthetic session. */
    private static List<String> summaryRow(HistoryStore store, String name, String target) throws Exception {
        LocalDate today = store.before(Instant.MAX, 1).get(0).startedAt().atZone(ZoneOffset.UTC).toLocalDate();
        HistorySummary.Request request = new HistorySummary.Request(today, ZoneOffset.UTC, 7, 30, 8);
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reads.add(timed(() -> HistorySummary.read(store, request)));
        }
        return List.of(name, ms(reads.get(0)), ms(median(reads)), target);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    private static String ms(double value) {
        return value < 10 ? String.format("%.2f ms", value) : String.format("%.0f ms", value);
    }
}
