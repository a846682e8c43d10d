package app.kneecoach.sound;

import app.kneecoach.session.Side;
import java.util.List;
import java.util.Locale;

/**
 * The clips that speak each cue, in the order they are played. A clip id names a file in the voice folder
 * ({@code <id>.wav}); the ids of fixed words are the phrase list's ({@code voice/phrases.tsv}), exercise names are
 * {@code exercise.<id>} and counts {@code count.<n>}, as {@code tools/voice/render_clips.py} renders them.
 */
public final class VoiceScript {
    private VoiceScript() {
    }

    public static List<String> clipsFor(VoiceCue cue) {
        if (cue instanceof VoiceCue.ExerciseStart start) {
            String name = exercise(start.exerciseId());
            return start.side() == Side.BOTH ? List.of(name)
                    : List.of(name, (start.legsAlternate() ? "start." : "side.") + leg(start.side()));
        }
        if (cue instanceof VoiceCue.SwitchSide change) {
            return List.of("switch." + leg(change.to()));
        }
        if (cue instanceof VoiceCue.Countdown countdown) {
            return List.of(count(countdown.secondsLeft()));
        }
        if (cue instanceof VoiceCue.Rep rep) {
            return List.of(count(rep.count()));
        }
        if (cue instanceof VoiceCue.Leg turn) {
            return List.of("leg." + leg(turn.side()));
        }
        if (cue instanceof VoiceCue.Next next) {
            return List.of("next", exercise(next.exerciseId()));
        }
        return List.of(((VoiceCue.Word) cue).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String exercise(String exerciseId) {
        return "exercise." + exerciseId;
    }

    static String count(int n) {
        return "count." + n;
    }

    private static String leg(Side side) {
        if (side == Side.BOTH) {
            throw new IllegalArgumentException("a cue for one leg needs RIGHT or LEFT");
        }
        return side.name().toLowerCase(Locale.ROOT);
    }
}
