package app.kneecoach.architecture;

import app.kneecoach.app.KneeCoachApp;
import app.kneecoach.app.Startup;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Run by {@link ModuleSmokeTest} in a JVM of its own where the app is the named module, as in the installed app:
 * opens every section, starts a session through the pain check-in into the player, and prints "SMOKE OK" or what
 * failed (a view FXMLLoader could not build there throws on the window's thread).
 */
public final class ModuleSmokeDriver {
    static final List<String> SECTIONS = List.of("routinesNav", "aerobicYogaNav", "avoidNav", "historyNav",
            "aboutNav", "settingsNav", "exercisesNav");
    private static final List<String> FAILURES = new ArrayList<>();

    private ModuleSmokeDriver() {
    }

    public static void main(String[] args) {
        Startup.begin(List.of("--data-dir", args[0]));
        Application.launch(DrivenApp.class, "--data-dir", args[0]);
    }

    /** The real app, driven once its first section is up. */
    public static final class DrivenApp extends KneeCoachApp {
        @Override
        public void start(Stage stage) {
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> FAILURES.add(String.valueOf(e)));
            super.start(stage);
            // The icon's PNGs are read from the module's own resources, as in the installed app.
            if (stage.getIcons().isEmpty() || stage.getIcons().stream().anyMatch(Image::isError)) {
                FAILURES.add("the window has not the app icon: " + stage.getIcons());
            }
            Scene scene = stage.getScene();
            KneeCoachApp.afterContentFrame(scene, () -> drive(scene));
        }
    }

    private static void drive(Scene scene) {
        // A fresh folder is a first start: the welcome (its own FXML view) comes first.
        press(scene, "welcome-look-around");
        for (String section : SECTIONS) {
            press(scene, section);
        }
        // A session: the check-in before, then the player, each its own FXML view.
        press(scene, "start-session");
        press(scene, "continueButton");
        find(scene, "pauseButton");
        System.out.println(FAILURES.isEmpty() ? "SMOKE OK" : "SMOKE FAILED " + FAILURES);
        System.out.flush();
        Platform.exit();
        System.exit(FAILURES.isEmpty() ? 0 : 1);
    }

    private static void press(Scene scene, String id) {
        Node node = find(scene, id);
        if (node instanceof ButtonBase button) {
            button.fire();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    private static Node find(Scene scene, String id) {
        Node node = scene.lookup("#" + id);
        if (node == null) {
            FAILURES.add("no #" + id + " on screen");
        }
        return node;
    }
}
