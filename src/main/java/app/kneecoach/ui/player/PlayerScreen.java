package app.kneecoach.ui.player;

import java.util.List;

/**
 * What the player shows at one moment, as text, worked out from the engine's snapshot.
 *
 * @param phase     the phase in words ("Hold", "Rest", "Switch to the left leg"...)
 * @param where     side and set ("Right leg · set 1 of 2"); empty when done
 * @param turn      where the legs alternate, the rep under way and its leg ("Rep 3 of 10 · left leg"); else empty
 * @param big       the huge number: seconds left, seconds past the target, or the rep under way (on its leg)
 * @param unit      what the big number counts
 * @param progress  0 to 1 through the current phase; at the end, the share of the planned sets done
 * @param cues      the exercise's words for this phase
 * @param next      what comes next; empty at the end
 * @param tempo     the pace of paced reps ("Lift 2 s · lower 2 s"); empty otherwise
 * @param tracks    sets done per side
 * @param controls  which controls apply now
 * @param hurt      ended with "It hurts"
 */
record PlayerScreen(String phase, String where, String turn, String big, String unit, double progress,
                    List<String> cues, String next, String tempo, List<SetTrack> tracks, Controls controls,
                    boolean paused, boolean done, boolean hurt) {

    /** One side's set tracker: a dot per set, filled when done; {@code current} marks the side under way. */
    record SetTrack(String side, int done, int total, boolean current) {
    }

    /** The controls that make sense in this phase. */
    record Controls(boolean countRep, boolean holdLonger, boolean finishHold, boolean tempo, boolean easier,
                    boolean again, boolean ready) {
    }
}
