package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The player's words and numbers, without a window. */
class PlayerPresenterTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();

    @Test
    void formatsTimeAsSecondsThenMinutes() {
        assertEquals("5", PlayerPresenter.clock(5));
        assertEquals("59", PlayerPresenter.clock(59));
        assertEquals("1:00", PlayerPresenter.clock(60));
        assertEquals("10:05", PlayerPresenter.clock(605));
    }

    @Test
    void roundsTheCountdownUpSoZeroNeverShowsWhileTimeRemains() {
        Run run = new Run("supine-hamstring-stretch", null);
        clock.advanceSeconds(5 + 29.2);
        PlayerScreen screen = run.screen();
        assertEquals("Hold", screen.phase());
        assertEquals("1", screen.big());
        assertTrue(screen.progress() > 0.97 && screen.progress() < 1, "progress " + screen.progress());
    }

    @Test
    void theGetReadyShowsTheStartPositionAndTheSwitchNamesTheLeg() {
        Run run = new Run("inner-thigh-stretch", null);
        PlayerScreen ready = run.screen();
        assertEquals(List.of(CATALOG.exercise("inner-thigh-stretch").orElseThrow().startPosition().asWritten()), ready.cues());
        assertEquals("Next: set 1, hold 30 s", ready.next());
        clock.advanceSeconds(5 + 30 + 15 + 30);
        PlayerScreen switching = run.screen();
        assertEquals("Switch to the left leg", switching.phase());
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", switching.where());
        assertEquals(List.of(new PlayerScreen.SetTrack("Right leg", 2, 2, false),
                new PlayerScreen.SetTrack("Left leg", 0, 2, true)), switching.tracks());
    }

    @Test
    void selfPacedWorkAsksForEachRepAndOffersTheCountButton() {
        Run run = new Run("step-ups", RepStyle.SELF_PACED);
        clock.advanceSeconds(5);
        PlayerScreen screen = run.screen();
        assertEquals("Your pace", screen.phase());
        assertEquals("of 10 reps on each leg", screen.unit());
        assertEquals("Rep 1 of 10\u2002\u00b7\u2002right leg", screen.turn(), "the legs take turns, counted too");
        assertTrue(screen.controls().countRep());
        assertEquals("", screen.tempo(), "no tempo for self-paced reps");
        assertEquals("Press Space or \u201cCount rep\u201d after each rep.", screen.cues().get(0));
    }

    @Test
    void alternatingLegsSayWhichLegEachRepIsAndCountTheRepsOnEachLeg() {
        Run run = new Run("seated-straight-leg-raise", null);   // 2 s up, 1 s at the top, 2 s down: 5 s a rep
        PlayerScreen ready = run.screen();
        assertEquals("Alternating legs\u2002\u00b7\u2002set 1 of 2", ready.where());
        assertEquals("", ready.turn());
        assertEquals("Next: set 1, 10 reps on each leg, in turn", ready.next());
        assertEquals("Start each set with the right leg, then change legs after every rep.", ready.cues().get(1));
        assertEquals(List.of(new PlayerScreen.SetTrack("Alternating legs", 0, 2, true)), ready.tracks());

        clock.advanceSeconds(5);
        PlayerScreen first = run.screen();
        assertEquals("Lift", first.phase());
        assertEquals("Rep 1 of 10\u2002\u00b7\u2002right leg", first.turn());
        assertEquals("1", first.big(), "the rep under way, counted from 1");
        assertEquals("of 10 reps on each leg", first.unit());
        clock.advanceSeconds(5);
        assertEquals("Rep 1 of 10\u2002\u00b7\u2002left leg", run.screen().turn());
        assertEquals("1", run.screen().big(), "the left leg's first rep");
        clock.advanceSeconds(5);
        PlayerScreen third = run.screen();
        assertEquals("Rep 2 of 10\u2002\u00b7\u2002right leg", third.turn());
        assertEquals("2", third.big());
        assertEquals(0.1, third.progress(), 1e-9, "2 of the set's 20 reps");

        clock.advanceSeconds(18 * 5);
        PlayerScreen rest = run.screen();
        assertEquals("Rest", rest.phase());
        assertEquals("", rest.turn());
        assertEquals(List.of(new PlayerScreen.SetTrack("Alternating legs", 1, 2, true)), rest.tracks());
        assertEquals(List.of("Rest before the next set.",
                "Start each set with the right leg, then change legs after every rep."), rest.cues());

        clock.advanceSeconds(30 + 100);
        PlayerScreen done = run.screen();
        assertEquals("Done", done.phase());
        assertEquals(List.of("Right leg: 2 of 2 sets done\u2002\u00b7\u2002reps 10, 10",
                "Left leg: 2 of 2 sets done\u2002\u00b7\u2002reps 10, 10"), done.cues());
    }

    @Test
    void aFinishedSessionSummarisesEachSide() {
        Run run = new Run("seated-straight-leg-raise", null);
        clock.advanceSeconds(5);
        run.screen();
        run.engine.endEarly();
        PlayerScreen screen = run.screen();
        assertEquals("Ended, not every set done", screen.phase());
        assertTrue(screen.done());
        assertEquals(List.of("Right leg: 0 of 2 sets done", "Left leg: 0 of 2 sets done"), screen.cues());
    }

    private final class Run {
        final SessionEngine engine;
        final PlayerPresenter presenter;

        Run(String id, RepStyle style) {
            var exercise = CATALOG.exercise(id).orElseThrow();
            SessionChoice choice = SessionChoice.lowest(exercise.dosage());
            SessionPlan plan = SessionPlan.of(exercise, style == null ? choice : choice.withRepStyle(style),
                    SessionSettings.DEFAULT);
            engine = SessionEngine.start(plan, clock);
            presenter = new PlayerPresenter(Messages.DEFAULT, plan);
        }

        PlayerScreen screen() {
            engine.update();
            return presenter.present(engine, false);
        }
    }
}
