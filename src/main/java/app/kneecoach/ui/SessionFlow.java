package app.kneecoach.ui;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import app.kneecoach.history.SessionLog;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionPlan;
import app.kneecoach.session.SessionResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * One session in the window: the pain check-in before, the player, the check-in after, then back to
 * the main window. Everything done is logged as it happens.
 */
final class SessionFlow implements PlayerListener {
    private final Messages text = Messages.DEFAULT;
    private final Scene scene;
    private final Parent mainRoot;
    private final Catalog catalog;
    private final AppServices services;
    private final Runnable onClosed;
    private SessionLog log;
    private Exercise exercise;
    private Optional<Variation> variation = Optional.empty();
    private PlayerController player;

    SessionFlow(Scene scene, Parent mainRoot, Catalog catalog, AppServices services, Runnable onClosed) {
        this.scene = scene;
        this.mainRoot = mainRoot;
        this.catalog = catalog;
        this.services = services;
        this.onClosed = onClosed;
    }

    void start(Exercise chosen, SessionChoice choice) {
        exercise = chosen;
        List<Node> warning = SafetyCard.current(services)
                .map(w -> SafetyCard.content(text, w, catalog)).orElse(List.of());
        show(Views.load("pain-check.fxml", new PainCheckController(text.get("pain.before.title"), chosen.name(),
                warning, before -> {
                    log = new SessionLog(services.history(), services.clock().now(), Optional.empty(), before.pain(),
                            before.note());
                    play(SessionPlan.of(chosen, choice, services.settings()));
                }, Optional.of(this::close))));
    }

    private void play(SessionPlan plan) {
        player = new PlayerController(plan, variation, services, this);
        show(Views.load("player.fxml", player));
    }

    @Override
    public void setEnded(SessionResult soFar) {
        save(() -> log.progress(exercise.name(), variation.map(Variation::name), soFar));
    }

    @Override
    public void exerciseEnded(SessionResult result, boolean hurt) {
        save(() -> log.exerciseEnded(exercise.name(), variation.map(Variation::name), result, hurt));
    }

    @Override
    public void tryEasier(Variation regression) {
        variation = Optional.of(regression);
        play(SessionPlan.of(exercise, SessionChoice.lowest(exercise.dosage()), services.settings()));
    }

    @Override
    public void finished() {
        show(Views.load("pain-check.fxml", new PainCheckController(text.get("pain.after.title"), exercise.name(),
                List.of(), after -> {
                    try {
                        log.finish(services.clock().now(), after.pain(), after.note());
                    } catch (IOException e) {
                        // The in-progress file still holds every set; it is offered back at the next start.
                        player.showProblem(text.get("player.saveProblem", e.getMessage()));
                    }
                    close();
                }, Optional.empty())));
    }

    private void close() {
        scene.setRoot(mainRoot);
        onClosed.run();
    }

    private void show(Parent view) {
        scene.setRoot(view);
    }

    private interface Save {
        void run() throws IOException;
    }

    private void save(Save save) {
        try {
            save.run();
        } catch (IOException e) {
            player.showProblem(text.get("player.saveProblem", e.getMessage()));
        }
    }
}
