package app.kneecoach.ui.testing;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.FilePicker;

import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.Background;
import app.kneecoach.userdata.SessionSaver;
import app.kneecoach.userdata.SettingsStore;
import app.kneecoach.userdata.WindowStore;
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
public final class TestServices {
    private TestServices() {
    }

    public static AppServices with(FakeClock clock, SoundPlayer sound) {
        return in(freshFolder(), clock, sound);
    }

    public static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound) {
        return in(dataDir, clock, sound, CompletableFuture.completedFuture(HistoryStore.open(dataDir, wall(clock))));
    }

    /** Services whose history arrives when the test completes {@code history}, as a slow read would. */
    public static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound,
                          CompletableFuture<HistoryStore.Opened> history) {
        return in(dataDir, clock, sound, history, new PickedFiles());
    }

    /** With file dialogs that pick what the test gives them. */
    public static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound,
                          CompletableFuture<HistoryStore.Opened> history, FilePicker files) {
        Clock wall = wall(clock);
        Background background = Background.sameThread();
        return new AppServices(clock, sound, ZoneOffset.UTC, background, history, SettingsStore.open(dataDir, wall),
                WindowStore.open(dataDir, wall), new SessionSaver(() -> history.join().store(), background), files);
    }

    public static Clock wall(FakeClock clock) {
        return Clock.fixed(clock.now(), ZoneOffset.UTC);
    }

    public static AppServices quiet() {
        return with(new FakeClock(), SoundPlayer.silent());
    }

    public static Path freshFolder() {
        try {
            Path dir = Files.createTempDirectory("knee-coach-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
