package app.kneecoach.ui;

import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.RoutineStore;
import app.kneecoach.history.SettingsStore;
import app.kneecoach.history.UserSettings;
import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Tempo;
import app.kneecoach.sound.LineSoundPlayer;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the views need from outside: the clock, the sound output, the time zone that decides what
 * "today" is, and the user's data (history, routines, settings) as found at start-up.
 */
public record AppServices(SessionClock clock, SoundPlayer sound, ZoneId zone, HistoryStore.Opened storage,
                          RoutineStore.Opened routineStorage, SettingsStore.Opened settingsStorage) {

    public AppServices {
        applySound(sound, settingsStorage.store().settings());
    }

    public static AppServices system(Path dataDir) {
        Clock clock = Clock.systemDefaultZone();
        SettingsStore.Opened settings = SettingsStore.open(dataDir, clock);
        return new AppServices(SessionClock.system(), new LineSoundPlayer(settings.store().settings().volume() / 100.0),
                ZoneId.systemDefault(), HistoryStore.open(dataDir, clock), RoutineStore.open(dataDir, clock), settings);
    }

    HistoryStore history() {
        return storage.store();
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
