package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.Shown;

import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The start card (StartCardView.fxml) bound to its {@link StartCardViewModel}. The number boxes get new limits
 * in code when another exercise is shown, since a spinner's limits live in its value factory.
 */
public final class StartCardView {
    private final StartCardViewModel model;

    @FXML
    private Label version;
    @FXML
    private FlowPane fields;
    @FXML
    private VBox targetField;
    @FXML
    private VBox setsField;
    @FXML
    private VBox topHoldField;
    @FXML
    private VBox styleField;
    @FXML
    private Label targetCaption;
    @FXML
    private Label setsCaption;
    @FXML
    private Label topHoldCaption;
    @FXML
    private Spinner<Integer> target;
    @FXML
    private Spinner<Integer> sets;
    @FXML
    private Spinner<Integer> topHold;
    @FXML
    private ToggleGroup repStyle;
    @FXML
    private RadioButton paced;
    @FXML
    private RadioButton selfPaced;
    @FXML
    private CheckBox restUntilReady;
    @FXML
    private Label order;
    @FXML
    private Button start;

    public StartCardView(StartCardViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        version.textProperty().bind(model.version());
        Shown.when(model.versionShown(), version);
        Shown.when(model.fieldsShown(), fields);
        Shown.when(model.targetShown(), targetField);
        Shown.when(model.setsShown(), setsField);
        Shown.when(model.topHoldShown(), topHoldField);
        Shown.when(model.styleShown(), styleField);
        targetCaption.textProperty().bind(model.targetLabel());
        target.accessibleTextProperty().bind(model.targetLabel());
        targetCaption.setLabelFor(target);
        setsCaption.setLabelFor(sets);
        topHoldCaption.setLabelFor(topHold);
        order.textProperty().bind(model.order());
        limits(model.bounds().get());
        model.bounds().addListener((obs, old, bounds) -> limits(bounds));
        follow(target, model.target());
        follow(sets, model.sets());
        follow(topHold, model.topHold());
        selfPaced.setSelected(model.selfPaced().get());
        restUntilReady.selectedProperty().bindBidirectional(model.restUntilReady());
        model.selfPaced().addListener((obs, old, self) -> repStyle.selectToggle(self ? selfPaced : paced));
        repStyle.selectedToggleProperty().addListener((obs, old, chosen) -> model.selfPaced().set(chosen == selfPaced));
    }

    @FXML
    private void start() {
        model.start();
    }

    /** Enter on an exercise in the list comes here, so a whole session needs no mouse. */
    void focusStart() {
        start.requestFocus();
    }

    private void limits(ChoiceBounds bounds) {
        if (bounds == null) {
            return;
        }
        target.setValueFactory(new IntegerSpinnerValueFactory(bounds.targetMin(), bounds.targetMax(),
                model.target().get(), bounds.targetStep()));
        sets.setValueFactory(new IntegerSpinnerValueFactory(bounds.setsMin(), bounds.setsMax(), model.sets().get()));
        topHold.setValueFactory(new IntegerSpinnerValueFactory(bounds.topHoldMin(), bounds.topHoldMax(),
                model.topHold().get()));
    }

    private static void follow(Spinner<Integer> spinner, IntegerProperty value) {
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
    }
}
