package app.kneecoach.bench;

import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SyntheticHistory;
import app.kneecoach.userdata.SettingsStore;
import app.kneecoach.userdata.WindowStore;
import app.kneecoach.session.SessionClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.FxBackground;
import app.kneecoach.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/**
 * The player's frame-to-frame interval while a real-clock hold runs, headless: the window's own frame
 * loop (the one that updates the countdown) measured for {@code -Dbench.jitterSeconds} (default 20) s, with
 * {@code -Dbench.jitterSessions} (default 100,000) sessions in the records and a session saved four times a
 * second meanwhile (a set's save, as after each completed set, but far more often), so a frame late because
 * of a save would show.
 */
public final class FrameJitterBenchmark {
    private static final int WARM_UP_FRAMES = 60;
    /** About four saves a second at 60 frames a second. */
    private static final int SAVE_EVERY_FRAMES = 15;

    private FrameJitterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        int seconds = Integer.getInteger("bench.jitterSeconds", 20);
        Path dir = Files.createTempDirectory("knee-coach-jitter");
        SyntheticHistory.store(dir, Integer.getInteger("bench.jitterSessions", 100_000), 3);
        List<SessionRecord> saves = SyntheticHistory.sessions(1, 9);
        Platform.startup(() -> { });
        CompletableFuture<List<Long>> frames = new CompletableFuture<>();
        AppServices[] opened = new AppServices[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Clock wall = Clock.systemUTC();
            AppServices services = new AppServices(SessionClock.system(), SoundPlayer.silent(),
                    ZoneId.systemDefault(), FxBackground.create(),
                    CompletableFuture.completedFuture(HistoryStore.open(dir, wall)), SettingsStore.open(dir, wall),
                    WindowStore.open(dir, wall));
            opened[0] = services;
            MainWindow.show(stage, CatalogLoader.loadBundled(), services);
            ((Button) stage.getScene().lookup("#start-session")).fire();
            ((Button) stage.getScene().lookup("#skipButton")).fire();
            List<Long> times = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    times.add(now);
                    if (times.size() % SAVE_EVERY_FRAMES == 0) {
                        services.saver().save(saves.get(0), false);
                    }
                    if (now > end) {
                        stop();
                        frames.complete(times);
                    }
                }
            }.start();
        });
        List<Long> times = frames.get();
        Platform.exit();
        List<Double> intervals = new ArrayList<>();
        // The first second includes building the player's controls; the timer's steady state is the rest.
        for (int i = WARM_UP_FRAMES + 1; i < times.size(); i++) {
            intervals.add((times.get(i) - times.get(i - 1)) / 1e6);
        }
        List<Double> sorted = intervals.stream().sorted().toList();
        double mean = intervals.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.println(BenchTable.render(List.of("player frames over " + seconds + " s (after 1 s)", "value"), List.of(
                List.of("frames", String.valueOf(times.size())),
                List.of("saves written meanwhile", String.valueOf(opened[0].saver().written())),
                List.of("mean interval", String.format("%.2f ms", mean)),
                List.of("99th percentile", String.format("%.2f ms", sorted.get((int) (sorted.size() * 0.99)))),
                List.of("longest", String.format("%.2f ms", sorted.get(sorted.size() - 1))))));
    }
}
