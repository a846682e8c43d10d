package app.kneecoach.session;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.SessionEvent.Finished;
import app.kneecoach.session.SessionEvent.PhaseStarted;
import app.kneecoach.session.SessionEvent.SetEnded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link SessionPlan} against a clock. The window calls {@link #update()} every frame; each call
 * catches up with every boundary passed since the last one, starting each phase at the exact instant the
 * previous one ended, and returns what happened in order. Controls take effect at once; the events they
 * cause come out of the next {@code update()}. A rest that waits for the person ({@link SessionPlan#waitsForReady})
 * has no end of its own: it runs until {@link #ready()} or {@link #skip()}.
 */
public final class SessionEngine {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final SessionPlan plan;
    private final SessionClock clock;
    private final Instant startedAt;
    private final SetsDone done;
    private final List<SessionEvent> pending = new ArrayList<>();

    private int index;
    private PhaseTimer timer;
    private PhaseRun run;
    private Tempo tempo;
    private int selfPacedReps;
    private boolean holdingLonger;
    private SessionResult finished;

    private SessionEngine(SessionPlan plan, SessionClock clock) {
        this.plan = plan;
        this.clock = clock;
        this.startedAt = clock.now();
        this.tempo = plan.choice().tempo();
        this.done = new SetsDone(plan);
        timer = new PhaseTimer(clock.nanoTime());
        enter(0, timer);
    }

    public static SessionEngine start(SessionPlan plan, SessionClock clock) {
        return new SessionEngine(plan, clock);
    }

    public List<SessionEvent> update() {
        List<SessionEvent> events = new ArrayList<>(pending);
        pending.clear();
        long now = clock.nanoTime();
        while (!isFinished()) {
            long active = timer.active(now);
            Optional<Long> end = run.activeEnd(holdingLonger);
            long upTo = end.map(e -> Math.min(e, active)).orElse(active);
            run.emit(upTo, holdingLonger, events);
            if (end.isEmpty() || active < end.get()) {
                break;
            }
            record(plan.repsPerSet(), end.get(), events);
            enter(index + 1, timer.next(timer.instantOf(end.get())));
            events.addAll(pending);
            pending.clear();
        }
        return events;
    }

    public SessionSnapshot snapshot() {
        long active = timer.active(clock.nanoTime());
        long duration = step().duration().map(Duration::toNanos).orElse(0L);
        boolean timed = step().duration().isPresent() && !isFinished() && !waitsForReady();
        long remaining = timed ? Math.max(0, duration - active) : 0;
        long overtime = holdingLonger ? Math.max(0, active - duration) : 0;
        Optional<RepStage> stage = run.stage(active);
        int reps = run.repsDone(active, selfPacedReps);
        boolean alternatingWork = plan.alternating() && step().kind() == PhaseKind.WORK && !isFinished();
        Optional<LegTurn> turn = alternatingWork
                ? Optional.of(plan.turn(step(), Math.min(reps, plan.repsPerSet() - 1))) : Optional.empty();
        Optional<Step> next = index + 1 < plan.steps().size() ? Optional.of(plan.steps().get(index + 1)) : Optional.empty();
        return new SessionSnapshot(step(), index, plan.steps().size(), remaining, overtime, reps, stage, turn,
                timer.isPaused(), holdingLonger, done.completed(), next, waitsForReady(), active);
    }

    public boolean isFinished() {
        return finished != null;
    }

    /** The final result, once finished. */
    public Optional<SessionResult> result() {
        return Optional.ofNullable(finished);
    }

    public void pause() {
        timer.pause(clock.nanoTime());
    }

    public void resume() {
        timer.resume(clock.nanoTime());
    }

    public void togglePause() {
        if (timer.isPaused()) {
            resume();
        } else {
            pause();
        }
    }

    /**
     * Ends the current phase now. Skipped work keeps whatever was achieved, as an incomplete set; a rest cut
     * short is recorded as the rest taken.
     */
    public void skip() {
        if (isFinished()) {
            return;
        }
        long now = clock.nanoTime();
        record(achievedNow(), timer.active(now), pending);
        enter(index + 1, timer.next(now));
    }

    /** The person is ready: ends a rest that waits for them, and does nothing otherwise. */
    public void ready() {
        if (waitsForReady()) {
            skip();
        }
    }

    /** Whether the phase under way is a rest that waits for {@link #ready()}. */
    public boolean waitsForReady() {
        return !isFinished() && plan.waitsForReady(step());
    }

    /**
     * Starts the current set again: work restarts from zero; during the rest or side switch after a set,
     * that set is done again and what it recorded is discarded; a get-ready restarts its countdown.
     */
    public void redoSet() {
        if (isFinished()) {
            return;
        }
        Step step = step();
        int target = index;
        if (step.kind() == PhaseKind.REST || step.kind() == PhaseKind.SWITCH_SIDE) {
            target = index - 1;
            done.discard(plan.steps().get(target));
        }
        enter(target, timer.next(clock.nanoTime()));
    }

    /** Stops the session; it still counts, with what was done so far. */
    public void endEarly() {
        if (isFinished()) {
            return;
        }
        // A rest cut short by the end led to no next set: it is no rest between sets.
        if (step().kind() == PhaseKind.WORK) {
            recordSet(achievedNow(), pending);
        }
        finish(SessionResult.Outcome.ENDED_EARLY);
    }

    /** Counts one rep in self-paced work (the legs' in turn, where they alternate); the set ends when all are done. */
    public void countRep() {
        if (isFinished() || step().kind() != PhaseKind.WORK || !isSelfPaced()) {
            return;
        }
        selfPacedReps++;
        pending.add(run.counted(selfPacedReps));
        if (selfPacedReps >= plan.repsPerSet()) {
            recordSet(selfPacedReps, pending);
            enter(index + 1, timer.next(clock.nanoTime()));
        }
    }

    /** Keeps the current hold going past its target until skipped; only for holds the article doses with "+". */
    public void holdLonger() {
        if (canHoldLonger()) {
            holdingLonger = true;
        }
    }

    public boolean canHoldLonger() {
        return !isFinished() && step().kind() == PhaseKind.WORK && plan.choice().mode() == DosageMode.HOLD
                && plan.exercise().dosage().work().orMore();
    }

    /** Changes the paced tempo from the next rep on. */
    public void setTempo(Tempo newTempo) {
        tempo = newTempo;
        run.changeTempo(newTempo, timer.active(clock.nanoTime()));
    }

    public Tempo tempo() {
        return tempo;
    }

    public boolean isSelfPaced() {
        return plan.choice().mode() == DosageMode.REPS && plan.choice().repStyle() == RepStyle.SELF_PACED;
    }

    /** The session so far, as the history would save it. */
    public SessionResult resultSoFar() {
        return result(SessionResult.Outcome.IN_PROGRESS, clock.now());
    }

    private Step step() {
        return plan.steps().get(index);
    }

    private void enter(int newIndex, PhaseTimer phaseTimer) {
        index = newIndex;
        timer = phaseTimer;
        selfPacedReps = 0;
        holdingLonger = false;
        Step step = step();
        run = new PhaseRun(plan, step, tempo, isSelfPaced());
        if (step.kind() == PhaseKind.DONE) {
            finish(SessionResult.Outcome.COMPLETED);
        } else {
            pending.add(new PhaseStarted(step));
        }
    }

    private void finish(SessionResult.Outcome outcome) {
        index = plan.steps().size() - 1;
        finished = result(outcome, clock.now());
        pending.add(new Finished(finished));
    }

    private int achievedNow() {
        long active = timer.active(clock.nanoTime());
        return plan.choice().mode() == DosageMode.HOLD ? (int) (active / SECOND) : run.repsDone(active, selfPacedReps);
    }

    /**
     * What leaving the phase under way after {@code active} nanoseconds keeps: a work step's set ({@code achieved}),
     * a rest's length as the rest taken after its set.
     */
    private void record(int achieved, long active, List<SessionEvent> events) {
        if (step().kind() == PhaseKind.WORK) {
            recordSet(achieved, events);
        } else if (step().kind() == PhaseKind.REST) {
            done.rested(step(), (int) (active / SECOND));
        }
    }

    private void recordSet(int achieved, List<SessionEvent> events) {
        done.record(step(), achieved, (side, set) -> events.add(new SetEnded(side, set, resultSoFar())));
    }

    private SessionResult result(SessionResult.Outcome outcome, Instant endedAt) {
        return new SessionResult(plan.exercise().id(), plan.choice(), done.sides(), startedAt, endedAt, outcome);
    }
}
