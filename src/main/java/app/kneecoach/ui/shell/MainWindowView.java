package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.common.ReadingView;
import app.kneecoach.ui.common.Resumable;
import app.kneecoach.ui.common.Views;
import app.kneecoach.ui.exercises.ExercisesView;
import app.kneecoach.ui.exercises.ExercisesViewModel;
import app.kneecoach.ui.history.HistoryView;
import app.kneecoach.ui.pages.AboutView;
import app.kneecoach.ui.pages.AerobicYogaView;
import app.kneecoach.ui.pages.AvoidView;
import app.kneecoach.ui.player.SessionFlow;
import app.kneecoach.ui.routines.RoutinesView;
import app.kneecoach.ui.routines.RoutinesViewModel;
import app.kneecoach.ui.settings.SettingsView;
import app.kneecoach.ui.shell.MainWindowViewModel.Section;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window (MainWindowView.fxml), bound to a {@link MainWindowViewModel}: the sidebar's seven sections,
 * the cards above them ({@link BannersView}) and the section that is up. It keeps the section views, each built
 * the first time it is opened (to keep start-up quick) and again when the view model says it is outdated, and
 * hands the whole window to the player for a session.
 */
final class MainWindowView {
    static final Duration PREPARE_HISTORY_AFTER = Duration.seconds(2);
    private final Catalog catalog;
    private final AppServices services;
    private final WindowShellView shell;
    private final MainWindowViewModel viewModel;
    private final Map<Toggle, Supplier<Parent>> factories = new HashMap<>();
    private final Map<Toggle, Parent> built = new HashMap<>();
    /** The Exercises section's view while it is built: where typing goes when the section is opened. */
    private ExercisesView exercisesView;

    @FXML
    private BorderPane root;
    @FXML
    private ToggleGroup sections;
    @FXML
    private ToggleButton exercisesNav;
    @FXML
    private ToggleButton routinesNav;
    @FXML
    private ToggleButton aerobicYogaNav;
    @FXML
    private ToggleButton avoidNav;
    @FXML
    private ToggleButton historyNav;
    @FXML
    private ToggleButton aboutNav;
    @FXML
    private ToggleButton settingsNav;
    @FXML
    private VBox cards;
    @FXML
    private VBox banners;
    @FXML
    private VBox today;
    @FXML
    private ScrollPane bannerScroll;
    @FXML
    private StackPane content;

    /** The section views are made here, with what each feature's view needs. */
    MainWindowView(Catalog catalog, AppServices services, WindowShellView shell) {
        this.catalog = catalog;
        this.services = services;
        this.shell = shell;
        this.viewModel = new MainWindowViewModel(catalog, services, this::resumeSession, this::startRoutine);
        shell.onSavedAgain(viewModel::historyChanged);
    }

