package app.kneecoach.session;

/**
 * One set as it was done.
 *
 * @param achieved whole seconds held, or reps done (a hold held longer counts its extra seconds)
 * @param complete whether the set reached its target
 */
public record SetResult(int set, int target, int achieved, boolean complete) {
}
