package app.kneecoach.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A session's line in the History view. */
class HistoryTextTest {
    private static final SessionChoice TWO_HOLDS = new SessionChoice(DosageMode.HOLD, 30, 2, 0, RepStyle.PACED,
            Tempo.DEFAULT);
    private static final List<SetResult> ONE_OF_TWO = List.of(new SetResult(1, 30, 30, true));
    private static final List<SetResult> TWO_OF_TWO = List.of(new SetResult(1, 30, 30, true),
            new SetResult(2, 30, 30, true));
    private static final Instant AT = Instant.parse("2026-11-24T07:00:00Z");
    private final HistoryText words = new HistoryText(Messages.DEFAULT, ZoneOffset.UTC);

    @Test
    void anExerciseSaysHowItEndedThenTheSetsOnEachLeg() {
        assertEquals("Inner thigh stretch: completed, right leg 2 of 2 sets, left leg 2 of 2 sets",
                words.exercise(stretch(TWO_OF_TWO, TWO_OF_TWO, ExerciseOutcome.COMPLETED)));
        assertEquals("Inner thigh stretch: not every set done, right leg 2 of 2 sets, left leg 1 of 2 sets",
                words.exercise(stretch(TWO_OF_TWO, ONE_OF_TWO, ExerciseOutcome.ENDED_EARLY)));
        assertEquals("Inner thigh stretch: stopped: it hurt, right leg 1 of 2 sets, left leg 0 of 2 sets",
                words.exercise(stretch(ONE_OF_TWO, List.of(), ExerciseOutcome.HURT)));
        assertEquals("Inner thigh stretch: skipped", words.exercise(stretch(List.of(), List.of(),
                ExerciseOutcome.SKIPPED)));
    }

    @Test
    void theRestsTakenAfterTheSetsFollowTheirLeg() {
        List<SetResult> rested = List.of(new SetResult(1, 30, 30, true).withRest(65), new SetResult(2, 30, 30, true));
        assertEquals("Inner thigh stretch: completed, right leg 2 of 2 sets (rested 1:05), left leg 2 of 2 sets",
                words.exercise(stretch(rested, TWO_OF_TWO, ExerciseOutcome.COMPLETED)));
    }

    /** Earlier versions saved "completed" once the last phase was skipped through, "0 of 2 sets … done". */
    @Test
    void anExerciseSavedAsCompletedWithASetMissingReadsEndedEarlyAndSoDoesItsSession() {
        ExerciseRecord shortOfASet = stretch(TWO_OF_TWO, ONE_OF_TWO, ExerciseOutcome.COMPLETED);
        assertEquals("Inner thigh stretch: not every set done, right leg 2 of 2 sets, left leg 1 of 2 sets",
                words.exercise(shortOfASet));
        SessionRecord session = new SessionRecord("s", AT, AT.plusSeconds(300), Optional.empty(),
                List.of(shortOfASet), OptionalInt.of(3), Optional.empty(), OptionalInt.of(2), Optional.empty(),
                SessionStatus.COMPLETED);
        assertTrue(words.session(session).endsWith("ended early"), words.session(session));
        assertTrue(words.session(session.withExercises(List.of(stretch(TWO_OF_TWO, TWO_OF_TWO,
                ExerciseOutcome.COMPLETED)))).endsWith("completed"));
    }

    private static ExerciseRecord stretch(List<SetResult> right, List<SetResult> left, ExerciseOutcome outcome) {
        return new ExerciseRecord("inner-thigh-stretch", "Inner thigh stretch", TWO_HOLDS, Optional.empty(),
                List.of(new SideResult(Side.RIGHT, right), new SideResult(Side.LEFT, left)), outcome);
    }

    @Test
    void theNotesBeforeAndAfterAreLabelledSoTheyDoNotRunTogether() {
        Instant at = Instant.parse("2026-11-24T07:00:00Z");
        SessionRecord session = new SessionRecord("n", at, at.plusSeconds(600), Optional.empty(), List.of(),
                OptionalInt.of(4), Optional.of("stiff"), OptionalInt.of(2), Optional.of("better"),
                SessionStatus.COMPLETED);
        String line = words.session(session);
        assertTrue(line.startsWith(Formats.DEFAULT.time(at, ZoneOffset.UTC)), line);
        String separator = Messages.DEFAULT.get("dosage.separator");
        assertTrue(line.endsWith("before: \u201cstiff\u201d" + separator + "after: \u201cbetter\u201d"), line);
    }
}
