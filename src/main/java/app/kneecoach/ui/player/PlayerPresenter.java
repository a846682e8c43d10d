package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.LegTurn;
import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.SessionSnapshot;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns the engine's state into the words and numbers the player shows; no JavaFX, so plain tests reach it. */
final class PlayerPresenter {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final Messages text;
    private final SessionPlan plan;

    PlayerPresenter(Messages text, SessionPlan plan) {
        this.text = text;
        this.plan = plan;
    }

    PlayerScreen present(SessionEngine engine, boolean hurt) {
        SessionSnapshot now = engine.snapshot();
        Step step = now.step();
        boolean done = step.kind() == PhaseKind.DONE;
        boolean work = step.kind() == PhaseKind.WORK;
        boolean paced = work && plan.choice().mode() == DosageMode.REPS && !engine.isSelfPaced();
        // After "It hurts", no "Do it again": the advice is to leave the exercise out for now.
        PlayerScreen.Controls controls = new PlayerScreen.Controls(
                work && engine.isSelfPaced(),
                engine.canHoldLonger() && !now.holdingLonger(),
                work && now.holdingLonger(),
                paced,
                done && hurt && regression().isPresent(),
                done && !hurt,
                now.waitsForReady());
        String tempo = paced ? text.get("player.tempo." + movement(), seconds(engine.tempo().lift()),
                seconds(engine.tempo().lower())) : "";
        String phase = done && hurt ? text.get("player.phase.hurt") : phase(engine, now);
        List<String> cues = done && hurt ? hurtCues() : cues(engine, now);
        return new PlayerScreen(phase, done ? "" : where(step), turn(now), big(now), unit(now), progress(engine, now),
                cues, now.next().map(this::next).orElse(""), tempo, tracks(now), controls, now.paused(), done,
                done && hurt);
    }

    /** One line per side of what a finished session did. */
    List<String> summary(SessionResult result) {
        return result.sides().stream().map(this::sideSummary).toList();
    }

    /** The first easier version the article gives, offered when an exercise hurts. */
    Optional<Variation> regression() {
        return plan.exercise().regressions().stream().findFirst();
    }

    private List<String> hurtCues() {
        List<String> cues = new ArrayList<>();
        cues.add(text.get("player.cue.hurt"));
        regression().ifPresent(r -> cues.add(text.get("player.cue.regression", r.name(), r.description())));
        return cues;
    }

    String sideName(Side side) {
        return text.get("side." + side.name());
    }

    private String sideSummary(SideResult side) {
        String line = text.get("player.summary.side", text.get("side." + side.side().name() + ".title"),
                side.setsCompleted(), plan.choice().sets());
        if (side.sets().isEmpty()) {
            return line;
        }
        boolean hold = plan.choice().mode() == DosageMode.HOLD;
        String perSet = side.sets().stream()
                .map(s -> hold ? text.get("player.summary.seconds", s.achieved()) : String.valueOf(s.achieved()))
                .collect(Collectors.joining(", "));
        return line + text.get("dosage.separator") + text.get(hold ? "player.summary.holds" : "player.summary.reps", perSet);
    }

    private String phase(SessionEngine engine, SessionSnapshot now) {
        Step step = now.step();
        return switch (step.kind()) {
            case REST -> now.waitsForReady()
                    ? text.get("player.phase.restUntilReady", minutes(step.duration().orElseThrow().toSeconds()))
                    : text.get("player.phase.REST");
            case GET_READY -> text.get("player.phase.GET_READY");
            case SWITCH_SIDE -> text.get("player.phase.SWITCH_SIDE", sideName(step.side()));
            // "Done" only when every set was done: skipping the last one through is no finished exercise.
            case DONE -> engine.result().filter(SessionResult::everySetComplete).isPresent()
                    ? text.get("player.phase.DONE") : text.get("player.phase.endedEarly");
            case WORK -> workPhase(engine, now);
        };
    }

    private String workPhase(SessionEngine engine, SessionSnapshot now) {
        if (plan.choice().mode() == DosageMode.HOLD) {
            return text.get(now.holdingLonger() ? "player.phase.holdingLonger" : "player.phase.hold");
        }
        if (engine.isSelfPaced()) {
            return text.get("player.phase.selfPaced");
        }
        return now.repStage().map(stage -> text.get("player.stage." + movement() + "." + stage)).orElse("");
    }

    /** "lift" or "step": which words name the halves of a rep. */
    private String movement() {
        return plan.exercise().dosage().movement().key();
    }

    private String where(Step step) {
        return text.get("player.where", sidesTitle(step.side()), step.set(), plan.choice().sets());
    }

    /** "Right leg", "Both legs", or "Alternating legs" for every phase of an exercise whose legs take turns. */
    private String sidesTitle(Side side) {
        return plan.alternating() ? text.get("player.alternating") : text.get("side." + side.name() + ".title");
    }

    /** Where the legs alternate: "Rep 3 of 10 · left leg", the rep under way counted on its leg. */
    private String turn(SessionSnapshot now) {
        return now.turn().map(t -> text.get("player.turn", t.rep(), plan.choice().target(), sideName(t.leg())))
                .orElse("");
    }

