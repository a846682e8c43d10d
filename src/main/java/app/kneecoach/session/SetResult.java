package app.kneecoach.session;

import java.util.OptionalInt;

/**
 * One set as it was done.
 *
 * @param achieved whole seconds held, or reps done (a hold held longer counts its extra seconds)
 * @param complete    whether the set reached its target
 * @param restSeconds the rest taken after the set, in whole seconds; empty where none followed (yet), and in
 *                    records kept before rests were recorded
 */
public record SetResult(int set, int target, int achieved, boolean complete, OptionalInt restSeconds) {

    /** A set with no rest after it (yet). */
    public SetResult(int set, int target, int achieved, boolean complete) {
        this(set, target, achieved, complete, OptionalInt.empty());
    }

    public SetResult withRest(int seconds) {
        return new SetResult(set, target, achieved, complete, OptionalInt.of(seconds));
    }
}
