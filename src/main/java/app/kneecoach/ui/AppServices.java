package app.kneecoach.ui;

import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.RoutineStore;
import app.kneecoach.history.SettingsStore;
import app.kneecoach.history.UserSettings;
import app.kneecoach.history.WindowStore;
import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Tempo;
import app.kneecoach.sound.LineSoundPlayer;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * What the views need from outside: the clock, the sound output, the time zone that decides what
 * "today" is, and the user's data (history, routines, settings, the window's place) as found at
 * start-up. The history may still be being read when the window opens (years of sessions take a second
 * or more): views that can do without it ask {@link #historyRead()} and {@link #whenHistoryRead}; the
 * rest wait for it.
 */
public record AppServices(SessionClock clock, SoundPlayer sound, ZoneId zone,
                          CompletableFuture<HistoryStore.Opened> historyReading,
                          RoutineStore.Opened routineStorage, SettingsStore.Opened settingsStorage,
                          WindowStore.Opened windowStorage) {

    public AppServices {
        applySound(sound, settingsStorage.store().settings());
    }

    /** Services whose history has already been read. */
    public AppServices(SessionClock clock, SoundPlayer sound, ZoneId zone, HistoryStore.Opened storage,
                       RoutineStore.Opened routineStorage, SettingsStore.Opened settingsStorage,
                       WindowStore.Opened windowStorage) {
        this(clock, sound, zone, CompletableFuture.completedFuture(storage), routineStorage, settingsStorage,
                windowStorage);
    }

    /**
     * Reads the settings, routines and window place now; the history arrives through {@code history}, which
     * the caller completes (see {@link HistoryStore#openInBackground}).
     */
    public static AppServices system(Path dataDir, CompletableFuture<HistoryStore.Opened> history) {
        Clock clock = Clock.systemDefaultZone();
        SettingsStore.Opened settings = SettingsStore.open(dataDir, clock);
        return new AppServices(SessionClock.system(), new LineSoundPlayer(settings.store().settings().volume() / 100.0),
                ZoneId.systemDefault(), history, RoutineStore.open(dataDir, clock), settings,
                WindowStore.open(dataDir, clock));
    }

    boolean historyRead() {
        return historyReading.isDone();
    }

    /** Runs {@code action} on the UI thread once the history has been read. */
    void whenHistoryRead(Runnable action) {
        historyReading.thenRun(() -> Platform.runLater(action));
    }

    /** The history as opened, waiting for it if it is still being read. */
    HistoryStore.Opened storage() {
        return historyReading.join();
    }

    HistoryStore history() {
        return storage().store();
    }

    RoutineStore routines() {
        return routineStorage.store();
    }

    SettingsStore userSettings() {
        return settingsStorage.store();
    }

    /** The timings the next session uses, as the user last set them. */
    SessionSettings settings() {
        return userSettings().settings().session();
    }

    Tempo tempo() {
        return userSettings().settings().tempo();
    }

    static void applySound(SoundPlayer sound, UserSettings settings) {
        sound.setMuted(!settings.sound());
        sound.setVolume(settings.volume() / 100.0);
    }
}
