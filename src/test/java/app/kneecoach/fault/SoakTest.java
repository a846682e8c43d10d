package app.kneecoach.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Eight simulated hours of the full home program, updated at 60 frames a second as the window does:
 * every session finishes, and the heap after each hour stays flat (nothing accumulates per frame or
 * per session).
 */
class SoakTest {
    private static final Duration FRAME = Duration.ofNanos(16_666_667);
    private static final long HOURS = 8;
    private static final long ALLOWED_GROWTH_BYTES = 8L * 1024 * 1024;

    @Test
    void eightHoursOfRoutinesKeepMemoryFlat() {
        Catalog catalog = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
        var program = catalog.routines().stream().filter(r -> r.id().equals("full-home-program")).findFirst()
                .orElseThrow();
        FakeClock clock = new FakeClock();
        long end = clock.nanoTime() + Duration.ofHours(HOURS).toNanos();
        long nextHour = clock.nanoTime() + Duration.ofHours(1).toNanos();
        long afterFirstHour = -1;
        long latest = 0;
        int sessions = 0;
        while (clock.nanoTime() < end) {
            for (var item : program.items()) {
                Exercise exercise = catalog.exercise(item.exerciseId()).orElseThrow();
                SessionEngine engine = SessionEngine.start(SessionPlan.of(exercise,
                        SessionChoice.lowest(exercise.dosage()), SessionSettings.DEFAULT), clock);
                while (!engine.isFinished()) {
                    clock.advance(FRAME);
                    engine.update();
                    engine.snapshot();
                    if (engine.isSelfPaced()) {
                        engine.countRep();
                    }
                }
                sessions++;
                if (clock.nanoTime() >= nextHour) {
                    nextHour += Duration.ofHours(1).toNanos();
                    latest = usedAfterGc();
                    if (afterFirstHour < 0) {
                        afterFirstHour = latest;
                    }
                }
            }
        }
        assertTrue(sessions > 100, "ran " + sessions + " exercise sessions");
        long growth = latest - afterFirstHour;
        assertTrue(growth < ALLOWED_GROWTH_BYTES, "heap grew by " + growth / 1024 + " KB over " + HOURS + " hours");
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
