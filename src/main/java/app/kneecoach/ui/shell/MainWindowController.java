package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.CatalogPage;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.ReadingPage;
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

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Routine;
import app.kneecoach.session.SessionChoice;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
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
 * Switches between the four sections (each view is built the first time it is opened, to keep start-up
 * quick) and hands the whole window to the player for a session.
 */
final class MainWindowController {
    static final Duration PREPARE_HISTORY_AFTER = Duration.seconds(2);
    static final double BANNERS_SHARE = 0.3;
    private final Catalog catalog;
    private final AppServices services;
    private final WindowShell shell;
    private final StartupBanners startupBanners;
    private final Map<Toggle, Supplier<Parent>> factories = new HashMap<>();
    private final Map<Toggle, Parent> built = new HashMap<>();

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
    private VBox banners;
    @FXML
    private ScrollPane bannerScroll;
    @FXML
    private StackPane content;

    MainWindowController(Catalog catalog, AppServices services, WindowShell shell) {
        this.catalog = catalog;
        this.services = services;
        this.shell = shell;
        this.startupBanners = new StartupBanners(catalog, services, this::historyChanged);
        shell.onSavedAgain(this::historyChanged);
    }

    @FXML
    private void initialize() {
        factories.put(exercisesNav, () -> Views.load("ExercisesView.fxml",
                new ExercisesView(new ExercisesViewModel(catalog, services, this::startSession))));
        factories.put(routinesNav, this::routinesView);
        factories.put(aerobicYogaNav, () -> Views.load("AerobicYogaView.fxml", new AerobicYogaView(catalog)));
        factories.put(avoidNav, () -> Views.load("AvoidView.fxml", new AvoidView(catalog)));
        factories.put(historyNav, () -> Views.load("HistoryView.fxml", new HistoryView(catalog, services,
                this::recordsRestored)));
        factories.put(aboutNav, () -> Views.load("AboutView.fxml", new AboutView(catalog)));
        factories.put(settingsNav, () -> Views.load("SettingsView.fxml", new SettingsView(services)));
        sections.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A section must always be showing: clicking the selected button again keeps it selected.
                sections.selectToggle(old);
            } else {
                show(now);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::sectionShortcut);
        // However many cards there are, they never take more than part of the window: they scroll.
        var share = root.heightProperty().multiply(BANNERS_SHARE);
        bannerScroll.prefViewportHeightProperty().bind(banners.heightProperty());
        // The section below would otherwise squeeze the cards to a sliver: they keep their height up to the share.
        bannerScroll.minHeightProperty().bind(Bindings.min(banners.heightProperty(), share));
        bannerScroll.maxHeightProperty().bind(share);
        bannerScroll.visibleProperty().bind(Bindings.isNotEmpty(banners.getChildren()));
        bannerScroll.managedProperty().bind(bannerScroll.visibleProperty());
        sections.selectToggle(exercisesNav);
        // Asked before the banners are built, so a history arriving in between still gets its cards.
        boolean historyRead = services.historyRead();
        showBanners();
        if (!historyRead) {
            // What shows the history (its section, the cards about it) follows it as after a new session.
            services.whenHistoryRead(this::historyChanged);
        }
        prepareHistoryWhenIdle();
    }

    /**
     * Builds the History section (the heaviest, with years of sessions) while the user reads the first
     * screen, so opening it is quick; opened sooner, it is built on the spot as the others are.
     */
    private void prepareHistoryWhenIdle() {
        PauseTransition idle = new PauseTransition(PREPARE_HISTORY_AFTER);
        idle.setOnFinished(e -> {
            // Not while a session has the window: building the page then would hold up the player's frames.
            if (root.getScene() != null) {
                built.computeIfAbsent(historyNav, t -> factories.get(t).get());
            }
        });
        idle.play();
    }

    private void showBanners() {
        startupBanners.fill(banners);
    }

    /** The user's routines are in the records, which open after the first frame. */
    private Parent routinesView() {
        if (!services.historyRead()) {
            return Views.load(CatalogPage.FXML, new ReadingPage(catalog, "routines.title", "routines.reading"));
        }
        return Views.load("RoutinesView.fxml",
                new RoutinesView(new RoutinesViewModel(catalog, services, this::startRoutine), services.files()));
    }

    /** The history was read or a session added: the history view and the cards about it must reflect it. */
    private void historyChanged() {
        built.remove(historyNav);
        Parent routines = built.get(routinesNav);
        if (routines != null && routines.lookup("#" + ReadingPage.ID) != null) {
            built.remove(routinesNav);
            if (sections.getSelectedToggle() == routinesNav) {
                show(routinesNav);
            }
        }
        if (sections.getSelectedToggle() == historyNav) {
            show(historyNav);
        }
        showBanners();
    }

    /** A backup's records took the place of these: everything that shows them is built again. */
    private void recordsRestored(String message) {
        built.remove(routinesNav);
        historyChanged();
        startupBanners.inform(banners, Messages.DEFAULT.get("records.restoredTitle"), message);
    }

    private void startSession(Exercise exercise, SessionChoice choice) {
        flow().start(exercise, choice);
    }

    private void startRoutine(Routine routine) {
        flow().start(routine);
    }

    /** A session that hands the window back, with focus where it was, and refreshes what it changed. */
    private SessionFlow flow() {
        Node returnFocus = root.getScene().getFocusOwner();
        return new SessionFlow(root, shell, catalog, services, () -> {
            historyChanged();
            if (returnFocus != null) {
                returnFocus.requestFocus();
            }
        });
    }

    private void show(Toggle toggle) {
        content.getChildren().setAll(built.computeIfAbsent(toggle, t -> factories.get(t).get()));
    }

    /** Ctrl+1 to Ctrl+7 jump to a section from anywhere, so no one has to tab through the list. */
    private void sectionShortcut(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        ToggleButton target = switch (event.getCode()) {
            case DIGIT1 -> exercisesNav;
            case DIGIT2 -> routinesNav;
            case DIGIT3 -> aerobicYogaNav;
            case DIGIT4 -> avoidNav;
            case DIGIT5 -> historyNav;
            case DIGIT6 -> aboutNav;
            case DIGIT7 -> settingsNav;
            default -> null;
        };
        if (target != null) {
            sections.selectToggle(target);
            target.requestFocus();
            event.consume();
        }
    }
}
