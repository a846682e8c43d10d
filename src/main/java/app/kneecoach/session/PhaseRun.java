package app.kneecoach.session;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.SessionEvent.CountdownTick;
import app.kneecoach.session.SessionEvent.RepCounted;
import app.kneecoach.session.SessionEvent.RepStageChanged;
import app.kneecoach.session.SessionEvent.RestPlannedReached;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One phase under way: when it ends on its own, where its paced reps are, and the events inside it as its active
 * time passes (the last three seconds of a timed phase, each stage and count of paced reps, the moment a rest
 * that waits for the person reaches its planned length), each emitted once, however often or late it is asked.
 */
final class PhaseRun {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final int COUNTDOWN_FROM = 3;

    private final SessionPlan plan;
    private final Step step;
    private final RepPacer pacer;
    private final boolean countsDown;
    private int lowestTick = COUNTDOWN_FROM + 1;
    private int stagesEmitted;
    private boolean plannedRestReached;

    /** @param selfPaced whether the person counts the reps (else the app paces them at {@code tempo}) */
    PhaseRun(SessionPlan plan, Step step, Tempo tempo, boolean selfPaced) {
        this.plan = plan;
        this.step = step;
        boolean paced = step.kind() == PhaseKind.WORK && plan.choice().mode() == DosageMode.REPS && !selfPaced;
        this.pacer = paced ? new RepPacer(tempo, Duration.ofSeconds(plan.choice().topHoldSeconds())) : null;
        this.countsDown = step.duration().isPresent() && !plan.waitsForReady(step);
    }

    /** When the phase ends on its own, in active time; empty when the person ends it. */
    Optional<Long> activeEnd(boolean holdingLonger) {
        if (pacer != null) {
            return Optional.of(pacer.endOfRep(plan.repsPerSet()));
        }
        if (holdingLonger || step.duration().isEmpty() || plan.waitsForReady(step)) {
            return Optional.empty();
        }
        return Optional.of(step.duration().get().toNanos());
    }

    /** Paced reps done by {@code active}; {@code selfPaced} otherwise. */
    int repsDone(long active, int selfPaced) {
        return pacer == null ? selfPaced : Math.min(pacer.repsDone(active), plan.repsPerSet());
    }

    /** The stage of the paced rep under way. */
    Optional<RepStage> stage(long active) {
        return pacer == null ? Optional.empty() : Optional.of(pacer.stage(pacer.stagesStarted(active) - 1));
    }

    void changeTempo(Tempo tempo, long active) {
        if (pacer != null) {
            pacer.changeTempo(tempo, active);
        }
    }

    /** Adds what happened up to {@code active} nanoseconds of the phase; {@code holdingLonger} stops the countdown. */
    void emit(long active, boolean holdingLonger, List<SessionEvent> events) {
        if (countsDown && !holdingLonger) {
            emitCountdown(active, events);
        }
        if (pacer != null) {
            emitRepProgress(active, events);
        }
        if (plan.waitsForReady(step) && !plannedRestReached && active >= step.duration().orElseThrow().toNanos()) {
            plannedRestReached = true;
            events.add(new RestPlannedReached(step));
        }
    }

    /** The event for the set's {@code reps}-th rep, just done: on its leg, with that leg's count. */
    RepCounted counted(int reps) {
        LegTurn turn = plan.turn(step, reps - 1);
        return new RepCounted(turn.leg(), turn.rep());
    }

    private void emitCountdown(long active, List<SessionEvent> events) {
        long duration = step.duration().orElseThrow().toNanos();
        for (int left = lowestTick - 1; left >= 1; left--) {
            if (duration <= left * SECOND) {
                continue;   // that second would begin with the phase itself; a shorter phase still counts the rest
            }
            if (active < duration - left * SECOND) {
                break;
            }
            events.add(new CountdownTick(left));
            lowestTick = left;
        }
    }

    private void emitRepProgress(long active, List<SessionEvent> events) {
        int started = pacer.stagesStarted(active);
        int lastRepStage = plan.repsPerSet() * pacer.stagesPerRep();
        for (int k = stagesEmitted; k < started; k++) {
            if (k > 0 && k % pacer.stagesPerRep() == 0) {
                events.add(counted(k / pacer.stagesPerRep()));
            }
            if (k < lastRepStage) {
                events.add(new RepStageChanged(k / pacer.stagesPerRep() + 1, pacer.stage(k)));
            }
        }
        stagesEmitted = Math.max(stagesEmitted, started);
    }
}
