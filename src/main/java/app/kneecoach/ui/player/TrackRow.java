package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Messages;

/**
 * One side's row of set dots as the player shows it: the side, sets done of the total, whether it is the
 * side under way, and what a screen reader says of it.
 */
record TrackRow(String side, int done, int total, boolean current, String accessibleText) {

    static TrackRow of(PlayerScreen.SetTrack track, Messages text) {
        return new TrackRow(track.side(), track.done(), track.total(), track.current(),
                text.get("player.accessible.sets", track.side(), track.done(), track.total()));
    }
}
