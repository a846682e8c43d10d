package app.kneecoach.fault;

import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A second process on the same data folder: opens the records, prints "READY", waits for a line on its input,
 * then adds {@code count} finished sessions one by one (ids {@code prefix-n}) and prints "DONE".
 */
public final class SessionWriter {
    private SessionWriter() {
    }

    public static void main(String[] args) throws Exception {
        HistoryStore store = HistoryStore.open(Path.of(args[0]), Clock.systemUTC()).store();
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        System.out.println("READY");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant at = start.plusSeconds(60L * i);
            store.add(new SessionRecord(prefix + "-" + i, at, at.plusSeconds(30), Optional.of(prefix), List.of(),
                    OptionalInt.of(i % 11), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                    SessionStatus.COMPLETED));
        }
        store.close();
        System.out.println("DONE");
    }
}
