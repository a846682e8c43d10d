package app.kneecoach.ui.settings;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.session.Side;
import app.kneecoach.sound.Tone;
import app.kneecoach.userdata.SettingsStore;
import app.kneecoach.userdata.SoundCues;
import app.kneecoach.userdata.Theme;
import app.kneecoach.userdata.UserSettings;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;

/**
 * The settings as values the controls bind to, both ways: sound, timings, paced-rep tempo, the first leg,
 * theme and text size, each within the limits {@link UserSettings} sets. A change is in force at once (the
 * sound here, the look through the view) and saved in the background; one that cannot be saved stays in
 * force for this run, and the card of the setting says so.
 */
public final class SettingsViewModel {
    /** The cards of the view; a setting that could not be saved says so in its own. */
    public enum Group { LOOK, SOUND, TIMING, TEMPO, FIRST_LEG }

    /** A control's limits and step, in seconds where the settings keep milliseconds. */
    public record Bounds(double min, double max, double step) {
    }

    private static final double MILLIS_PER_SECOND = 1000.0;
    private final Messages text = Messages.DEFAULT;
    private final AppServices services;
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private final DoubleProperty volume = new SimpleDoubleProperty();
    private final BooleanProperty volumeChanging = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> getReady = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> stretchRest = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> strengthRest = new SimpleObjectProperty<>();
    private final BooleanProperty restUntilReady = new SimpleBooleanProperty();
    private final ObjectProperty<Double> lift = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> lower = new SimpleObjectProperty<>();
    private final ObjectProperty<Side> firstSide = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<SoundCues> cues = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> textSize = new SimpleObjectProperty<>();
    private final ObservableList<Integer> textSizes =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(UserSettings.TEXT_SIZES));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Group> failedGroup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserSettings> look;

    public SettingsViewModel(AppServices services) {
        this.services = services;
        UserSettings now = store().settings();
        look = new ReadOnlyObjectWrapper<>(now);
        show(now);
        // Only the user's changes from here on are saved.
        saveOnChange(Group.SOUND, sound, cues);
        // While the slider is dragged, only where it is let go is saved.
        volume.addListener((obs, old, value) -> {
            if (!volumeChanging.get()) {
                save(Group.SOUND);
            }
        });
        volumeChanging.addListener((obs, was, changing) -> {
            if (!changing) {
                save(Group.SOUND);
            }
        });
        saveOnChange(Group.TIMING, getReady, stretchRest, strengthRest, restUntilReady);
        saveOnChange(Group.TEMPO, lift, lower);
        saveOnChange(Group.FIRST_LEG, firstSide);
        saveOnChange(Group.LOOK, theme, textSize);
    }

    public void playTestTone() {
        services.sound().play(Tone.WORK_START);
    }

    private void saveOnChange(Group group, ObservableValue<?>... values) {
        List.of(values).forEach(value -> value.addListener((obs, old, now) -> save(group)));
    }

    private void show(UserSettings settings) {
        sound.set(settings.sound());
        volume.set(settings.volume());
        getReady.set(settings.getReadySeconds());
        stretchRest.set(settings.stretchRestSeconds());
        strengthRest.set(settings.strengthRestSeconds());
        lift.set(settings.liftMillis() / MILLIS_PER_SECOND);
        lower.set(settings.lowerMillis() / MILLIS_PER_SECOND);
        firstSide.set(settings.firstSide());
        theme.set(settings.theme());
        textSize.set(settings.textSize());
        cues.set(settings.cues());
        restUntilReady.set(settings.restUntilReady());
    }

    private void save(Group group) {
        UserSettings changed = new UserSettings(sound.get(), (int) Math.round(volume.get()), getReady.get(),
                stretchRest.get(), strengthRest.get(), millis(lift.get()), millis(lower.get()), firstSide.get(),
                theme.get(), textSize.get(), store().settings().welcomeSeen(), cues.get(),
                restUntilReady.get());
        // In force at once, saved in the background. One that cannot be saved stays in force for this run (the
        // store keeps it), so the controls keep showing it; the file keeps the settings as they were.
        AppServices.applySound(services.sound(), changed);
        look.set(changed);
        services.background().run(() -> {
            // Read where the welcome's own save runs, so a change made just after closing it keeps it closed.
            store().apply(changed.withWelcomeSeen(store().settings().welcomeSeen()));
            return changed;
        }, saved -> {
            failedGroup.set(null);
            status.set(text.get("settings.saved"));
        }, e -> {
            status.set("");
            problem.set(text.get("settings.saveFailed", e.getMessage()));
            failedGroup.set(group);
        });
    }

    private static int millis(double seconds) {
        return (int) Math.round(seconds * MILLIS_PER_SECOND);
    }

    private SettingsStore store() {
        return services.userSettings();
    }

    public BooleanProperty sound() {
        return sound;
    }

    /** Whether rests between sets wait for "I'm ready". */
    public BooleanProperty restUntilReady() {
        return restUntilReady;
    }

    /** Percent, 0 to 100. */
    public DoubleProperty volume() {
        return volume;
    }

    /** Whether the volume slider is being dragged: bound to it by the view. */
    public BooleanProperty volumeChanging() {
        return volumeChanging;
    }

    public ObjectProperty<Integer> getReadySeconds() {
        return getReady;
    }

    public ObjectProperty<Integer> stretchRestSeconds() {
        return stretchRest;
    }

    public ObjectProperty<Integer> strengthRestSeconds() {
        return strengthRest;
    }

    public ObjectProperty<Double> liftSeconds() {
        return lift;
    }

    public ObjectProperty<Double> lowerSeconds() {
        return lower;
    }

    public ObjectProperty<Side> firstSide() {
        return firstSide;
    }

    /** The voice, tones, or both, while sound is on. */
    public ObjectProperty<SoundCues> cues() {
        return cues;
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    /** Percent of the normal size, one of {@link #textSizes()}. */
    public ObjectProperty<Integer> textSize() {
        return textSize;
    }

    public ObservableList<Integer> textSizes() {
        return textSizes;
    }

    /** A text size in words: "150%". */
    public StringConverter<Integer> textSizeText() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : text.get("settings.percent", percent);
            }

            @Override
            public Integer fromString(String shown) {
                return textSizes.stream().filter(size -> toString(size).equals(shown)).findFirst().orElse(null);
            }
        };
    }

    public UserSettings.Limit volumeLimit() {
        return UserSettings.VOLUME;
    }

    public UserSettings.Limit getReadyLimit() {
        return UserSettings.GET_READY_SECONDS;
    }

    /** Both rests: between stretch sets and between strengthening sets. */
    public UserSettings.Limit restLimit() {
        return UserSettings.REST_SECONDS;
    }

    /** Lift and lower, in seconds (the settings keep milliseconds). */
    public Bounds tempoBounds() {
        UserSettings.Limit millis = UserSettings.TEMPO_MILLIS;
        return new Bounds(millis.min() / MILLIS_PER_SECOND, millis.max() / MILLIS_PER_SECOND,
                millis.step() / MILLIS_PER_SECOND);
    }

    /** "Saved." once a change is on disk. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Why the last change could not be saved. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** The card whose setting could not be saved, or null while every change is saved. */
    public ReadOnlyObjectProperty<Group> failedGroup() {
        return failedGroup.getReadOnlyProperty();
    }

    /** The settings in force, whose theme and text size the window shows. */
    public ReadOnlyObjectProperty<UserSettings> look() {
        return look.getReadOnlyProperty();
    }
}