    @FXML
    private void initialize() {
        factories.put(exercisesNav, () -> {
            exercisesView = new ExercisesView(new ExercisesViewModel(catalog, services, this::startSession));
            return Views.load("ExercisesView.fxml", exercisesView);
        });
        factories.put(routinesNav, this::routinesView);
        factories.put(aerobicYogaNav, () -> Views.load("AerobicYogaView.fxml", new AerobicYogaView(catalog, services,
                viewModel::historyChanged)));
        factories.put(avoidNav, () -> Views.load("AvoidView.fxml", new AvoidView(catalog)));
        factories.put(historyNav, () -> Views.load("HistoryView.fxml", new HistoryView(catalog, services,
                this::recordsRestored, viewModel::recordsEdited)));
        factories.put(aboutNav, () -> Views.load("AboutView.fxml", new AboutView(catalog, this::showWelcome)));
        factories.put(settingsNav, () -> Views.load("SettingsView.fxml", new SettingsView(services)));
        sections.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A section must always be showing: clicking the selected button again keeps it selected.
                sections.selectToggle(old);
            } else {
                viewModel.select(Section.withNavId(((Node) now).getId()));
            }
        });
        viewModel.selected().addListener((obs, old, now) -> show(now));
        viewModel.outdated().addListener((SetChangeListener<Section>) change -> {
            if (change.wasAdded()) {
                forget(change.getElementAdded());
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::sectionShortcut);
        root.sceneProperty().addListener((obs, old, scene) -> viewModel.mainViewShown(scene != null));
        new BannersView(viewModel.banners(), banners);
        new TodayPlanView(viewModel.todayPlan(), viewModel.reminders(), services::wallClock, today);
        CardsAbove.fit(root, bannerScroll, cards, banners, today);
        // The window goes up with its sidebar first and the first section follows in the next frame: it appears
        // sooner (building a section is most of the work before it can), and nobody can use one unseen.
        sections.selectToggle(nav(viewModel.selected().get()));
        Platform.runLater(() -> {
            show(viewModel.selected().get());
            if (WelcomeViewModel.due(services)) {
                showWelcome();
            } else {
                focusOn(viewModel.selected().get());
            }
        });
        prepareHistoryWhenIdle();
    }

    /** The welcome takes the window (as a session does) until one of its buttons hands it back. */
    private void showWelcome() {
        WelcomeView welcome = new WelcomeView(new WelcomeViewModel(catalog, services, this::openRoutine,
                this::closeWelcome));
        shell.show(Views.load("WelcomeView.fxml", welcome));
        welcome.focus();
    }

    private void closeWelcome() {
        shell.show(root);
        focusOn(viewModel.selected().get());
    }

    private void openRoutine(Routine routine) {
        shell.show(root);
        viewModel.openRoutine(routine);
        focusOn(Section.ROUTINES);
    }

    /** Focus where the person is likely to go on: typing in the Exercises section searches, elsewhere its button. */
    private void focusOn(Section section) {
        if (section == Section.EXERCISES && exercisesView != null) {
            exercisesView.focusSearch();
        } else {
            nav(section).requestFocus();
        }
    }

    /** Builds the History section while the user reads the first screen, so opening it is quick. */
    private void prepareHistoryWhenIdle() {
        PauseTransition idle = new PauseTransition(PREPARE_HISTORY_AFTER);
        idle.setOnFinished(e -> {
            if (viewModel.mayPrepareHistory()) {
                viewFor(Section.HISTORY);
            }
        });
        idle.play();
    }

    private Parent routinesView() {
        if (viewModel.routinesWaitForRecords()) {
            return Views.load(ReadingView.FXML, new ReadingView(Messages.DEFAULT.get("routines.title"),
                    Messages.DEFAULT.get("routines.reading")));
        }
        RoutinesViewModel routines = new RoutinesViewModel(catalog, services, this::startRoutine);
        Optional<Routine> toOpen = viewModel.takeRoutineToOpen();
        toOpen.ifPresent(routines::select);
        RoutinesView view = new RoutinesView(routines, services.files());
        Parent shown = Views.load("RoutinesView.fxml", view);
        toOpen.ifPresent(routine -> view.showChosen());
        return shown;
    }

    private void recordsRestored(String message) {
        viewModel.recordsRestored(message);
    }

    private void startSession(PlannedExercise planned) {
        flow().start(planned);
    }

    private void startRoutine(Routine routine) {
        flow().start(routine);
    }

    private void resumeSession(Resumable stopped) {
        flow().resume(stopped);
    }

    /** A session that hands the window back, with focus where it was, and refreshes what it changed. */
    private SessionFlow flow() {
        Node returnFocus = root.getScene().getFocusOwner();
        return new SessionFlow(root, shell, catalog, services, () -> {
            viewModel.historyChanged();
            if (returnFocus != null) {
                returnFocus.requestFocus();
            }
        });
    }

    private ToggleButton nav(Section section) {
        return (ToggleButton) root.lookup("#" + section.navId());
    }

    private void show(Section section) {
        sections.selectToggle(nav(section));
        content.getChildren().setAll(viewFor(section));
    }

    /** The section's view as built, or built now (and known to the view model as current). */
    private Parent viewFor(Section section) {
        return built.computeIfAbsent(nav(section), nav -> {
            viewModel.built(section);
            return factories.get(nav).get();
        });
    }

    /** An outdated section's view is dropped; the one up is built again at once. */
    private void forget(Section section) {
        built.remove(nav(section));
        if (viewModel.selected().get() == section) {
            show(section);
        }
    }

    /** Ctrl+1 to Ctrl+7 jump to a section from anywhere, so no one has to tab through the list. */
    private void sectionShortcut(KeyEvent event) {
        if (event.isShortcutDown()) {
            Section.withShortcut(event.getCode().getChar()).ifPresent(section -> {
                viewModel.select(section);
                focusOn(section);
                event.consume();
            });
        }
    }
}
