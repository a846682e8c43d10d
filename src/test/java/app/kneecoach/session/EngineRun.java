package app.kneecoach.session;

import app.kneecoach.catalog.Exercise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An engine on a fake clock, with every event it has produced kept in order. */
final class EngineRun {
    final FakeClock clock;
    final SessionEngine engine;
    final List<SessionEvent> events = new ArrayList<>();
    private long elapsedNanos;

    EngineRun(Exercise exercise, SessionChoice choice) {
        this(exercise, choice, SessionSettings.DEFAULT);
    }

    EngineRun(Exercise exercise, SessionChoice choice, SessionSettings settings) {
        this(exercise, choice, settings, new FakeClock());
    }

    EngineRun(Exercise exercise, SessionChoice choice, SessionSettings settings, FakeClock clock) {
        this.clock = clock;
        engine = SessionEngine.start(SessionPlan.of(exercise, choice, settings), clock);
        update();
    }

    static EngineRun lowest(Exercise exercise) {
        return new EngineRun(exercise, SessionChoice.lowest(exercise.dosage()));
    }

    /** Moves to this many seconds after the start and updates once. */
    List<SessionEvent> at(double seconds) {
        return atNanos(Math.round(seconds * 1e9));
    }

    /** Moves to this many nanoseconds after the start and updates once. */
    List<SessionEvent> atNanos(long nanos) {
        clock.advance(Duration.ofNanos(nanos - elapsedNanos));
        elapsedNanos = nanos;
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
