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

    /**
     * With file dialogs that pick what the test gives them. The welcome of a first start has been seen (and that
     * saved, where the folder can be written), so the window opens on its sections; see {@link #firstStart}.
     */
    public static AppServices in(Path dataDir, FakeClock clock, SoundPlayer sound,
                          CompletableFuture<HistoryStore.Opened> history, FilePicker files) {
        SettingsStore.Opened settings = SettingsStore.open(dataDir, wall(clock));
        try {
            settings.store().apply(settings.store().settings().withWelcomeSeen(true));
        } catch (IOException e) {
            // In force all the same: the store keeps a change it could not save.
        }
        return services(dataDir, clock, sound, history, settings, files);
    }

    /** Services on {@code dataDir} as the app finds it: a folder without settings is a first start. */
    public static AppServices firstStart(Path dataDir, FakeClock clock) {
        var history = CompletableFuture.completedFuture(HistoryStore.open(dataDir, wall(clock)));
        return services(dataDir, clock, SoundPlayer.silent(), history, SettingsStore.open(dataDir, wall(clock)),
                new PickedFiles());
    }

    private static AppServices services(Path dataDir, FakeClock clock, SoundPlayer sound,
                                        CompletableFuture<HistoryStore.Opened> history, SettingsStore.Opened settings,
                                        FilePicker files) {
        Background background = Background.sameThread();
        return new AppServices(clock, sound, ZoneOffset.UTC, background, history, settings,
                WindowStore.open(dataDir, wall(clock)), new SessionSaver(() -> history.join().store(), background),
                files);
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
