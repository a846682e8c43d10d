package app.kneecoach.sound;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.RepStage;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the voice says as one exercise's session goes, event by event: the exercise and leg as it gets ready, "hold",
 * "rest", "switch to your left leg", "last set", the last three seconds, and for reps the app paces "lift" (the
 * set's first rep), "hold" at the top, "lower" and each rep's count (which is also the cue to lift again), then
 * "done" and, in a routine, the next exercise. Where the legs take turns, each rep names its leg and the count
 * comes once both legs have done it. Reps the person counts get no counts. The spoken counterpart of
 * {@link SessionSounds}.
 */
public final class SessionCues {
    private final SessionPlan plan;
    private final Optional<String> nextExerciseId;
    private final boolean paced;
    private Step work;

    /** @param nextExerciseId in a routine, the exercise after this one */
    public SessionCues(SessionPlan plan, Optional<String> nextExerciseId) {
        this.plan = plan;
        this.nextExerciseId = nextExerciseId;
        this.paced = plan.choice().mode() == DosageMode.REPS && plan.choice().repStyle() == RepStyle.PACED;
    }

    /** The cues for the events of one engine update, in order: one utterance (often empty). */
    public List<VoiceCue> cuesFor(List<SessionEvent> events) {
        List<VoiceCue> cues = new ArrayList<>();
        for (SessionEvent event : events) {
            add(event, cues);
        }
        return cues;
    }

    private void add(SessionEvent event, List<VoiceCue> cues) {
        if (event instanceof SessionEvent.PhaseStarted started) {
            phaseStarted(started.step(), cues);
        } else if (event instanceof SessionEvent.CountdownTick tick) {
            cues.add(new VoiceCue.Countdown(tick.secondsLeft()));
        } else if (event instanceof SessionEvent.RepStageChanged change) {
            repStage(change.rep(), change.stage(), cues);
        } else if (event instanceof SessionEvent.RepCounted counted && paced
                && (!plan.alternating() || counted.side() == work.side().other())) {
            cues.add(new VoiceCue.Rep(counted.reps()));
        } else if (event instanceof SessionEvent.Finished finished
                && finished.result().outcome() == SessionResult.Outcome.COMPLETED) {
            cues.add(VoiceCue.Word.DONE);
            nextExerciseId.ifPresent(id -> cues.add(new VoiceCue.Next(id)));
        }
    }

    private void phaseStarted(Step step, List<VoiceCue> cues) {
        switch (step.kind()) {
            case GET_READY -> cues.add(new VoiceCue.ExerciseStart(plan.exercise().id(), step.side(), plan.alternating()));
            case REST -> cues.add(VoiceCue.Word.REST);
            case SWITCH_SIDE -> cues.add(new VoiceCue.SwitchSide(step.side()));
            case WORK -> workStarted(step, cues);
            case DONE -> {
                // The engine reports the end as Finished.
            }
        }
    }

    private void workStarted(Step step, List<VoiceCue> cues) {
        work = step;
        int sets = plan.choice().sets();
        if (sets > 1 && step.set() == sets) {
            cues.add(VoiceCue.Word.LAST_SET);
        }
        if (plan.choice().mode() == DosageMode.HOLD) {
            cues.add(VoiceCue.Word.HOLD);
        } else if (!paced) {
            cues.add(VoiceCue.Word.BEGIN);
        }
    }

    /** {@code rep} counts the set's reps, of both legs where they take turns. */
    private void repStage(int rep, RepStage stage, List<VoiceCue> cues) {
        switch (stage) {
            case LIFT -> {
                if (plan.alternating()) {
                    cues.add(new VoiceCue.Leg(plan.turn(work, rep - 1).leg()));
                } else if (rep == 1) {
                    cues.add(VoiceCue.Word.LIFT);
                }
            }
            case TOP_HOLD -> cues.add(VoiceCue.Word.HOLD);
            case LOWER -> cues.add(VoiceCue.Word.LOWER);
        }
    }
}
