package app.kneecoach.ui;

import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.Background;
import app.kneecoach.history.SessionSaver;
import app.kneecoach.history.SettingsStore;
import app.kneecoach.history.WindowStore;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/** Services for window tests: a fake clock, the given sound, and a fresh data folder of their own. */
final class TestServices {
    private TestServices() {
    }

    static AppServices with(FakeClock clock, SoundPlayer sound) {
        return in(freshFolder(), clock, sound);
    }

    static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound) {
        return in(dataDir, clock, sound, CompletableFuture.completedFuture(HistoryStore.open(dataDir, wall(clock))));
    }

    /** Services whose history arrives when the test completes {@code history}, as a slow read would. */
    static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound,
                          CompletableFuture<HistoryStore.Opened> history) {
        return in(dataDir, clock, sound, history, new PickedFiles());
    }

    /** With file dialogs that pick what the test gives them. */
    static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound,
                          CompletableFuture<HistoryStore.Opened> history, FilePicker files) {
        Clock wall = wall(clock);
        Background background = Background.sameThread();
        return new AppServices(clock, sound, ZoneOffset.UTC, background, history, SettingsStore.open(dataDir, wall),
                WindowStore.open(dataDir, wall), new SessionSaver(() -> history.join().store(), background), files);
    }

    static Clock wall(FakeClock clock) {
        return Clock.fixed(clock.now(), ZoneOffset.UTC);
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
