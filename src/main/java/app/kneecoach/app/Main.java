package app.kneecoach.app;

import app.kneecoach.userdata.DataDirectory;
import app.kneecoach.instance.Claim;
import app.kneecoach.instance.Owner;
import app.kneecoach.instance.SingleInstance;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point. A plain class, not the Application subclass, so the app starts from a
 * classpath jar where JavaFX is not on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // One window per data folder: claimed before anything of the folder is read.
        Path dataDir = AppOptions.parse(List.of(args)).dataDir().orElseGet(DataDirectory::forThisUser);
        Claim claim = SingleInstance.claim(dataDir, KneeCoachApp::bringToFront);
        if (claim instanceof Claim.HandedOver) {
            System.err.println("Knee Coach is already open for this data folder; it has been brought to the front.");
            return;
        }
        if (claim instanceof Claim.Unavailable unavailable) {
            System.err.println("Knee Coach: opening without the single-window lock: " + unavailable.reason());
        }
        Owner owner = claim instanceof Owner o ? o : null;
        if (owner != null) {
            // Also on System.exit; the OS frees the lock itself if the process is killed.
            Runtime.getRuntime().addShutdownHook(new Thread(owner::close, "knee-coach-release"));
        }
        try {
            Startup.begin(List.of(args));
            Application.launch(KneeCoachApp.class, args);
        } finally {
            // The window is gone: a later launch must open its own rather than hand over to a process without one.
            if (owner != null) {
                owner.close();
            }
        }
    }
}
