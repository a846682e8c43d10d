package app.kneecoach.session;

import app.kneecoach.catalog.Exercise;
import java.util.ArrayList;
import java.util.List;

/** An engine on a fake clock, with every event it has produced kept in order. */
final class EngineRun {
    final FakeClock clock = new FakeClock();
    final SessionEngine engine;
    final List<SessionEvent> events = new ArrayList<>();
    private double elapsed;

    EngineRun(Exercise exercise, SessionChoice choice) {
        engine = SessionEngine.start(SessionPlan.of(exercise, choice, SessionSettings.DEFAULT), clock);
        update();
    }

    static EngineRun lowest(Exercise exercise) {
        return new EngineRun(exercise, SessionChoice.lowest(exercise.dosage()));
    }

    /** Moves to this many seconds after the start and updates once. */
    List<SessionEvent> at(double seconds) {
        clock.advanceSeconds(seconds - elapsed);
        elapsed = seconds;
        return update();
    }

    List<SessionEvent> update() {
        List<SessionEvent> latest = engine.update();
        events.addAll(latest);
        return latest;
    }

    SessionSnapshot now() {
        return engine.snapshot();
    }

    <T extends SessionEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<PhaseKind> phases() {
        return all(SessionEvent.PhaseStarted.class).stream().map(p -> p.step().kind()).toList();
    }
}
