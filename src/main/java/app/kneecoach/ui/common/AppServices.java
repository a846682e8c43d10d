package app.kneecoach.ui.common;

import app.kneecoach.userdata.Background;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.PainTrend;
import app.kneecoach.userdata.RoutineStore;
import app.kneecoach.userdata.SessionSaver;
import app.kneecoach.userdata.SettingsStore;
import app.kneecoach.userdata.UserSettings;
import app.kneecoach.userdata.WindowStore;
import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Tempo;
import app.kneecoach.sound.LineSoundPlayer;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * What the views need from outside: the clock, the sound output, the time zone that decides what
 * "today" is, where background work runs, and the user's data: settings and the window's place as found
 * at start-up, and the records (sessions, routines), which are opened after the first frame. Views that
 * need the records ask {@link #historyRead()} and {@link #whenHistoryRead}; the window's thread never
 * waits for them.
 */
public record AppServices(SessionClock clock, SoundPlayer sound, ZoneId zone, Background background,
                          CompletableFuture<HistoryStore.Opened> historyReading,
                          SettingsStore.Opened settingsStorage, WindowStore.Opened windowStorage,
                          SessionSaver saver, FilePicker files) {

    public AppServices {
        applySound(sound, settingsStorage.store().settings());
    }

    /**
     * With the app's one saver, which waits (in the background) for the records if they are still opening, and
     * the system's file dialogs.
     */
    public AppServices(SessionClock clock, SoundPlayer sound, ZoneId zone, Background background,
                       CompletableFuture<HistoryStore.Opened> historyReading, SettingsStore.Opened settingsStorage,
                       WindowStore.Opened windowStorage) {
        this(clock, sound, zone, background, historyReading, settingsStorage, windowStorage,
                new SessionSaver(() -> historyReading.join().store(), background), FilePicker.system());
    }

    /** Reads the settings and window place now; the records arrive through {@code history}. */
    public static AppServices system(Path dataDir, Background background,
                                     CompletableFuture<HistoryStore.Opened> history) {
        Clock clock = Clock.systemDefaultZone();
        SettingsStore.Opened settings = SettingsStore.open(dataDir, clock);
        return new AppServices(SessionClock.system(), new LineSoundPlayer(settings.store().settings().volume() / 100.0),
                ZoneId.systemDefault(), background, history, settings, WindowStore.open(dataDir, clock));
    }

    public boolean historyRead() {
        return historyReading.isDone();
    }

    /** Runs {@code action} on the JavaFX thread once the records have been opened (or failed to open). */
    public void whenHistoryRead(Runnable action) {
        historyReading.whenComplete((opened, failed) -> Platform.runLater(action));
    }

    /** The records as opened; only once {@link #historyRead()} says they are. */
    public HistoryStore.Opened storage() {
        HistoryStore.Opened opened = historyReading.getNow(null);
        if (opened == null) {
            throw new IllegalStateException("the records are still being opened");
        }
        return opened;
    }

    public RoutineStore routines() {
        return storage().routines();
    }

    /** Closes the records at exit, once the background work has been drained; every commit is already safe. */
    public void closeRecords() {
        if (historyReading.isDone() && !historyReading.isCompletedExceptionally()) {
            historyReading.join().store().close();
        }
    }

    /** Whether the records could only be opened in memory (the data folder cannot be used): kept until closed. */
    public boolean recordsInMemoryOnly() {
        return historyRead() && storage().store().file().isEmpty();
    }

    /** Works out the pain warning for today in the background, then hands it to {@code then}. */
    public void painWarning(Consumer<Optional<PainTrend.Warning>> then) {
        LocalDate today = today();
        background.run(() -> PainTrend.assess(historyReading.join().store(), today, zone), then,
                failed -> then.accept(Optional.empty()));
    }

    /** The time now as a clock, for stamping file names. */
    public Clock wallClock() {
        return Clock.fixed(clock.now(), zone);
    }

    public LocalDate today() {
        return clock.now().atZone(zone).toLocalDate();
    }

    public SettingsStore userSettings() {
        return settingsStorage.store();
    }

    /** The timings the next session uses, as the user last set them. */
    public SessionSettings settings() {
        return userSettings().settings().session();
    }

    public Tempo tempo() {
        return userSettings().settings().tempo();
    }

    public static void applySound(SoundPlayer sound, UserSettings settings) {
        sound.setMuted(!settings.sound());
        sound.setVolume(settings.volume() / 100.0);
    }
}
