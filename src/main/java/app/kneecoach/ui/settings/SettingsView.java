package app.kneecoach.ui.settings;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.common.Toggles;
import app.kneecoach.session.Side;
import app.kneecoach.userdata.SoundCues;
import app.kneecoach.userdata.Theme;

import app.kneecoach.userdata.UserSettings;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The Settings section (SettingsView.fxml): every control bound both ways to its value in the
 * {@link SettingsViewModel}, within the limits it gives; the look it puts in force is applied to the window.
 */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Map<SettingsViewModel.Group, VBox> cards = new EnumMap<>(SettingsViewModel.Group.class);

    @FXML
    private VBox page;
    @FXML
    private VBox lookCard;
    @FXML
    private VBox soundCard;
    @FXML
    private VBox timingCard;
    @FXML
    private VBox tempoCard;
    @FXML
    private VBox firstLegCard;
    @FXML
    private ComboBox<Integer> textSize;
    @FXML
    private ToggleGroup themes;
    @FXML
    private ToggleGroup cues;
    @FXML
    private CheckBox sound;
    @FXML
    private CheckBox restUntilReady;
    @FXML
    private Slider volume;
    @FXML
    private Spinner<Integer> getReady;
    @FXML
    private Spinner<Integer> stretchRest;
    @FXML
    private Spinner<Integer> strengthRest;
    @FXML
    private Spinner<Double> lift;
    @FXML
    private Spinner<Double> lower;
    @FXML
    private ToggleGroup legs;
    @FXML
    private Label status;
    @FXML
    private Label problem;

    public SettingsView(AppServices services) {
        this.model = new SettingsViewModel(services);
    }

    @FXML
    private void initialize() {
        textSize.setItems(model.textSizes());
        textSize.setConverter(model.textSizeText());
        textSize.valueProperty().bindBidirectional(model.textSize());
        Toggles.bindBidirectional(themes, model.theme(), Theme.class);
        Toggles.bindBidirectional(cues, model.cues(), SoundCues.class);
        sound.selectedProperty().bindBidirectional(model.sound());
        restUntilReady.selectedProperty().bindBidirectional(model.restUntilReady());
        volume.setMin(model.volumeLimit().min());
        volume.setMax(model.volumeLimit().max());
        volume.setBlockIncrement(model.volumeLimit().step());
        volume.valueProperty().bindBidirectional(model.volume());
        model.volumeChanging().bind(volume.valueChangingProperty());
        bind(getReady, model.getReadyLimit(), model.getReadySeconds());
        bind(stretchRest, model.restLimit(), model.stretchRestSeconds());
        bind(strengthRest, model.restLimit(), model.strengthRestSeconds());
        bind(lift, model.tempoBounds(), model.liftSeconds());
        bind(lower, model.tempoBounds(), model.lowerSeconds());
        Toggles.bindBidirectional(legs, model.firstSide(), Side.class);
        status.textProperty().bind(model.status());
        problem.textProperty().bind(model.problem());
        cards.putAll(Map.of(SettingsViewModel.Group.LOOK, lookCard, SettingsViewModel.Group.SOUND, soundCard,
                SettingsViewModel.Group.TIMING, timingCard, SettingsViewModel.Group.TEMPO, tempoCard,
                SettingsViewModel.Group.FIRST_LEG, firstLegCard));
        model.failedGroup().addListener((obs, old, now) -> showProblemIn(now));
        model.look().addListener((obs, old, now) -> Appearance.apply(page.getScene().getRoot(), now));
    }

    @FXML
    private void playTestTone() {
        model.playTestTone();
    }

    /** Under the title of the card whose setting could not be saved, or nowhere. */
    private void showProblemIn(SettingsViewModel.Group group) {
        cards.values().forEach(card -> card.getChildren().remove(problem));
        if (group != null) {
            cards.get(group).getChildren().add(1, problem);
        }
    }

    private static void bind(Spinner<Integer> spinner, UserSettings.Limit limit,
                             Property<Integer> value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(limit.min(), limit.max(),
                limit.min(), limit.step()));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
    }

    private static void bind(Spinner<Double> spinner, SettingsViewModel.Bounds bounds,
                             Property<Double> value) {
        spinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(bounds.min(), bounds.max(),
                bounds.min(), bounds.step()));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
    }
}
