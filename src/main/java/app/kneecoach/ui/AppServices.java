package app.kneecoach.ui;

import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.RoutineStore;
import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionSettings;
import app.kneecoach.sound.LineSoundPlayer;
import app.kneecoach.sound.SoundPlayer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the views need from outside: the clock, the sound output, the user's timing settings, the time
 * zone that decides what "today" is, and the user's data (history and routines) as found at start-up.
 */
public record AppServices(SessionClock clock, SoundPlayer sound, SessionSettings settings, ZoneId zone,
                          HistoryStore.Opened storage, RoutineStore.Opened routineStorage) {
    /** Cue tones at a comfortable, not startling, level. */
    static final double DEFAULT_VOLUME = 0.6;

    public static AppServices system(Path dataDir) {
        Clock clock = Clock.systemDefaultZone();
        return new AppServices(SessionClock.system(), new LineSoundPlayer(DEFAULT_VOLUME), SessionSettings.DEFAULT,
                ZoneId.systemDefault(), HistoryStore.open(dataDir, clock), RoutineStore.open(dataDir, clock));
    }

    HistoryStore history() {
        return storage.store();
    }

    RoutineStore routines() {
        return routineStorage.store();
    }
}
