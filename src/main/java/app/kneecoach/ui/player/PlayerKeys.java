package app.kneecoach.ui.player;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The player's keys: Space pauses or resumes (or counts a rep in self-paced work), Right or N skips,
 * R redoes the set, H holds longer, minus and plus slow or speed paced reps, M mutes, Esc ends. They work
 * whatever has focus, so a user on the floor can hit the big keys without aiming.
 */
final class PlayerKeys implements EventHandler<KeyEvent> {
    private final PlayerViewModel player;

    PlayerKeys(PlayerViewModel player) {
        this.player = player;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        // Space while the next exercise is about to start by itself stops that, and goes to no button.
        boolean finished = player.isFinished() && !player.advance().counting();
        boolean handled = true;
        switch (event.getCode()) {
            case SPACE -> player.space();
            case RIGHT, N -> player.skip();
            case R -> player.redo();
            case H -> player.holdLonger();
            case MINUS, SUBTRACT -> player.slower();
            case PLUS, ADD, EQUALS -> player.faster();
            case M -> player.sounds().toggleMute();
            case ESCAPE -> player.escape();
            default -> handled = false;
        }
        // Once finished, Space and Enter go to the focused button (Back or Do it again) as usual.
        if (handled && !(finished && event.getCode() == KeyCode.SPACE)) {
            event.consume();
        }
    }
}
