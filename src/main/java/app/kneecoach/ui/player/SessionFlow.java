package app.kneecoach.ui.player;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.common.Resumable;
import app.kneecoach.ui.common.Views;
import app.kneecoach.ui.common.SessionWindow;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.Variation;
import app.kneecoach.userdata.SessionLog;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SessionResult;
import app.kneecoach.session.SideResult;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;

/**
 * One session in the window: the pain check-in before, the player for each exercise (one, or a routine's
 * in order), the check-in after, then back to the main window. Everything done is logged as it happens and
 * saved in the background; a save that fails is shown by the window's save bar, whichever view is up. It
 * only coordinates: each screen is a view with its view model, built here.
 */
public final class SessionFlow implements PlayerListener {
    private final Parent mainRoot;
    private final SessionWindow shell;
    private final Catalog catalog;
    private final AppServices services;
    private final Runnable onClosed;
    private List<PlannedExercise> exercises = List.of();
    private Optional<String> routineName = Optional.empty();
    private int index;
    private PlannedExercise current;
    private SessionLog log;

    public SessionFlow(Parent mainRoot, SessionWindow shell, Catalog catalog,
                AppServices services, Runnable onClosed) {
        this.mainRoot = mainRoot;
        this.shell = shell;
        this.catalog = catalog;
        this.services = services;
        this.onClosed = onClosed;
    }

    public void start(PlannedExercise planned) {
        begin(List.of(planned), Optional.empty(), planned.exercise().name());
    }

    /** A built-in routine starts each exercise at the dose the person accepted for it, as their own routines do. */
    public void start(Routine routine) {
        List<PlannedExercise> planned = PlannedExercise.of(routine, catalog);
        if (catalog.routines().contains(routine) && services.historyRead()) {
            planned = PlannedExercise.withPlans(planned, services.routines().plans()::of);
        }
        planned = planned.stream().map(this::restsAsSet).toList();
        if (!planned.isEmpty()) {
            begin(planned, Optional.of(routine.name()), routine.name());
        }
    }

    /**
     * Takes up a session the app stopped in where it stopped, in the same record: no check-in before (it has
     * one), the exercise it stopped in from its next set, then the rest of its routine and the check-in after.
     */
    public void resume(Resumable stopped) {
        exercises = stopped.planned().stream().map(this::restsAsSet).toList();
        routineName = stopped.session().routineName();
        log = SessionLog.resume(services.saver(), stopped.session());
        shell.sessionUnderWay(true);
        play(stopped.at(), exercises.get(stopped.at()), stopped.earlier());
    }

    private void begin(List<PlannedExercise> planned, Optional<String> routine, String subject) {
        exercises = planned;
        routineName = routine;
        painCheck(PainCheckViewModel.before(subject, services, catalog, before -> {
            log = new SessionLog(services.saver(), services.clock().now(), routineName, before.pain(),
                    before.note());
            shell.sessionUnderWay(true);
            play(0, exercises.get(0));
        }, this::close));
    }

    /** Rests as the setting has them: a routine's and a resumed session's exercises have no start card to ask. */
    private PlannedExercise restsAsSet(PlannedExercise planned) {
        boolean waits = services.userSettings().settings().restUntilReady();
        return new PlannedExercise(planned.exercise(), planned.choice().withRestUntilReady(waits), planned.variation());
    }

    private void play(int at, PlannedExercise planned) {
        play(at, planned, List.of());
    }

    private void play(int at, PlannedExercise planned, List<SideResult> earlier) {
        index = at;
        current = planned;
        Optional<RoutinePosition> position = routineName.map(name -> new RoutinePosition(name, at + 1,
                exercises.size(), at + 1 < exercises.size() ? Optional.of(exercises.get(at + 1)) : Optional.empty()));
        PlayerViewModel player = new PlayerViewModel(planned, earlier, position, services, this);
        shell.playerShowing(player::pauseIfRunning);
        shell.show(Views.load("PlayerView.fxml", new PlayerView(player)));
    }

    @Override
    public void setEnded(SessionResult soFar) {
        log.progress(current.exercise().name(), variationName(), soFar);
    }

    @Override
    public void exerciseEnded(SessionResult result, boolean hurt) {
        log.exerciseEnded(current.exercise().name(), variationName(), result, hurt);
    }

    @Override
    public void tryEasier(Variation regression) {
        Exercise exercise = current.exercise();
        SessionChoice easiest = SessionChoice.lowest(exercise.dosage())
                .withRestUntilReady(current.choice().restUntilReady());
        play(index, new PlannedExercise(exercise, easiest, Optional.of(regression)));
    }

    @Override
    public void finished() {
        if (index + 1 < exercises.size()) {
            play(index + 1, exercises.get(index + 1));
        } else {
            checkInAfter();
        }
    }

    @Override
    public void leave() {
        if (index + 1 < exercises.size()) {
            log.stopEarly();
        }
        checkInAfter();
    }

    /** The pain check-in after, as every session ends, then back to where the person started. */
    private void checkInAfter() {
        shell.playerShowing(() -> { });
        painCheck(PainCheckViewModel.after(routineName.orElse(current.exercise().name()), after -> {
            // Kept in memory by the saver until it is on disk, rating and note included.
            log.finish(services.clock().now(), after.pain(), after.note());
            SessionEndViewModel.check(exercisesDone(), services,
                    end -> shell.show(Views.load("SessionEndView.fxml", new SessionEndView(end))), this::close);
        }));
    }

    /** Each exercise played, once, in order (a routine left early counts only those reached). */
    private List<Exercise> exercisesDone() {
        return exercises.subList(0, index + 1).stream().map(PlannedExercise::exercise).distinct().toList();
    }

    private Optional<String> variationName() {
        return current.variation().map(Variation::name);
    }

    private void painCheck(PainCheckViewModel check) {
        shell.show(Views.load("PainCheckView.fxml", new PainCheckView(check)));
    }

    private void close() {
        shell.sessionUnderWay(false);
        shell.show(mainRoot);
        onClosed.run();
    }
}
