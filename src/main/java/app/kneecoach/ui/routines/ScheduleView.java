package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.FilePicker;
import app.kneecoach.ui.common.Shown;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A routine's schedule (ScheduleView.fxml) bound to its {@link ScheduleViewModel}. The seven day toggles are built
 * in code from the model's days, named in the text's language.
 */
public final class ScheduleView {
    public static final String FXML = "ScheduleView.fxml";
    private final ScheduleViewModel model;
    private final FilePicker files;

    @FXML
    private Label planned;
    @FXML
    private FlowPane days;
    @FXML
    private Label timeCaption;
    @FXML
    private TextField time;
    @FXML
    private Label timeHint;
    @FXML
    private Button remove;
    @FXML
    private Label unsaved;
    @FXML
    private Label problem;
    @FXML
    private Label result;
    @FXML
    private VBox calendarBox;
    @FXML
    private Button calendar;
    @FXML
    private Label calendarResult;

    /** @param files where the calendar file's save dialog comes from */
    public ScheduleView(ScheduleViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
    }

    @FXML
    private void initialize() {
        planned.textProperty().bind(model.planned());
        days.getChildren().setAll(model.days().stream().map(ScheduleView::toggle).toList());
        timeCaption.setLabelFor(time);
        time.textProperty().bindBidirectional(model.time());
        timeHint.setText(model.timeHint());
        Shown.when(model.removable(), remove);
        Shown.when(model.unsaved(), unsaved);
        problem.textProperty().bind(model.problem());
        Shown.when(model.problem().isNotEmpty(), problem);
        result.textProperty().bind(model.result());
        Shown.when(model.result().isNotEmpty(), result);
        Shown.when(model.calendarShown(), calendarBox);
        calendarResult.textProperty().bind(model.calendarResult());
        Shown.when(model.calendarResult().isNotEmpty(), calendarResult);
    }

    private static ToggleButton toggle(ScheduleViewModel.Day day) {
        ToggleButton toggle = new ToggleButton(day.name());
        toggle.setId("schedule-day-" + day.day().getValue());
        toggle.getStyleClass().add("schedule-day");
        toggle.setAccessibleText(day.accessibleName());
        toggle.selectedProperty().bindBidirectional(day.chosen());
        return toggle;
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void remove() {
        model.remove();
    }

    @FXML
    private void exportCalendar() {
        files.saveAs(calendar.getScene().getWindow(), calendar.getText(), model.calendarFileName())
                .ifPresent(model::exportCalendar);
    }
}
