package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AerobicLogView;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FilePicker;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Presence;
import app.kneecoach.ui.common.SafetyCard;
import app.kneecoach.ui.common.Scrolling;
import app.kneecoach.ui.common.Views;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.PainTrend;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The History section (HistoryView.fxml) bound to its {@link HistoryViewModel} and {@link RecordsViewModel}.
 * Built in code, from the view models' plain data: the day cards ({@link DayCards}), the charts
 * ({@link HistoryChartsView}) and the pain warning's card. The file dialogs and the restore question
 * are asked here, as they need the window. The undo bar ({@link UndoBar}) sits above the page's scroll, so
 * it is in sight wherever the change was made.
 */
public final class HistoryView {
    private final HistoryViewModel model;
    private final HistoryEditing editing;
    private Node sessionForm;
    private Node aerobicForm;
    private DayCards dayCards;
    private final RecordsViewModel records;
    private final Catalog catalog;
    private final FilePicker files;

    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox page;
    @FXML
    private Label reading;
    @FXML
    private Label problem;
    @FXML
    private Button retry;
    @FXML
    private VBox figures;
    @FXML
    private VBox warning;
    @FXML
    private Label week;
    @FXML
    private Label aerobicWeek;
    @FXML
    private VBox logSlot;
    @FXML
    private HBox undoBar;
    @FXML
    private Label undoMessage;
    @FXML
    private Button undo;
    @FXML
    private Button undoClose;
    @FXML
    private Label unsaved;
    @FXML
    private VBox empty;
    @FXML
    private VBox chartsSlot;
    @FXML
    private Label daysHeading;
    @FXML
    private VBox days;
    @FXML
    private Button earlier;
    @FXML
    private FlowPane exports;
    @FXML
    private Label csvResult;
    @FXML
    private Label jsonResult;
    @FXML
    private Label result;

    /**
     * @param onRestored told, with the message for the user, once a backup has replaced the records
     * @param onEdited   told once a change made here (an edit, a delete, an undo) is in the records
     */
    public HistoryView(Catalog catalog, AppServices services, Consumer<String> onRestored, Runnable onEdited) {
        this.catalog = catalog;
        this.files = services.files();
        this.model = new HistoryViewModel(services, catalog.aerobicOptions(), onEdited);
        this.editing = model.editing();
        this.records = new RecordsViewModel(services, onRestored);
    }

    @FXML
    private void initialize() {
        problem.textProperty().bind(model.problem());
        week.textProperty().bind(model.week());
        aerobicWeek.textProperty().bind(model.aerobicWeek());
        unsaved.textProperty().bind(model.unsaved());
        csvResult.textProperty().bind(records.csvResult());
        jsonResult.textProperty().bind(records.jsonResult());
        result.textProperty().bind(records.result());
        Presence.bind(reading, model.reading());
        Presence.bind(problem, model.failed());
        Presence.bind(retry, model.failed());
        Presence.bind(figures, model.shown());
        Presence.bind(warning, model.warningShown());
        Presence.bind(unsaved, model.unsavedShown());
        Presence.bind(empty, model.empty());
        Presence.bind(chartsSlot, model.hasRecords());
        Presence.bind(daysHeading, model.hasRecords());
        Presence.bind(days, model.hasRecords());
        Presence.bind(earlier, model.moreDays());
        Presence.bind(exports, model.hasRecords());
        logSlot.getChildren().setAll(Views.load(AerobicLogView.FXML, new AerobicLogView(editing.logForm())));
        sessionForm = Views.load(SessionEditView.FXML, new SessionEditView(editing.sessionForm()));
        aerobicForm = Views.load(AerobicLogView.FXML, new AerobicLogView(editing.aerobicForm()));
        dayCards = new DayCards(editing, sessionForm, aerobicForm);
        new UndoBar(editing.undoBar(), undoBar, undoMessage, undo, undoClose).bind();
        editing.editing().addListener((obs, old, now) -> editingChanged(old, now));
        model.warning().addListener((obs, old, now) -> showWarning(now));
        showWarning(model.warning().get());
        model.days().addListener((ListChangeListener<HistoryViewModel.DayRow>) change -> showDays());
        showDays();
        HistoryChartsView charts = new HistoryChartsView(model.charts());
        chartsSlot.getChildren().setAll(Views.load(HistoryChartsView.FXML, charts));
        model.state().addListener((obs, old, now) -> {
            if (now == HistoryViewModel.State.SHOWN) {
                charts.show();
            }
        });
        charts.show();
        records.look().addListener((obs, old, now) -> Appearance.apply(page.getScene().getRoot(), now));
    }

    /** The form goes into its entry's card, and the keyboard with it; after Cancel, back to that Edit. */
    private void editingChanged(String before, String now) {
        showDays();
        if (!now.isEmpty()) {
            Node form = sessionForm.getScene() != null ? sessionForm : aerobicForm;
            Platform.runLater(() -> {
                Scrolling.reveal(scroll, form);
                form.lookup(".choice-box").requestFocus();
            });
        } else if (!editing.undoBar().shown().get()) {
            page.lookupAll(".history-entry-button").stream().filter(b -> ("edit-" + before).equals(b.getId()))
                    .findFirst().ifPresent(Node::requestFocus);
        }
    }

    @FXML
    private void retry() {
        model.retry();
    }

    @FXML
    private void showEarlierDays() {
        model.showEarlierDays();
    }

    @FXML
    private void exportCsv() {
        saveAs(records.csvFile()).ifPresent(records::exportCsv);
    }

    @FXML
    private void exportJson() {
        saveAs(records.jsonFile()).ifPresent(records::exportJson);
    }

    @FXML
    private void backUp() {
        saveAs(records.backupFile()).ifPresent(records::backUp);
    }

    @FXML
    private void restore() {
        files.open(window(), records.restoreTitle())
                .ifPresent(file -> records.restore(file, question -> Dialogs.confirmRisky(page.getScene(), question)));
    }

    private Optional<Path> saveAs(RecordsViewModel.FileQuestion question) {
        return files.saveAs(window(), question.title(), question.suggestedName());
    }

    private Window window() {
        return page.getScene().getWindow();
    }

    private void showWarning(Optional<PainTrend.Warning> now) {
        warning.getChildren().setAll(now.map(w -> SafetyCard.card(Messages.DEFAULT, w, catalog)).stream().toList());
    }

    private void showDays() {
        days.getChildren().setAll(dayCards.cards(model.days()));
    }
}
