package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.common.Resumable;
import app.kneecoach.ui.common.Views;
import app.kneecoach.ui.exercises.ExercisesView;
import app.kneecoach.ui.player.SessionFlow;
import app.kneecoach.ui.shell.MainWindowViewModel.Section;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window (MainWindowView.fxml), bound to a {@link MainWindowViewModel}: the sidebar's seven sections,
 * the cards above them ({@link BannersView}) and the section that is up ({@link SectionViews} builds them), and
 * hands the whole window to the player for a session or to the welcome.
 */
final class MainWindowView {
    static final Duration PREPARE_HISTORY_AFTER = Duration.seconds(2);
    private final Catalog catalog;
    private final AppServices services;
    private final WindowShellView shell;
    private final MainWindowViewModel viewModel;
    private final SectionViews views;

    @FXML
    private BorderPane root;
    @FXML
    private ToggleGroup sections;
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
        this.views = new SectionViews(catalog, services, viewModel, this::startSession, this::startRoutine,
                this::showWelcome);
        shell.onSavedAgain(viewModel::historyChanged);
    }

    @FXML
    private void initialize() {
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
        Optional<ExercisesView> exercises = views.exercises();
        if (section == Section.EXERCISES && exercises.isPresent()) {
            exercises.get().focusSearch();
        } else {
            nav(section).requestFocus();
        }
    }

    /** Builds the History section while the user reads the first screen, so opening it is quick. */
    private void prepareHistoryWhenIdle() {
        PauseTransition idle = new PauseTransition(PREPARE_HISTORY_AFTER);
        idle.setOnFinished(e -> {
            if (viewModel.mayPrepareHistory()) {
                views.viewFor(Section.HISTORY);
            }
        });
        idle.play();
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
        content.getChildren().setAll(views.viewFor(section));
    }

    /** An outdated section's view is dropped; the one up is built again at once. */
    private void forget(Section section) {
        views.forget(section);
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
