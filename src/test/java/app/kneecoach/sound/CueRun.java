package app.kneecoach.sound;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An engine on a fake clock with {@link SessionCues} listening: what the voice says, and when. */
final class CueRun {
    /** Fine enough to land on every boundary of the plans here, which fall on whole and half seconds. */
    private static final double STEP_SECONDS = 0.25;
    /** Far longer than any dose in the catalog takes. */
    private static final double LONGEST_SECONDS = 3 * 3600;

    final FakeClock clock = new FakeClock();
    final SessionEngine engine;
    final SessionCues cues;
    final List<Said> said = new ArrayList<>();
    private double seconds;

    /** One utterance, at so many seconds after the start. */
    record Said(double at, List<VoiceCue> cues) {
        @Override
        public String toString() {
            return at + "s " + cues;
        }
    }

    CueRun(Exercise exercise, SessionChoice choice, SessionSettings settings, Optional<String> next) {
        SessionPlan plan = SessionPlan.of(exercise, choice, settings);
        engine = SessionEngine.start(plan, clock);
        cues = new SessionCues(plan, next);
        update();
    }

    CueRun(Exercise exercise, SessionChoice choice) {
        this(exercise, choice, SessionSettings.DEFAULT, Optional.empty());
    }

    static Exercise exercise(String id) {
        return ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog().exercise(id).orElseThrow();
    }

    static List<Exercise> catalog() {
        return ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog().exercises();
    }

    /** Runs to the end of the session; where the person counts the reps, they press once a second. */
    CueRun toTheEnd() {
        while (!engine.isFinished()) {
            if (seconds > LONGEST_SECONDS) {
                throw new AssertionError("the session has not ended after " + seconds + " s: " + said);
            }
            if (engine.isSelfPaced() && seconds % 1 == 0) {
                engine.countRep();
            }
            step();
        }
        return this;
    }

    /** Runs to so many seconds after the start (or the end of the session, if sooner). */
    CueRun to(double at) {
        while (seconds < at && !engine.isFinished()) {
            step();
        }
        return this;
    }

    private void step() {
        seconds += STEP_SECONDS;
        clock.advanceSeconds(STEP_SECONDS);
        update();
    }

    void update() {
        List<VoiceCue> utterance = cues.cuesFor(engine.update());
        if (!utterance.isEmpty()) {
            said.add(new Said(seconds, utterance));
        }
    }

    /** The first utterances, for comparing with a timeline. */
    List<String> first(int count) {
        return said.stream().limit(count).map(Said::toString).toList();
    }

    List<VoiceCue> allCues() {
        return said.stream().flatMap(s -> s.cues().stream()).toList();
    }
}
