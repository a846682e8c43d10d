package app.kneecoach.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.session.SessionEvent.CountdownTick;
import app.kneecoach.session.SessionEvent.PhaseStarted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exactly when the countdown cues of the last three seconds fire: each one on the nanosecond its second
 * begins, never on a phase's first instant (the phase start has its own cue), and not at all while a hold
 * is held longer or the clock is paused.
 */
class CountdownTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachTickFiresOnTheNanosecondItsSecondBeginsAndNotBefore() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);   // a 5 s get-ready, then a 30 s hold
        for (int left = 3; left >= 1; left--) {
            long due = 5 * SECOND - left * SECOND;
            assertEquals(List.of(), run.atNanos(due - 1), left + " s left, one nanosecond early");
            assertEquals(List.of(new CountdownTick(left)), run.atNanos(due), left + " s left");
            assertEquals(List.of(), run.atNanos(due + SECOND / 2), "once only");
        }
        assertEquals(List.of(), run.atNanos(5 * SECOND - 1), "nothing for 0 s left");
        assertEquals(List.of(new PhaseStarted(Step.timed(PhaseKind.WORK, Side.RIGHT, 1, Duration.ofSeconds(30)))),
                run.atNanos(5 * SECOND), "the next phase starts instead");

        long holdStart = 5 * SECOND;
        assertEquals(List.of(), run.atNanos(holdStart + 27 * SECOND - 1));
        assertEquals(List.of(new CountdownTick(3)), run.atNanos(holdStart + 27 * SECOND));
        assertEquals(List.of(), run.atNanos(holdStart + 28 * SECOND - 1));
        assertEquals(List.of(new CountdownTick(2)), run.atNanos(holdStart + 28 * SECOND));
        assertEquals(List.of(), run.atNanos(holdStart + 29 * SECOND - 1));
        assertEquals(List.of(new CountdownTick(1)), run.atNanos(holdStart + 29 * SECOND));
    }

    static Stream<Arguments> shortPhases() {
        return Stream.of(
                Arguments.of(1, Map.of()),
                Arguments.of(2, Map.of(1, 1)),
                Arguments.of(3, Map.of(1, 2, 2, 1)),
                Arguments.of(4, Map.of(1, 3, 2, 2, 3, 1)),
                Arguments.of(6, Map.of(3, 3, 4, 2, 5, 1)));
    }

    /**
     * A get-ready of a few seconds (the settings allow 1 to 60) counts down the seconds it has after its
     * first: a tick would add nothing on the instant the phase itself begins.
     */
    @ParameterizedTest(name = "{0} s get-ready")
    @MethodSource("shortPhases")
    void aShortPhaseCountsDownTheSecondsItHasAfterItsFirst(int seconds, Map<Integer, Integer> tickAtSecond) {
        SessionSettings settings = new SessionSettings(Duration.ofSeconds(seconds), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Side.RIGHT);
        EngineRun run = new EngineRun(TestExercises.HOLD_EXACT, SessionChoice.lowest(TestExercises.HOLD_EXACT.dosage()),
                settings);
        assertEquals(List.of(), run.all(CountdownTick.class), "no tick as the phase begins");
        for (int s = 1; s < seconds; s++) {
            assertEquals(List.of(), run.atNanos(s * SECOND - 1), "just before second " + s);
            List<CountdownTick> expected = tickAtSecond.containsKey(s)
                    ? List.of(new CountdownTick(tickAtSecond.get(s))) : List.of();
            assertEquals(expected, run.atNanos(s * SECOND), "at second " + s);
        }
        run.atNanos(seconds * SECOND - 1);
        assertEquals(PhaseKind.GET_READY, run.now().step().kind());
        assertEquals(tickAtSecond.size(), run.all(CountdownTick.class).size());
    }

    @Test
    void shortRestsAndSideSwitchesCountDownTooInOneLateUpdate() {
        SessionSettings settings = new SessionSettings(Duration.ofSeconds(3), Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(3), Side.RIGHT);
        EngineRun run = new EngineRun(TestExercises.HOLD_EACH, SessionChoice.lowest(TestExercises.HOLD_EACH.dosage()),
                settings);
        run.at(1000);

        List<Object> cues = new ArrayList<>();
        for (SessionEvent e : run.events) {
            if (e instanceof PhaseStarted p) {
                cues.add(p.step().kind());
            } else if (e instanceof CountdownTick t) {
                cues.add(t.secondsLeft());
            }
        }
        assertEquals(List.of(
                PhaseKind.GET_READY, 2, 1,
                PhaseKind.WORK, 3, 2, 1,
                PhaseKind.REST, 1,
                PhaseKind.WORK, 3, 2, 1,
                PhaseKind.SWITCH_SIDE, 2, 1,
                PhaseKind.WORK, 3, 2, 1,
                PhaseKind.REST, 1,
                PhaseKind.WORK, 3, 2, 1), cues);
    }

    @Test
    void pausedTimeMovesTheTicksLaterByExactlyThePause() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(1.5);
        run.engine.pause();
        assertEquals(List.of(), run.at(100), "no tick while paused, however long");
        run.engine.resume();
        long resumedAt = 100 * SECOND;
        assertEquals(List.of(), run.atNanos(resumedAt + SECOND / 2 - 1));
        assertEquals(List.of(new CountdownTick(3)), run.atNanos(resumedAt + SECOND / 2), "2 s of active time");
        assertEquals(List.of(), run.atNanos(resumedAt + 3 * SECOND / 2 - 1));
        assertEquals(List.of(new CountdownTick(2)), run.atNanos(resumedAt + 3 * SECOND / 2));
    }

    @Test
    void aHoldHeldLongerStopsCountingDownEvenAfterItsFirstTick() {
        EngineRun before = EngineRun.lowest(TestExercises.HOLD_EACH);
        before.at(5 + 10);
        before.engine.holdLonger();
        assertEquals(List.of(), before.at(5 + 60), "no tick once the hold goes on past its target");
        assertEquals(PhaseKind.WORK, before.now().step().kind());

        EngineRun during = EngineRun.lowest(TestExercises.HOLD_EACH);
        assertEquals(List.of(new CountdownTick(3), new CountdownTick(2), new CountdownTick(1),
                new PhaseStarted(Step.timed(PhaseKind.WORK, Side.RIGHT, 1, Duration.ofSeconds(30))),
                new CountdownTick(3)), during.at(5 + 27.5));
        during.engine.holdLonger();
        assertEquals(List.of(), during.at(5 + 60), "2 and 1 never come");
    }

    @Test
    void redoingTheGetReadyCountsDownAgainFromItsNewStart() {
        EngineRun run = EngineRun.lowest(TestExercises.HOLD_EACH);
        run.at(4.5);
        assertEquals(3, run.all(CountdownTick.class).size());
        run.engine.redoSet();
        run.update();
        assertEquals(List.of(), run.at(4.5 + 2 - 0.001));
        assertEquals(List.of(new CountdownTick(3)), run.at(4.5 + 2));
        assertEquals(List.of(new CountdownTick(2), new CountdownTick(1)), run.at(4.5 + 4));
    }

    @Test
    void repWorkHasNoCountdown() {
        EngineRun run = new EngineRun(TestExercises.BRIDGE, SessionChoice.lowest(TestExercises.BRIDGE.dosage()));
        run.at(5);
        int getReadyTicks = run.all(CountdownTick.class).size();
        run.at(5 + 59.999);
        assertEquals(PhaseKind.WORK, run.now().step().kind(), "10 reps of 2 + 2 + 2 s");
        assertEquals(3, getReadyTicks);
        assertEquals(3, run.all(CountdownTick.class).size(), "the set ends with the reps, not a clock");
        assertEquals(Optional.of(RepStage.LOWER), run.now().repStage());
    }
}
