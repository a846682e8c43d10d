package app.kneecoach.ui.player;

import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.player.PlayerControls.Control;
import app.kneecoach.ui.testing.TestServices;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.userdata.SoundCues;
import app.kneecoach.sound.VoiceCue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.FakeClock;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.sound.Tone;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The player's behaviour without a window: a fake clock moved by the test, then a tick, as a frame would. */
class PlayerViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();
    private final RecordingSound sound = new RecordingSound();
    private final RecordingListener listener = new RecordingListener();

    @Test
    void aHoldCountsDownFillsItsProgressAndOffersTheHoldControls() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        assertShows(player, "Get ready", "5");
        assertEquals("Right leg\u2002\u00b7\u2002set 1 of 2", player.display().where().get());
        assertEquals("Next: set 1, hold 30 s", player.display().next().get());

        advance(player, 5 + 12);
        assertShows(player, "Hold", "18");
        assertEquals("seconds left", player.display().unit().get());
        assertEquals(0.4, player.display().progress().get(), 1e-9);
        assertFalse(player.display().paused().get());
        assertFalse(player.display().done().get());
        assertShown(player, Control.PAUSE, Control.SKIP, Control.REDO, Control.END, Control.HURT, Control.HOLD_LONGER);
        assertHidden(player, Control.COUNT_REP, Control.TEMPO, Control.EASIER, Control.SKIP_EXERCISE, Control.AGAIN,
                Control.FINISH);
        assertEquals("Pause", player.controls().pauseText().get());
        assertEquals("Skip", player.controls().skipText().get());
        assertEquals(1, sound.count(Tone.WORK_START));
    }

    /** The buttons keep their places through the exercise: It hurts is where it was when the hold begins. */
    @Test
    void holdLongerAndCountRepKeepTheirPlaceAndAreUsableOnlyWhileTheyApply() {
        PlayerViewModel hold = play("supine-hamstring-stretch");
        assertShown(hold, Control.HOLD_LONGER);
        assertFalse(hold.controls().holdLongerUsable().get(), "not before the hold");
        advance(hold, 6);
        assertTrue(hold.controls().holdLongerUsable().get());
        advance(hold, 30);
        assertShows(hold, "Rest", "14");
        assertShown(hold, Control.HOLD_LONGER);
        assertFalse(hold.controls().holdLongerUsable().get(), "not in a rest");

        PlayerViewModel counted = play("lateral-leg-raise", RepStyle.SELF_PACED);
        assertShown(counted, Control.COUNT_REP);
        assertFalse(counted.controls().countRepUsable().get(), "not in the get-ready");
        assertTrue(counted.controls().spacePauses().get(), "Space pauses the get-ready");
        counted.skip();
        assertTrue(counted.controls().countRepUsable().get());
        assertFalse(counted.controls().spacePauses().get(), "Space counts a rep, and only that button says so");

        PlayerViewModel paced = play("lateral-leg-raise");
        assertHidden(paced, Control.COUNT_REP, Control.HOLD_LONGER);
    }

    @Test
    void aPauseDoesNotLoseTime() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        advance(player, 5 + 10);
        player.togglePause();
        assertTrue(player.display().paused().get());
        assertEquals("Resume", player.controls().pauseText().get());

        advance(player, 100);
        assertShows(player, "Hold", "20");
        player.togglePause();
        advance(player, 5);
        assertShows(player, "Hold", "15");
        assertFalse(player.display().paused().get());
    }

    @Test
    void theWindowAskingToClosePausesARunningSetOnly() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        player.pauseIfRunning();
        assertTrue(player.display().paused().get());
        player.pauseIfRunning();
        assertTrue(player.display().paused().get(), "a paused set stays paused");
        PlayerViewModel ended = play("supine-hamstring-stretch");
        ended.end();
        ended.pauseIfRunning();
        assertFalse(ended.display().paused().get(), "a finished session is not paused");
    }

    /** The number is the rep being done, from 1: each Space after a rep moves on to the next. */
    @Test
    void spaceCountsASelfPacedRepAndPausesAnythingElse() {
        PlayerViewModel player = play("lateral-leg-raise", RepStyle.SELF_PACED);
        player.space();
        assertTrue(player.display().paused().get(), "Space pauses the get-ready");
        player.space();
        player.skip();
        assertShows(player, "Your pace", "1");
        assertShown(player, Control.COUNT_REP);
        player.space();
        player.space();
        assertShows(player, "Your pace", "3");
        assertFalse(player.display().paused().get());
    }

    @Test
    void escEndsARunningSetAndLeavesAFinishedOne() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        advance(player, 5 + 10);
        player.escape();
        assertShows(player, "Ended, not every set done", "");
        assertTrue(player.display().done().get());
        assertEquals(List.of("Right leg: 0 of 2 sets done\u2002\u00b7\u2002held 10 s", "Left leg: 0 of 2 sets done"),
                player.display().cues());
        assertShown(player, Control.AGAIN, Control.FINISH);
        assertHidden(player, Control.PAUSE, Control.SKIP, Control.END, Control.HURT, Control.END_ROUTINE);
        assertEquals(List.of(SessionResult.Outcome.ENDED_EARLY), listener.outcomes);
        assertEquals(0.0, player.display().progress().get(), "no set done: the bar is empty");
        assertEquals(0, listener.left);

        player.escape();
        assertEquals(1, listener.left, "the second Esc leaves the session");
        assertEquals(0, listener.finished, "and never goes on to a next exercise");
    }

    @Test
    void inARoutineTheSecondEscEndsTheRoutineInsteadOfStartingTheNextExercise() {
        PlayerViewModel player = inRoutine(1, 3);
        advance(player, 5 + 30);
        player.escape();
        assertShows(player, "Ended, not every set done", "");
        assertShown(player, Control.FINISH, Control.END_ROUTINE);
        assertEquals("Next exercise", player.controls().finishText());
        assertEquals(0.25, player.display().progress().get(), 1e-9, "one set of four done");

        player.escape();
        assertEquals(1, listener.left);
        assertEquals(0, listener.finished);
    }

    @Test
    void theLastExerciseOfARoutineHasNoEndRoutineButton() {
        PlayerViewModel player = inRoutine(3, 3);
        player.end();
        assertShown(player, Control.FINISH);
        assertHidden(player, Control.END_ROUTINE);
        assertEquals("Finish", player.controls().finishText());
    }

    @Test
    void anExerciseWhoseLastSetWasSkippedIsNotDone() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        advance(player, 5 + 30 + 15 + 30 + 5 + 30 + 15);
        player.skip();
        assertTrue(player.display().done().get());
        assertShows(player, "Ended, not every set done", "");
        assertEquals(0.75, player.display().progress().get(), 1e-9);
        assertEquals(List.of(SessionResult.Outcome.COMPLETED), listener.outcomes, "the plan ran to its end");
    }

    @Test
    void theListenerHearsOfEverySetAndTheEnd() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        advance(player, 5 + 30 + 15 + 30);
        assertEquals(2, listener.setsEnded.size());
        assertEquals(List.of(new TrackRow("Right leg", 2, 2, false, "Right leg: 2 of 2 sets done"),
                new TrackRow("Left leg", 0, 2, true, "Left leg: 0 of 2 sets done")), player.display().tracks());

        advance(player, 5 + 30 + 15 + 30);
        assertEquals(4, listener.setsEnded.size());
        assertEquals(List.of(SessionResult.Outcome.COMPLETED), listener.outcomes);
        assertEquals(List.of(false), listener.hurt);
        assertShows(player, "Done", "");
        assertEquals(1.0, player.display().progress().get());
        assertEquals(4, sound.count(Tone.WORK_START));
        assertEquals(1, sound.count(Tone.SIDE_SWITCH));
        assertEquals(1, sound.count(Tone.FINISHED));
    }

    @Test
    void itHurtsStopsAndOffersTheEasierVersionTheArticleGives() {
        PlayerViewModel player = play("step-ups");
        advance(player, 5);
        player.hurt();
        assertShows(player, "Stop here", "");
        assertTrue(player.display().hurt().get());
        assertEquals(List.of(true), listener.hurt);
        assertShown(player, Control.EASIER, Control.FINISH);
        assertHidden(player, Control.AGAIN);
        assertEquals(0.0, player.display().progress().get(), "nothing was done: the bar is empty");
        assertEquals("This exercise causes knee pain, so leave it out for now.", player.display().cues().get(0));
        assertTrue(player.display().cues().get(1).startsWith("An easier version you could try instead: Lower step"),
                player.display().cues()::toString);

        player.easier();
        assertEquals(List.of("Lower step or foam pad"), listener.easier.stream().map(Variation::name).toList());
    }

    @Test
    void alternatingLegsShowTheLegOfEachRepAndTheListenerHearsEachLegsSet() {
        PlayerViewModel player = play("step-ups");   // 2 s up, 2 s down
        assertFalse(player.display().turnShown().get(), "no rep under way during the get-ready");
        advance(player, 5);
        assertEquals("Rep 1 of 10\u2002\u00b7\u2002right leg", player.display().turn().get());
        assertShows(player, "Step up", "1");
        assertTrue(player.display().turnShown().get());
        advance(player, 2);
        assertShows(player, "Step down", "1");
        advance(player, 2);
        assertEquals("Rep 1 of 10\u2002\u00b7\u2002left leg", player.display().turn().get());
        assertShows(player, "Step up", "1");
        advance(player, 4);
        assertEquals("Rep 2 of 10\u2002\u00b7\u2002right leg", player.display().turn().get());
        assertShows(player, "Step up", "2");
        assertEquals("of 10 reps on each leg", player.display().unit().get());
        assertEquals("Step up 2 s\u2002\u00b7\u2002step down 2 s", player.display().tempo().get());

        advance(player, 18 * 4);
        assertShows(player, "Rest", "30");
        assertFalse(player.display().turnShown().get());
        assertEquals(2, listener.setsEnded.size(), "the set is recorded on each leg");
        assertEquals(List.of(new TrackRow("Alternating legs", 1, 2, true, "Alternating legs: 1 of 2 sets done")),
                player.display().tracks());
        assertEquals(0, sound.count(Tone.SIDE_SWITCH), "no side switch");
    }

    @Test
    void itHurtsOffersNothingEasierWhereTheArticleHasNone() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        advance(player, 5 + 30);
        player.hurt();
        assertShows(player, "Stop here", "");
        assertHidden(player, Control.EASIER, Control.AGAIN);
        assertShown(player, Control.FINISH);
        assertEquals(0.25, player.display().progress().get(), 1e-9, "one set of four was done");
    }

    @Test
    void holdingLongerCountsPastTheTargetUntilTheHoldIsFinished() {
        PlayerViewModel player = play("seated-butterfly-stretch");
        advance(player, 5);
        player.holdLonger();
        advance(player, 75);
        assertShows(player, "Holding longer", "+15");
        assertEquals("past your 60 s target", player.display().unit().get());
        assertEquals("Finish hold", player.controls().skipText().get());
        assertShown(player, Control.HOLD_LONGER);
        assertFalse(player.controls().holdLongerUsable().get(), "already holding longer");
        player.skip();
        assertShows(player, "Rest", "15");
    }

    @Test
    void pacedRepsGoSlowerAndFaster() {
        PlayerViewModel player = play("bridge");
        advance(player, 5);
        assertShows(player, "Lift", "1");
        assertShown(player, Control.TEMPO);
        assertEquals("Lift 2 s\u2002\u00b7\u2002lower 2 s", player.display().tempo().get());
        player.slower();
        assertEquals("Lift 2.5 s\u2002\u00b7\u2002lower 2.5 s", player.display().tempo().get());
        player.faster();
        player.faster();
        assertEquals("Lift 1.5 s\u2002\u00b7\u2002lower 1.5 s", player.display().tempo().get());
    }

    @Test
    void muteSilencesTheCuesAndSaysSo() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        assertEquals("Sound on", player.sounds().muteText().get());
        player.sounds().toggleMute();
        assertTrue(sound.isMuted());
        assertTrue(player.sounds().muted().get());
        assertEquals("Sound off", player.sounds().muteText().get());
        advance(player, 5);
        assertEquals(0, sound.count(Tone.WORK_START));
    }

    @Test
    void doItAgainStartsTheExerciseOver() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        advance(player, 5 + 30);
        player.end();
        player.again();
        assertShows(player, "Get ready", "5");
        assertFalse(player.display().done().get());
        assertEquals(List.of(0, 0), player.display().tracks().stream().map(TrackRow::done).toList());
    }

    @Test
    void inARoutineTheLineSaysWhereAndSkippingGoesOnToTheNext() {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        RoutinePosition position = new RoutinePosition("Morning", 1, 2,
                Optional.of(new PlannedExercise(bridge, SessionChoice.lowest(bridge.dosage()), Optional.empty())));
        PlayerViewModel player = new PlayerViewModel(planned("supine-hamstring-stretch", null), Optional.of(position),
                TestServices.with(clock, sound), listener);
        assertEquals("Morning\u2002\u00b7\u2002exercise 1 of 2\u2002\u00b7\u2002Next exercise: Bridge",
                player.routineLine());
        assertTrue(player.routineLineShown());
        assertEquals("Next exercise", player.controls().finishText());
        assertShown(player, Control.SKIP_EXERCISE);

        player.skipExercise();
        assertEquals(List.of(SessionResult.Outcome.ENDED_EARLY), listener.outcomes);
        assertEquals(1, listener.finished);
    }

    @Test
    void aSessionTakenUpAgainStartsAtItsNextSetWithTheEarlierOnesDoneAndAgainStartsFromTheFirst() {
        List<SideResult> earlier = List.of(new SideResult(Side.LEFT, List.of(new SetResult(1, 30, 30, true))),
                new SideResult(Side.RIGHT, List.of()));
        PlayerViewModel player = new PlayerViewModel(planned("supine-hamstring-stretch", null), earlier,
                Optional.empty(), TestServices.with(clock, sound), listener);
        assertShows(player, "Get ready", "5");
        assertEquals("Left leg\u2002\u00b7\u2002set 2 of 2", player.display().where().get(),
                "the left leg was done first then, so it still is");
        assertEquals(List.of(1, 0), player.display().tracks().stream().map(TrackRow::done).toList());

        player.end();
        player.again();
        assertEquals("Left leg\u2002\u00b7\u2002set 1 of 2", player.display().where().get());
        assertEquals(List.of(0, 0), player.display().tracks().stream().map(TrackRow::done).toList());
    }

    @Test
    void theFiguresAreTheExercisesMirroredForTheOtherLeg() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        PlayerFigure figure = player.figure();
        assertEquals("supine-hamstring-stretch", figure.exercise().orElseThrow().id());
        assertFalse(figure.mirrored().get(), "drawn on the right leg, which goes first");
        advance(player, 5 + 30 + 15 + 30);
        assertEquals("Switch to the left leg", player.display().phase().get());
        assertTrue(figure.mirrored().get());
        advance(player, 5);
        assertTrue(figure.mirrored().get(), "the left leg's sets");
        player.end();
        assertTrue(player.display().done().get());
        assertFalse(figure.mirrored().get(), "at the end, as drawn");
    }

    @Test
    void figuresOfLegsTakingTurnsOrBothLegsAreNotMirrored() {
        PlayerViewModel alternating = play("seated-straight-leg-raise");
        advance(alternating, 5 + 5);
        assertEquals("Rep 1 of 10\u2002\u00b7\u2002left leg", alternating.display().turn().get());
        assertFalse(alternating.figure().mirrored().get(), "no picture turning round every rep");
        PlayerViewModel bridge = play("bridge");
        assertFalse(bridge.figure().mirrored().get());
        assertTrue(bridge.figure().exercise().isPresent());
    }

    @Test
    void aVariationShowsNoFiguresOfThePlainExercise() {
        Exercise exercise = CATALOG.exercise("step-ups").orElseThrow();
        Variation lower = exercise.regressions().get(0);
        PlayerViewModel player = new PlayerViewModel(new PlannedExercise(exercise,
                SessionChoice.lowest(exercise.dosage()), Optional.of(lower)), Optional.empty(),
                TestServices.with(clock, sound), listener);
        assertEquals(Optional.empty(), player.figure().exercise());
        player.figure().fitIn(800, 600);
        assertFalse(player.figure().shown().get());
    }

    @Test
    void theFiguresTakeTheRoomLeftAndAreLeftOutWhenItIsTooLittle() {
        PlayerFigure figure = play("bridge").figure();
        figure.fitIn(800, 420);
        assertTrue(figure.shown().get());
        assertEquals(420, figure.width().get());
        figure.fitIn(800, PlayerFigure.MIN_WIDTH - 1);
        assertFalse(figure.shown().get(), "too small to make out");
        figure.fitIn(PlayerFigure.MIN_HEIGHT - 1, 420);
        assertFalse(figure.shown().get(), "the number is already at its smaller size");
        figure.fitIn(PlayerFigure.MIN_HEIGHT, 420);
        assertTrue(figure.shown().get(), "back once there is room again");
    }

    @Test
    void onItsOwnAnExerciseHasNoRoutineLineAndFinishes() {
        PlayerViewModel player = play("supine-hamstring-stretch");
        assertFalse(player.routineLineShown());
        assertEquals("Supine hamstring stretch", player.title());
        assertEquals("Finish", player.controls().finishText());
        assertHidden(player, Control.SKIP_EXERCISE);
    }

    /** The supine hamstring stretch as exercise {@code number} of a routine of {@code total}. */
    private PlayerViewModel inRoutine(int number, int total) {
        Exercise bridge = CATALOG.exercise("bridge").orElseThrow();
        Optional<PlannedExercise> next = number < total
                ? Optional.of(new PlannedExercise(bridge, SessionChoice.lowest(bridge.dosage()), Optional.empty()))
                : Optional.empty();
        return new PlayerViewModel(planned("supine-hamstring-stretch", null),
                Optional.of(new RoutinePosition("Morning", number, total, next)), TestServices.with(clock, sound),
                listener);
    }

    /** The voice says the exercise and leg as it starts and "hold" at the hold; the setting picks voice, tones or both. */
    @Test
    void theVoiceSaysWhatHappensAndTheSettingChoosesItTheTonesOrBoth() throws Exception {
        AppServices services = TestServices.with(clock, sound);
        PlayerViewModel both = new PlayerViewModel(planned("supine-hamstring-stretch", null), Optional.empty(),
                services, listener);
        assertEquals(List.of(List.of(new VoiceCue.ExerciseStart("supine-hamstring-stretch", Side.RIGHT, false))),
                sound.said(), "by default the voice and the tones");
        for (int second = 1; second <= 5; second++) {
            advance(both, 1);
        }
        assertEquals(List.of(List.of(new VoiceCue.Countdown(3)), List.of(new VoiceCue.Countdown(2)),
                List.of(new VoiceCue.Countdown(1)), List.of(VoiceCue.Word.HOLD)),
                sound.said().subList(1, sound.said().size()), "the last three seconds of the get-ready, then hold");
        assertEquals(1, sound.count(Tone.WORK_START));

        services.userSettings().apply(services.userSettings().settings().withCues(SoundCues.VOICE));
        int saidBefore = sound.said().size();
        long countdowns = sound.count(Tone.COUNTDOWN);
        advance(both, 30);
        assertEquals(1, sound.count(Tone.WORK_START), "the voice alone: no tone at the rest");
        assertEquals(countdowns, sound.count(Tone.COUNTDOWN), "no countdown tones either");
        assertTrue(sound.said().size() > saidBefore, "the countdown and the rest are said");

        services.userSettings().apply(services.userSettings().settings().withCues(SoundCues.TONES));
        int said = sound.said().size();
        advance(both, 15);
        assertEquals(said, sound.said().size(), "tones only: the voice is quiet");
        assertEquals(2, sound.count(Tone.WORK_START), "the second hold's tone");
    }

    private PlayerViewModel play(String id) {
        return play(id, null);
    }

    private PlayerViewModel play(String id, RepStyle style) {
        return new PlayerViewModel(planned(id, style), Optional.empty(), TestServices.with(clock, sound), listener);
    }

    private static PlannedExercise planned(String id, RepStyle style) {
        Exercise exercise = CATALOG.exercise(id).orElseThrow();
        SessionChoice lowest = SessionChoice.lowest(exercise.dosage());
        return new PlannedExercise(exercise, style == null ? lowest : lowest.withRepStyle(style), Optional.empty());
    }

    private void advance(PlayerViewModel player, double seconds) {
        clock.advanceSeconds(seconds);
        player.tick();
    }

    private static void assertShows(PlayerViewModel player, String phase, String big) {
        assertEquals(phase, player.display().phase().get());
        assertEquals(big, player.display().big().get());
    }

    private static void assertShown(PlayerViewModel player, Control... controls) {
        assertControls(player, true, controls);
    }

    private static void assertHidden(PlayerViewModel player, Control... controls) {
        assertControls(player, false, controls);
    }

    private static void assertControls(PlayerViewModel player, boolean shown, Control... controls) {
        for (Control control : controls) {
            assertEquals(shown, player.controls().isShown(control), control + (shown ? " is shown" : " is hidden"));
        }
    }
}
