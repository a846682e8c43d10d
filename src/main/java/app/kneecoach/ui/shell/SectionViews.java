package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SessionStarter;
import app.kneecoach.ui.common.ReadingView;
import app.kneecoach.ui.common.Views;
import app.kneecoach.ui.exercises.ExercisesView;
import app.kneecoach.ui.exercises.ExercisesViewModel;
import app.kneecoach.ui.history.HistoryView;
import app.kneecoach.ui.pages.AboutView;
import app.kneecoach.ui.pages.AerobicYogaView;
import app.kneecoach.ui.pages.AvoidView;
import app.kneecoach.ui.routines.RoutinesView;
import app.kneecoach.ui.routines.RoutinesViewModel;
import app.kneecoach.ui.settings.SettingsView;
import app.kneecoach.ui.shell.MainWindowViewModel.Section;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;

/**
 * The main window's section views, each made with what its feature needs: built the first time it is shown (to
 * keep start-up quick), kept, and built again once the view model says it is outdated.
 */
final class SectionViews {
    private final Catalog catalog;
    private final AppServices services;
    private final MainWindowViewModel viewModel;
    private final SessionStarter startSession;
    private final Consumer<Routine> startRoutine;
    private final Runnable showWelcome;
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);
    /** The Exercises section's view while it is built: where typing goes when the section is opened. */
    private ExercisesView exercisesView;

    /**
     * @param startSession starts the player on one exercise (through the pain check-in)
     * @param startRoutine starts the player on a routine (through the pain check-in)
     * @param showWelcome  shows the welcome again (from About)
     */
    SectionViews(Catalog catalog, AppServices services, MainWindowViewModel viewModel,
                 SessionStarter startSession, Consumer<Routine> startRoutine, Runnable showWelcome) {
        this.catalog = catalog;
        this.services = services;
        this.viewModel = viewModel;
        this.startSession = startSession;
        this.startRoutine = startRoutine;
        this.showWelcome = showWelcome;
    }

    /** The section's view as built, or built now (and known to the view model as current). */
    Parent viewFor(Section section) {
        return built.computeIfAbsent(section, s -> {
            viewModel.built(s);
            return build(s);
        });
    }

    /** Drops an outdated section's view: the next {@link #viewFor} builds it again. */
    void forget(Section section) {
        built.remove(section);
    }

    /** The Exercises section's view, once it has been built. */
    Optional<ExercisesView> exercises() {
        return Optional.ofNullable(exercisesView);
    }

    private Parent build(Section section) {
        return switch (section) {
            case EXERCISES -> {
                exercisesView = new ExercisesView(new ExercisesViewModel(catalog, services, startSession));
                yield Views.load("ExercisesView.fxml", exercisesView);
            }
            case ROUTINES -> routines();
            case AEROBIC_YOGA -> Views.load("AerobicYogaView.fxml", new AerobicYogaView(catalog, services,
                    viewModel::historyChanged));
            case AVOID -> Views.load("AvoidView.fxml", new AvoidView(catalog));
            case HISTORY -> Views.load("HistoryView.fxml", new HistoryView(catalog, services,
                    viewModel::recordsRestored, viewModel::recordsEdited));
            case ABOUT -> Views.load("AboutView.fxml", new AboutView(catalog, showWelcome));
            case SETTINGS -> Views.load("SettingsView.fxml", new SettingsView(services));
        };
    }

    private Parent routines() {
        if (viewModel.routinesWaitForRecords()) {
            return Views.load(ReadingView.FXML, new ReadingView(Messages.DEFAULT.get("routines.title"),
                    Messages.DEFAULT.get("routines.reading")));
        }
        RoutinesViewModel routines = new RoutinesViewModel(catalog, services, startRoutine);
        Optional<Routine> toOpen = viewModel.takeRoutineToOpen();
        toOpen.ifPresent(routines::select);
        RoutinesView view = new RoutinesView(routines, services.files());
        Parent shown = Views.load("RoutinesView.fxml", view);
        toOpen.ifPresent(routine -> view.showChosen());
        return shown;
    }
}
