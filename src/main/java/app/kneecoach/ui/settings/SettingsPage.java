package app.kneecoach.ui.settings;

import app.kneecoach.ui.common.Fields;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.CatalogPage;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.UserSettings;
import app.kneecoach.session.Side;
import app.kneecoach.sound.Tone;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Sound, timings, paced-rep tempo, the first leg, theme and text size; each change is saved at once with
 * the user's data, and the look changes at once.
 */
public final class SettingsPage extends CatalogPage {
    private static final String LOOK = "settings.look";
    private static final String SOUND = "settings.sound";
    private static final String TIMING = "settings.timing";
    private static final String TEMPO = "settings.tempo";
    private static final String FIRST_LEG = "settings.firstLeg";
    private final AppServices services;
    private final Label status = Blocks.text("", "export-result");
    private CheckBox sound;
    private Slider volume;
    private Spinner<Integer> getReady;
    private Spinner<Integer> stretchRest;
    private Spinner<Integer> strengthRest;
    private Spinner<Double> lift;
    private Spinner<Double> lower;
    private RadioButton leftFirst;
    private ToggleGroup themes;
    private ComboBox<Integer> textSize;
    private Problem problem;

    public SettingsPage(Catalog catalog, AppServices services) {
        super(catalog);
        this.services = services;
    }

    @Override
    protected List<Node> content() {
        UserSettings now = services.userSettings().settings();
        sound = new CheckBox(text.get("settings.soundOn"));
        sound.setId("setting-sound");
        sound.setSelected(now.sound());
        volume = new Slider(0, 100, now.volume());
        volume.setId("setting-volume");
        volume.setAccessibleText(text.get("settings.volume"));
        volume.setBlockIncrement(10);
        Button test = new Button(text.get("settings.testTone"));
        test.setId("test-tone");
        test.setOnAction(e -> services.sound().play(Tone.WORK_START));
        getReady = Fields.spinner("setting-get-ready", 1, 60, now.getReadySeconds(), 1);
        stretchRest = Fields.spinner("setting-stretch-rest", 1, 300, now.stretchRestSeconds(), 5);
        strengthRest = Fields.spinner("setting-strength-rest", 1, 300, now.strengthRestSeconds(), 5);
        lift = seconds("setting-lift", now.liftMillis());
        lower = seconds("setting-lower", now.lowerMillis());
        ToggleGroup legs = new ToggleGroup();
        RadioButton rightFirst = new RadioButton(text.get("settings.right"));
        rightFirst.setId("setting-right-first");
        rightFirst.setToggleGroup(legs);
        leftFirst = new RadioButton(text.get("settings.left"));
        leftFirst.setId("setting-left-first");
        leftFirst.setToggleGroup(legs);
        legs.selectToggle(now.firstSide() == Side.LEFT ? leftFirst : rightFirst);
        themes = new ToggleGroup();
        List<RadioButton> themeButtons = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            RadioButton button = new RadioButton(text.get("settings.theme." + theme.key()));
            button.setId("setting-theme-" + theme.key());
            button.setUserData(theme);
            button.setToggleGroup(themes);
            button.setSelected(theme == now.theme());
            themeButtons.add(button);
        }
        textSize = new ComboBox<>(FXCollections.observableArrayList(UserSettings.TEXT_SIZES));
        textSize.setId("setting-text-size");
        textSize.setValue(now.textSize());
        textSize.setCellFactory(list -> new PercentCell());
        textSize.setButtonCell(new PercentCell());

        sound.selectedProperty().addListener((obs, old, value) -> save(SOUND));
        volume.valueChangingProperty().addListener((obs, old, changing) -> {
            if (!changing) {
                save(SOUND);
            }
        });
        volume.valueProperty().addListener((obs, old, value) -> {
            if (!volume.isValueChanging()) {
                save(SOUND);
            }
        });
        List.of(getReady, stretchRest, strengthRest).forEach(s -> s.valueProperty()
                .addListener((o, a, b) -> save(TIMING)));
        List.of(lift, lower).forEach(s -> s.valueProperty().addListener((o, a, b) -> save(TEMPO)));
        legs.selectedToggleProperty().addListener((obs, old, value) -> save(FIRST_LEG));
        themes.selectedToggleProperty().addListener((obs, old, value) -> save(LOOK));
        textSize.valueProperty().addListener((obs, old, value) -> save(LOOK));

        List<Node> nodes = new ArrayList<>();
        nodes.add(Blocks.heading(text.get("settings.title"), "h1"));
        nodes.add(Blocks.text(text.get("settings.note"), "lead"));
        // Text size and theme first: the first thing to find when the text is hard to read.
        nodes.add(group(LOOK, Fields.field(text.get("settings.textSize"), textSize),
                new VBox(6, themeButtons.toArray(Node[]::new))));
        nodes.add(group(SOUND, sound, Fields.field(text.get("settings.volume"), volume), test));
        nodes.add(group(TIMING,
                Fields.field(text.get("settings.getReady"), getReady),
                Fields.field(text.get("settings.stretchRest"), stretchRest),
                Fields.field(text.get("settings.strengthRest"), strengthRest)));
        nodes.add(group(TEMPO, Fields.field(text.get("settings.lift"), lift),
                Fields.field(text.get("settings.lower"), lower)));
        nodes.add(group(FIRST_LEG, new VBox(6, rightFirst, leftFirst)));

        status.setId("settings-status");
        nodes.add(status);
        return nodes;
    }

    private Node group(String titleKey, Node... controls) {
        FlowPane row = new FlowPane(controls);
        row.getStyleClass().add("setup-fields");
        List<Node> content = new ArrayList<>(List.of(Blocks.heading(text.get(titleKey), "h2"), row));
        if (problem != null && problem.group().equals(titleKey)) {
            // Shown in the card of the setting that could not be saved; the controls show what is in force.
            Label failed = Blocks.text(text.get("settings.saveFailed", problem.message()), "player-problem");
            failed.setId("settings-problem");
            content.add(1, failed);
        }
        return Blocks.card("settings-card", content);
    }

    private final class PercentCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer percent, boolean empty) {
            super.updateItem(percent, empty);
            setText(empty || percent == null ? null : text.get("settings.percent", percent));
        }
    }

    private static Spinner<Double> seconds(String id, int millis) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 10, millis / 1000.0,
                0.5));
        spinner.setId(id);
        spinner.getStyleClass().add("setup-spinner");
        return spinner;
    }

    private void save(String group) {
        UserSettings changed = new UserSettings(sound.isSelected(), (int) Math.round(volume.getValue()),
                getReady.getValue(), stretchRest.getValue(), strengthRest.getValue(),
                (int) Math.round(lift.getValue() * 1000), (int) Math.round(lower.getValue() * 1000),
                leftFirst.isSelected() ? Side.LEFT : Side.RIGHT, (Theme) themes.getSelectedToggle().getUserData(),
                textSize.getValue());
        // In force at once, saved in the background; a change that cannot be saved stays in force for this run.
        AppServices.applySound(services.sound(), changed);
        if (status.getScene() != null) {
            Appearance.apply(status.getScene().getRoot(), changed);
        }
        services.background().run(() -> {
            services.userSettings().apply(changed);
            return changed;
        }, saved -> {
            if (problem != null) {
                problem = null;
                refresh();
            }
            status.setText(text.get("settings.saved"));
        }, e -> {
            problem = new Problem(group, e.getMessage());
            refresh();
        });
    }

    /** A setting that could not be saved: which card, and why. */
    private record Problem(String group, String message) {
    }
}
