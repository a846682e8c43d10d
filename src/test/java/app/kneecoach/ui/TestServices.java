package app.kneecoach.ui;

import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.RoutineStore;
import app.kneecoach.history.SettingsStore;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/** Services for window tests: a fake clock, the given sound, and a fresh data folder of their own. */
final class TestServices {
    private TestServices() {
    }

    static AppServices with(FakeClock clock, SoundPlayer sound) {
        return in(freshFolder(), clock, sound);
    }

    static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound) {
        Clock wall = Clock.fixed(clock.now(), ZoneOffset.UTC);
        return new AppServices(clock, sound, ZoneOffset.UTC, HistoryStore.open(dataDir, wall),
                RoutineStore.open(dataDir, wall), SettingsStore.open(dataDir, wall));
    }

    static AppServices quiet() {
        return with(new FakeClock(), SoundPlayer.silent());
    }

    static Path freshFolder() {
        try {
            Path dir = Files.createTempDirectory("knee-coach-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