    private String big(SessionSnapshot now) {
        Step step = now.step();
        if (step.kind() == PhaseKind.DONE) {
            return "";
        }
        if (now.waitsForReady()) {
            return minutes(now.activeNanos() / SECOND);
        }
        if (now.overtimeNanos() > 0 || now.holdingLonger() && now.remainingNanos() == 0) {
            return "+" + clock(now.overtimeNanos() / SECOND);
        }
        if (step.duration().isPresent()) {
            // Round up, so "1" shows for the whole last second and "0" never shows while time remains.
            return clock((now.remainingNanos() + SECOND - 1) / SECOND);
        }
        // The rep under way, counted from 1 (on its leg, where the legs alternate), as "Rep 3 of 10" reads.
        return String.valueOf(now.turn().map(LegTurn::rep).orElse(Math.min(now.repsDone() + 1, plan.repsPerSet())));
    }

    private String unit(SessionSnapshot now) {
        Step step = now.step();
        if (step.kind() == PhaseKind.DONE) {
            return "";
        }
        if (now.holdingLonger() && now.remainingNanos() == 0) {
            return text.get("player.unit.overtime", plan.choice().target());
        }
        if (now.waitsForReady()) {
            return text.get("player.unit.rested");
        }
        return step.duration().isPresent() ? text.get("player.unit.seconds")
                : text.get(plan.alternating() ? "player.unit.repsEachLeg" : "player.unit.reps", plan.choice().target());
    }

    /** Through the phase under way; at the end, the share of the planned sets done (none done: empty). */
    private double progress(SessionEngine engine, SessionSnapshot now) {
        Step step = now.step();
        if (step.kind() == PhaseKind.DONE) {
            return engine.result().map(SessionResult::shareOfSetsDone).orElse(1.0);
        }
        if (step.duration().isPresent()) {
            long total = step.duration().get().toNanos();
            long gone = now.waitsForReady() ? now.activeNanos() : total - now.remainingNanos();
            return Math.min(1, gone / (double) total);
        }
        return now.repsDone() / (double) plan.repsPerSet();
    }

    private List<String> cues(SessionEngine engine, SessionSnapshot now) {
        Exercise exercise = plan.exercise();
        List<String> cues = new ArrayList<>();
        PhaseKind kind = now.step().kind();
        switch (kind) {
            case GET_READY, SWITCH_SIDE, REST -> {
                // The start position in the words of the leg about to work ("the left foot" on the left side).
                cues.add(kind != PhaseKind.REST ? now.step().side().words(exercise.startPosition())
                        : text.get(now.waitsForReady() ? "player.cue.restUntilReady" : "player.cue.rest"));
                if (plan.alternating()) {
                    cues.add(text.get("player.cue.alternating", sideName(now.step().side())));
                }
            }
            case WORK -> {
                if (engine.isSelfPaced()) {
                    cues.add(text.get("player.cue.selfPaced"));
                }
                cues.addAll(exercise.cues());
                cues.addAll(exercise.cautions());
            }
            case DONE -> engine.result().ifPresent(result -> cues.addAll(summary(result)));
        }
        return cues;
    }

    private String next(Step step) {
        return switch (step.kind()) {
            case REST -> text.get("player.next.REST", step.duration().orElseThrow().toSeconds());
            case WORK -> text.get(plan.choice().mode() == DosageMode.HOLD ? "player.next.WORK.hold"
                    : plan.alternating() ? "player.next.WORK.alternating" : "player.next.WORK.reps",
                    step.set(), plan.choice().target());
            case SWITCH_SIDE -> text.get("player.next.SWITCH_SIDE", sideName(step.side()));
            case DONE -> text.get("player.next.DONE");
            case GET_READY -> "";
        };
    }

    /**
     * A track per side; where the legs alternate, one for both, since every set is done by both legs at once
     * (a set counts as done once it is done on each leg).
     */
    private List<PlayerScreen.SetTrack> tracks(SessionSnapshot now) {
        if (plan.alternating()) {
            int done = plan.sides().stream().mapToInt(side -> now.setsDone().getOrDefault(side, 0)).min().orElse(0);
            return List.of(new PlayerScreen.SetTrack(text.get("player.alternating"), done, plan.choice().sets(),
                    now.step().kind() != PhaseKind.DONE));
        }
        return plan.sides().stream()
                .map(side -> new PlayerScreen.SetTrack(text.get("side." + side.name() + ".title"),
                        now.setsDone().getOrDefault(side, 0), plan.choice().sets(),
                        now.step().kind() != PhaseKind.DONE && now.step().side() == side))
                .toList();
    }

    /** 2 s as "2", 1.5 s as "1.5". */
    private static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** "0:27", "1:05": time rested, which counts up, in one shape from its first second. */
    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** "27", "1:05". */
    static String clock(long seconds) {
        return seconds < 60 ? String.valueOf(seconds) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
