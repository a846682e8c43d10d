package app.kneecoach.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.Sides;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Side;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every cue the engine can lead to, for every exercise in the catalog, has its recorded clips. */
class VoiceCoverageTest {
    private final VoiceClips voice = VoiceClips.bundled();

    @Test
    void everyCueOfEveryExerciseAtItsLowestAndHighestDoseOnEitherLegHasItsClips() {
        Set<VoiceCue> cues = new LinkedHashSet<>();
        for (Exercise exercise : CueRun.catalog()) {
            for (SessionChoice choice : extremes(exercise)) {
                for (Side first : List.of(Side.RIGHT, Side.LEFT)) {
                    CueRun run = new CueRun(exercise, choice, settings(first), Optional.of(exercise.id())).toTheEnd();
                    cues.addAll(run.allCues());
                }
            }
        }
        for (VoiceCue cue : cues) {
            assertClips(cue);
        }
        int highestRep = CueRun.catalog().stream().mapToInt(e -> e.dosage().reps().map(Range::max).orElse(0)).max()
                .orElseThrow();
        IntStream.rangeClosed(1, highestRep).forEach(n -> assertTrue(cues.contains(new VoiceCue.Rep(n)), "count " + n));
        IntStream.rangeClosed(1, 3).forEach(n -> assertTrue(cues.contains(new VoiceCue.Countdown(n)), "countdown " + n));
        assertTrue(cues.containsAll(List.of(VoiceCue.Word.values())), "every fixed word is said somewhere: " + cues);
    }

    @Test
    void everyExerciseCanBeAnnouncedAsTheNextOneAndOnEitherLeg() {
        for (Exercise exercise : CueRun.catalog()) {
            assertClips(new VoiceCue.Next(exercise.id()));
            boolean alternate = exercise.dosage().sides() == Sides.ALTERNATING;
            for (Side side : Side.values()) {
                assertClips(new VoiceCue.ExerciseStart(exercise.id(), side, alternate));
            }
        }
    }

    private void assertClips(VoiceCue cue) {
        List<String> ids = VoiceScript.clipsFor(cue);
        assertEquals(ids.size(), voice.pcmFor(cue).size(), cue + " needs " + ids);
    }

    /** The lowest dose, and the highest (reps, sets, top hold), paced and counted by the person. */
    private static List<SessionChoice> extremes(Exercise exercise) {
        SessionChoice lowest = SessionChoice.lowest(exercise.dosage());
        SessionChoice highest = lowest.withTarget(exercise.dosage().work().max())
                .withSets(exercise.dosage().sets().max())
                .withTopHoldSeconds(exercise.dosage().topHoldSeconds().map(Range::max).orElse(0));
        return List.of(lowest, highest, lowest.withRepStyle(RepStyle.SELF_PACED), highest.withRepStyle(RepStyle.SELF_PACED));
    }

    private static SessionSettings settings(Side first) {
        return new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
                Duration.ofSeconds(5), first);
    }
}
