package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Messages;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Which of the player's controls are offered at the moment, and the words on the buttons whose words change. */
final class PlayerControls {

    /** The player's controls: one per button, and the tempo box with its two buttons. */
    enum Control {
        PAUSE("pauseButton"), READY("readyButton"), COUNT_REP("countRepButton"), HOLD_LONGER("holdLongerButton"), SKIP("skipButton"),
        REDO("redoButton"), HURT("hurtButton"), SKIP_EXERCISE("skipExerciseButton"), EASIER("easierButton"),
        AGAIN("againButton"), FINISH("finishButton"), END("endButton"), END_ROUTINE("endRoutineButton"),
        TEMPO("tempoBox");

        private final String nodeId;

        Control(String nodeId) {
            this.nodeId = nodeId;
        }

        /** The fx:id of its node in PlayerView.fxml, so the view binds every control in one loop. */
        String nodeId() {
            return nodeId;
        }
    }

    private final Messages text;
    private final boolean inRoutine;
    private final boolean moreToCome;
    private final String finishText;
    private final boolean offersHoldLonger;
    private final boolean countsReps;
    private final boolean restsWait;
    private final Map<Control, ReadOnlyBooleanWrapper> shown = new EnumMap<>(Control.class);
    private final ReadOnlyBooleanWrapper holdLongerUsable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper countRepUsable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readyUsable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper spacePauses = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper pauseText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper skipText = new ReadOnlyStringWrapper();

    /**
     * @param offersHoldLonger whether the exercise's holds may go past their target ("30+ s")
     * @param countsReps       whether the person counts the reps themselves
     * @param restsWait        whether the exercise has rests that wait for "I'm ready"
     */
    PlayerControls(Messages text, Optional<RoutinePosition> position, boolean offersHoldLonger, boolean countsReps,
                   boolean restsWait) {
        this.text = text;
        this.offersHoldLonger = offersHoldLonger;
        this.countsReps = countsReps;
        this.restsWait = restsWait;
        this.inRoutine = position.isPresent();
        // Before a routine's last exercise, Finish goes on to the next one, and the routine can be ended there.
        this.moreToCome = position.filter(p -> !p.isLast()).isPresent();
        this.finishText = text.get(moreToCome ? "player.nextExercise" : "player.finish");
        for (Control control : Control.values()) {
            shown.put(control, new ReadOnlyBooleanWrapper());
        }
    }

    void show(PlayerScreen screen) {
        PlayerScreen.Controls now = screen.controls();
        boolean running = !screen.done();
        show(running, Control.PAUSE, Control.SKIP, Control.REDO, Control.END, Control.HURT);
        show(running && inRoutine, Control.SKIP_EXERCISE);
        // Shown for the whole exercise and usable only while they apply, so the buttons after them (It hurts
        // among them) stay where the hand found them when a hold or a set begins.
        show(running && countsReps, Control.COUNT_REP);
        show(running && offersHoldLonger, Control.HOLD_LONGER);
        show(running && restsWait, Control.READY);
        countRepUsable.set(now.countRep());
        readyUsable.set(now.ready());
        spacePauses.set(running && !now.countRep() && !now.ready());
        holdLongerUsable.set(now.holdLonger());
        show(now.tempo(), Control.TEMPO);
        show(now.easier(), Control.EASIER);
        show(screen.done(), Control.FINISH);
        show(now.again(), Control.AGAIN);
        show(screen.done() && moreToCome, Control.END_ROUTINE);
        pauseText.set(text.get(screen.paused() ? "player.resume" : "player.pause"));
        skipText.set(text.get(now.finishHold() ? "player.finishHold" : "player.skip"));
    }

    ReadOnlyBooleanProperty shown(Control control) {
        return shown.get(control).getReadOnlyProperty();
    }

    /** Whether "Hold longer" can be pressed now: during a hold, not before it. */
    ReadOnlyBooleanProperty holdLongerUsable() {
        return holdLongerUsable.getReadOnlyProperty();
    }

    /** Whether "I'm ready" can be pressed now: in a rest that waits for it. */
    ReadOnlyBooleanProperty readyUsable() {
        return readyUsable.getReadOnlyProperty();
    }

    /** Whether Space pauses now, so only the button it presses shows "Space": not while it counts a rep or ends a rest. */
    ReadOnlyBooleanProperty spacePauses() {
        return spacePauses.getReadOnlyProperty();
    }

    /** Whether a rep can be counted now: during a set, not in the get-ready or a rest. */
    ReadOnlyBooleanProperty countRepUsable() {
        return countRepUsable.getReadOnlyProperty();
    }

    boolean isShown(Control control) {
        return shown.get(control).get();
    }

    /** "Pause" or "Resume". */
    ReadOnlyStringProperty pauseText() {
        return pauseText.getReadOnlyProperty();
    }

    /** "Skip", or "Finish hold" while holding longer. */
    ReadOnlyStringProperty skipText() {
        return skipText.getReadOnlyProperty();
    }

    /** "Finish", or "Next exercise" in a routine with more to come. */
    String finishText() {
        return finishText;
    }

    private void show(boolean show, Control... controls) {
        for (Control control : controls) {
            shown.get(control).set(show);
        }
    }
}
