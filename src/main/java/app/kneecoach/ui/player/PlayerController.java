package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Variation;
import app.kneecoach.session.SessionEngine;
import app.kneecoach.session.SessionEvent;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.sound.SessionSounds;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guided session: binds the engine's state to the view once a frame, plays the cue tones, and maps
 * keys and buttons to the engine's controls.
 */
final class PlayerController {
    private final SessionPlan plan;
    private final Optional<Variation> variation;
    private final Optional<RoutinePosition> position;
    private final AppServices services;
    private final PlayerListener listener;
    private final Messages text = Messages.DEFAULT;
    private final PlayerPresenter presenter;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh();
        }
    };
    private SessionEngine engine;
    private PlayerScreen shown;
    private boolean hurt;

    @FXML
    private BorderPane root;
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
    private Label big;
    @FXML
    private Label unit;
    @FXML
    private VBox tempoBox;
    @FXML
    private Label tempo;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label pausedNote;
    @FXML
    private VBox cues;
    @FXML
    private Label next;
    @FXML
    private Button pauseButton;
    @FXML
    private Button countRepButton;
    @FXML
    private Button holdLongerButton;
    @FXML
    private Button skipButton;
    @FXML
    private Button redoButton;
    @FXML
    private ToggleButton muteButton;
    @FXML
    private Button againButton;
    @FXML
    private Button finishButton;
    @FXML
    private Button hurtButton;
    @FXML
    private Button easierButton;
    @FXML
    private Button skipExerciseButton;
    @FXML
    private Button endButton;

    PlayerController(SessionPlan plan, Optional<Variation> variation, Optional<RoutinePosition> position,
                     AppServices services, PlayerListener listener) {
        this.plan = plan;
        this.variation = variation;
        this.position = position;
        this.services = services;
        this.listener = listener;
        this.presenter = new PlayerPresenter(text, plan);
    }

    @FXML
    private void initialize() {
        title.setText(new PlannedExercise(plan.exercise(), plan.choice(), variation).title(text));
        position.ifPresent(p -> {
            String next = p.nextExercise().map(name -> text.get("player.routineNext", name))
                    .orElse(text.get("player.routineLast"));
            routineLine.setText(text.get("player.routine", p.routineName(), p.number(), p.total())
                    + text.get("dosage.separator") + next);
            Shown.showIf(true, routineLine);
        });
        finishButton.setText(text.get(position.filter(p -> !p.isLast()).isPresent()
                ? "player.nextExercise" : "player.finish"));
        root.heightProperty().addListener((obs, old, height) ->
                root.pseudoClassStateChanged(PlayerStyles.COMPACT, height.doubleValue() < PlayerStyles.COMPACT_BELOW));
        root.addEventFilter(KeyEvent.KEY_PRESSED, new PlayerKeys(this));
        muteButton.setSelected(services.sound().isMuted());
        showMute();
        begin();
        // Focus the player itself, so Space works at once and no button is pressed by accident.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(root::requestFocus);
            }
        });
    }

    /** Catches the engine up with the clock and shows the result; called every frame. */
    void refresh() {
        List<SessionEvent> events = engine.update();
        for (SessionEvent event : events) {
            SessionSounds.toneFor(event).ifPresent(services.sound()::play);
            if (event instanceof SessionEvent.SetEnded set) {
                listener.setEnded(set.soFar());
            } else if (event instanceof SessionEvent.Finished finished) {
                listener.exerciseEnded(finished.result(), hurt);
            }
        }
        render(presenter.present(engine, hurt));
        if (engine.isFinished()) {
            frames.stop();
        }
    }

    @FXML
    void togglePause() {
        engine.togglePause();
        refresh();
    }

    /** Pauses a running set, e.g. while the window asks whether to close: nobody is watching the countdown. */
    void pauseIfRunning() {
        if (shown != null && !shown.paused() && !shown.done()) {
            togglePause();
        }
    }

    @FXML
    void countRep() {
        engine.countRep();
        refresh();
    }

    @FXML
    void holdLonger() {
        engine.holdLonger();
        refresh();
    }

    @FXML
    void slower() {
        engine.setTempo(engine.tempo().slower());
        refresh();
    }

    @FXML
    void faster() {
        engine.setTempo(engine.tempo().faster());
        refresh();
    }

    @FXML
    void skip() {
        engine.skip();
        refresh();
    }

    @FXML
    void redo() {
        engine.redoSet();
        refresh();
    }

    @FXML
    void toggleMute() {
        services.sound().setMuted(!services.sound().isMuted());
        showMute();
    }

    @FXML
    void end() {
        engine.endEarly();
        refresh();
    }

    /** "It hurts": stop this exercise now, record why, and offer the easier version if there is one. */
    @FXML
    void hurt() {
        hurt = true;
        end();
    }

    @FXML
    void easier() {
        presenter.regression().ifPresent(listener::tryEasier);
    }

    /** Leaves this exercise of a routine for the next one; whatever was done is kept. */
    @FXML
    void skipExercise() {
        if (!engine.isFinished()) {
            end();
        }
        finish();
    }

    @FXML
    void again() {
        begin();
        root.requestFocus();
    }

    @FXML
    void finish() {
        frames.stop();
        listener.finished();
    }

    /** Space counts a rep when the user paces the reps, and pauses or resumes otherwise. */
    void spacePressed() {
        if (shown.controls().countRep()) {
            countRep();
        } else if (!shown.done()) {
            togglePause();
        }
    }

    /** Esc ends a running session, and leaves a finished one. */
    void escapePressed() {
        if (engine.isFinished()) {
            finish();
        } else {
            end();
        }
    }

    boolean isFinished() {
        return engine.isFinished();
    }

    private void begin() {
        engine = SessionEngine.start(plan, services.clock());
        shown = null;
        hurt = false;
        tracks.getChildren().clear();
        refresh();
        frames.start();
    }

    private void render(PlayerScreen screen) {
        if (screen.equals(shown)) {
            return;
        }
        phase.setText(screen.phase());
        where.setText(screen.where());
        big.setText(screen.big());
        unit.setText(screen.unit());
        progress.setProgress(screen.progress());
        next.setText(screen.next());
        tempo.setText(screen.tempo());
        pausedNote.setVisible(screen.paused());
        pausedNote.setManaged(screen.paused());
        root.pseudoClassStateChanged(PlayerStyles.PAUSED, screen.paused());
        root.pseudoClassStateChanged(PlayerStyles.DONE, screen.done());
        if (shown == null || !screen.cues().equals(shown.cues())) {
            cues.getChildren().setAll(Blocks.bullets(screen.cues()));
        }
        renderTracks(screen.tracks());
        renderControls(screen);
        shown = screen;
    }

    private void renderTracks(List<PlayerScreen.SetTrack> sideTracks) {
        if (tracks.getChildren().size() != sideTracks.size()) {
            tracks.getChildren().setAll(sideTracks.stream().map(PlayerController::trackRow).toList());
        }
        for (int i = 0; i < sideTracks.size(); i++) {
            PlayerScreen.SetTrack track = sideTracks.get(i);
            HBox row = (HBox) tracks.getChildren().get(i);
            row.pseudoClassStateChanged(PlayerStyles.CURRENT, track.current());
            row.setAccessibleText(text.get("player.accessible.sets", track.side(), track.done(), track.total()));
            List<Node> dots = row.getChildren().subList(1, row.getChildren().size());
            for (int d = 0; d < dots.size(); d++) {
                dots.get(d).pseudoClassStateChanged(PlayerStyles.FILLED, d < track.done());
            }
        }
    }

    private static HBox trackRow(PlayerScreen.SetTrack track) {
        HBox row = new HBox();
        row.getStyleClass().add("set-track");
        row.getChildren().add(Blocks.text(track.side(), "set-track-side"));
        for (int d = 0; d < track.total(); d++) {
            Region dot = new Region();
            dot.getStyleClass().add("set-dot");
            row.getChildren().add(dot);
        }
        return row;
    }

    private void renderControls(PlayerScreen screen) {
        PlayerScreen.Controls c = screen.controls();
        pauseButton.setText(text.get(screen.paused() ? "player.resume" : "player.pause"));
        skipButton.setText(text.get(c.finishHold() ? "player.finishHold" : "player.skip"));
        Shown.showIf(!screen.done(), pauseButton, skipButton, redoButton, endButton, hurtButton);
        Shown.showIf(c.easier(), easierButton);
        Shown.showIf(position.isPresent() && !screen.done(), skipExerciseButton);
        Shown.showIf(c.countRep(), countRepButton);
        Shown.showIf(c.holdLonger(), holdLongerButton);
        Shown.showIf(c.tempo(), tempoBox);
        Shown.showIf(screen.done(), againButton, finishButton);
        if (screen.done() && (shown == null || !shown.done())) {
            finishButton.requestFocus();
        }
    }

    private void showMute() {
        boolean muted = services.sound().isMuted();
        muteButton.setSelected(muted);
        muteButton.setText(text.get(muted ? "player.soundOff" : "player.soundOn"));
    }
}
