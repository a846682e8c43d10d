package app.kneecoach.bench;

import app.kneecoach.app.KneeCoachApp;
import app.kneecoach.app.Startup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Started in a fresh JVM by {@link StartupBenchmark}: opens either Knee Coach or a bare JavaFX window,
 * and at the first layout pulse with the window showing prints "STARTUP ms rss-KB" and exits.
 * Argument: {@code app DATA_DIR} or {@code bare}.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        if (args[0].equals("app")) {
            // As Main does: read the catalog and data while the toolkit starts.
            Startup.begin(List.of("--data-dir", args[1]));
            Application.launch(ProbedApp.class, "--data-dir", args[1]);
        } else {
            Application.launch(BareWindow.class);
        }
    }

    /** The real app, reporting its first frame. */
    public static final class ProbedApp extends KneeCoachApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            reportFirstFrame(stage.getScene());
        }
    }

    /** The floor: the smallest JavaFX window, same toolkit, same JVM. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1200, 800));
            stage.show();
            reportFirstFrame(stage.getScene());
        }
    }

    static void reportFirstFrame(Scene scene) {
        KneeCoachApp.afterContentFrame(scene, () -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("STARTUP " + ms + " " + residentKb());
            System.out.flush();
            Platform.exit();
        });
    }

    /** Resident set size from /proc (Linux); -1 where there is none. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
