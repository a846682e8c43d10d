package app.kneecoach.fault;

import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionLog;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import app.kneecoach.catalog.DosageMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Saves set after set with the real store, as the app does after each completed set, and prints "SET n" once
 * the n-th set's commit has returned. Every {@value #SETS_PER_SESSION} sets the session is finished and a new
 * one begins. It never stops by itself: {@link CrashSafetyTest} kills it (SIGKILL) at a random moment.
 */
public final class CrashDrill {
    static final int SETS_PER_SESSION = 12;
    private static final SessionChoice HOLD = new SessionChoice(DosageMode.HOLD, 30, SETS_PER_SESSION, 0,
            RepStyle.PACED, Tempo.DEFAULT);

    private CrashDrill() {
    }

    public static void main(String[] args) {
        HistoryStore store = HistoryStore.open(Path.of(args[0]), Clock.systemUTC()).store();
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        for (int saved = 0, session = 0; ; session++) {
            Instant began = start.plusSeconds(3600L * session);
            SessionLog log = new SessionLog(Histories.saverAtOnce(store), began, Optional.empty(), OptionalInt.of(4),
                    Optional.empty());
            List<SetResult> sets = new ArrayList<>();
            for (int set = 1; set <= SETS_PER_SESSION; set++) {
                sets.add(new SetResult(set, 30, 30, true));
                log.progress("Supine hamstring stretch", Optional.empty(), new SessionResult(
                        "supine-hamstring-stretch", HOLD, List.of(new SideResult(Side.RIGHT, sets)), began,
                        began.plusSeconds(40L * set), SessionResult.Outcome.IN_PROGRESS));
                System.out.println("SET " + ++saved);
                System.out.flush();
            }
            log.finish(began.plusSeconds(40L * SETS_PER_SESSION + 5), OptionalInt.of(3), Optional.of("drill"));
        }
    }
}
