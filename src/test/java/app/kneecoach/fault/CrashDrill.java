package app.kneecoach.fault;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.history.Histories;
import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.SessionLog;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a long session with the real store, as the app does, and prints "SET n" once the n-th completed
 * set is on disk. {@link CrashSafetyTest} runs it in its own JVM and kills it mid-session.
 */
public final class CrashDrill {
    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Exercise stretch = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog()
                .exercise("supine-hamstring-stretch").orElseThrow();
        FakeClock clock = new FakeClock();
        HistoryStore store = HistoryStore.open(dataDir, Clock.systemUTC()).store();
        SessionLog log = new SessionLog(Histories.saverAtOnce(store), clock.now(), Optional.empty(), OptionalInt.of(4), Optional.empty());
        SessionChoice longHolds = SessionChoice.lowest(stretch.dosage()).withSets(3).withTarget(600);
        SessionEngine engine = SessionEngine.start(SessionPlan.of(stretch, longHolds, SessionSettings.DEFAULT), clock);
        int saved = 0;
        while (!engine.isFinished()) {
            // Ten simulated seconds per real millisecond: a set every ~60 ms, so the kill lands mid-set.
            clock.advance(Duration.ofSeconds(10));
            for (SessionEvent event : engine.update()) {
                if (event instanceof SessionEvent.SetEnded set) {
                    log.progress(stretch.name(), Optional.empty(), set.soFar());
                    System.out.println("SET " + ++saved);
                    System.out.flush();
                }
            }
            Thread.sleep(1);
        }
        System.out.println("FINISHED");
    }
}
