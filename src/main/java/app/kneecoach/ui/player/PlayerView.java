package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.FigurePairView;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.player.PlayerControls.Control;

import app.kneecoach.catalog.Exercise;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The guided session's screen (PlayerView.fxml), bound to a {@link PlayerViewModel}. The frame timer that
 * ticks the view model lives here, as it is a timer of the scene graph; keys go through {@link PlayerKeys}.
 * Built in code, because how many there are depends on the plan and the phase: the cue bullets, and the set
 * dots ({@link SetTrackRows}); and the exercise's figures ({@link FigurePairView}), drawn again when mirrored.
 */
final class PlayerView {
    private final PlayerViewModel viewModel;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.tick();
        }
    };

    @FXML
    private BorderPane root;
    @FXML
    private HBox routineBar;
    @FXML
    private Label routineLine;
    @FXML
    private Label title;
    @FXML
    private Label where;
    @FXML
    private VBox tracks;
    @FXML
    private Label phase;
    @FXML
    private Label turn;
    @FXML
    private Label big;
    @FXML
    private Label unit;
    @FXML
    private Label tempo;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label pausedNote;
    @FXML
    private Label advanceNote;
    @FXML
    private VBox side;
    @FXML
    private VBox figure;
    @FXML
    private VBox cues;
    @FXML
    private Label next;
    @FXML
    private Button pauseButton;
    @FXML
    private Label pauseKeyHint;
    @FXML
    private Button skipButton;
    @FXML
    private Button holdLongerButton;
    @FXML
    private Button countRepButton;
    @FXML
    private Button readyButton;
    @FXML
    private ToggleButton muteButton;
    @FXML
    private Button finishButton;

    PlayerView(PlayerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        routineLine.setText(viewModel.routineLine());
        Shown.showIf(viewModel.routineLineShown(), routineBar);
        PlayerDisplay shown = viewModel.display();
        phase.textProperty().bind(shown.phase());
        where.textProperty().bind(shown.where());
        turn.textProperty().bind(shown.turn());
        Shown.when(shown.turnShown(), turn);
        big.textProperty().bind(shown.big());
        unit.textProperty().bind(shown.unit());
        progress.progressProperty().bind(shown.progress());
        next.textProperty().bind(shown.next());
        tempo.textProperty().bind(shown.tempo());
        pausedNote.visibleProperty().bind(shown.paused());
        advanceNote.textProperty().bind(viewModel.advance().note());
        Shown.when(viewModel.advance().note().isNotEmpty(), advanceNote);
        viewModel.advance().note().addListener((obs, old, now) -> {
            if (now.isEmpty() && shown.done().get()) {
                frames.stop();
            }
        });
        state(PlayerStyles.PAUSED, shown.paused());
        state(PlayerStyles.DONE, shown.done());
        state(PlayerStyles.HURT, shown.hurt());
        root.heightProperty().addListener((obs, old, height) ->
                root.pseudoClassStateChanged(PlayerStyles.COMPACT, height.doubleValue() < PlayerStyles.COMPACT_BELOW));
        bindFigure(viewModel.figure());
        shown.cues().addListener(this::showCues);
        showCues(shown.cues());
        SetTrackRows.follow(tracks, shown.tracks());
        bindControls(viewModel.controls());
        muteButton.textProperty().bind(viewModel.sounds().muteText());
        // Not bound: a toggle button flips its own state when clicked, and the view model then follows.
        viewModel.sounds().muted().addListener((obs, old, muted) -> muteButton.setSelected(muted));
        muteButton.setSelected(viewModel.sounds().muted().get());
        root.addEventFilter(KeyEvent.KEY_PRESSED, new PlayerKeys(viewModel));
        shown.done().addListener((obs, old, done) -> doneChanged(done));
        doneChanged(shown.done().get());
        // Focus the player itself, so Space works at once and no button is pressed by accident.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(root::requestFocus);
            }
        });
    }

    private void bindFigure(PlayerFigure figures) {
        figures.exercise().ifPresent(exercise -> {
            showFigure(exercise, figures.mirrored().get());
            figures.mirrored().addListener((obs, old, mirrored) -> showFigure(exercise, mirrored));
        });
        Shown.when(figures.shown(), figure);
        FigureFit.follow(root, side, figure, figures);
    }

    private void showFigure(Exercise exercise, boolean mirrored) {
        figure.getChildren().setAll(FigurePairView.of(Messages.DEFAULT, exercise, mirrored).stream().toList());
    }

    private void bindControls(PlayerControls controls) {
        pauseButton.textProperty().bind(controls.pauseText());
        skipButton.textProperty().bind(controls.skipText());
        finishButton.setText(controls.finishText());
        for (Control control : Control.values()) {
            Shown.when(controls.shown(control), root.lookup("#" + control.nodeId()));
        }
        holdLongerButton.disableProperty().bind(controls.holdLongerUsable().not());
        countRepButton.disableProperty().bind(controls.countRepUsable().not());
        readyButton.disableProperty().bind(controls.readyUsable().not());
        // Hidden, not removed, so the button keeps its size while Space means another button.
        pauseKeyHint.visibleProperty().bind(controls.spacePauses());
    }

    /**
     * The frames run while the exercise does, and at its end while the next exercise of a routine is about to
     * start by itself; at its end the finish button takes the focus.
     */
    private void doneChanged(boolean done) {
        if (done) {
            if (!viewModel.advance().counting()) {
                frames.stop();
            }
            finishButton.requestFocus();
        } else {
            frames.start();
        }
    }

    private void state(PseudoClass state, ObservableBooleanValue on) {
        on.addListener((obs, old, now) -> root.pseudoClassStateChanged(state, now));
        root.pseudoClassStateChanged(state, on.get());
    }

    private void showCues(Observable changed) {
        cues.getChildren().setAll(Blocks.bullets(viewModel.display().cues()));
    }

    @FXML
    private void togglePause() {
        viewModel.togglePause();
    }

    @FXML
    private void ready() {
        viewModel.ready();
    }

    @FXML
    private void countRep() {
        viewModel.countRep();
    }

    @FXML
    private void holdLonger() {
        viewModel.holdLonger();
    }

    @FXML
    private void slower() {
        viewModel.slower();
    }

    @FXML
    private void faster() {
        viewModel.faster();
    }

    @FXML
    private void skip() {
        viewModel.skip();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void toggleMute() {
        viewModel.sounds().toggleMute();
    }

    @FXML
    private void end() {
        viewModel.end();
    }

    @FXML
    private void hurt() {
        viewModel.hurt();
    }

    @FXML
    private void easier() {
        viewModel.easier();
    }

    @FXML
    private void skipExercise() {
        viewModel.skipExercise();
    }

    @FXML
    private void again() {
        viewModel.again();
        root.requestFocus();
    }

    @FXML
    private void finish() {
        viewModel.finish();
    }

    @FXML
    private void leave() {
        viewModel.leave();
    }
}
