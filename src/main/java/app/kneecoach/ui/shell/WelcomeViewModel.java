package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.GuidanceSection;
import app.kneecoach.catalog.Routine;
import app.kneecoach.userdata.SettingsStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The welcome of the first start: what the app is and is not, where to begin, the rule to stop what hurts and when
 * to get help, from the catalog. Closing it (either way) is saved in the settings, so it is not shown again; About
 * &amp; safety can show it again.
 */
final class WelcomeViewModel {
    /** The built-in routine the welcome suggests beginning with. */
    static final String GENTLE_START = "gentle-start";
    private static final Logger LOG = Logger.getLogger(WelcomeViewModel.class.getName());
    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;
    private final Consumer<Routine> openRoutine;
    private final Runnable close;

    /**
     * @param openRoutine opens a routine in the Routines section, the welcome closed
     * @param close       closes the welcome, back to the section that was up
     */
    WelcomeViewModel(Catalog catalog, AppServices services, Consumer<Routine> openRoutine, Runnable close) {
        this.catalog = catalog;
        this.services = services;
        this.openRoutine = openRoutine;
        this.close = close;
    }

    /** Whether the welcome is due at start: it has never been closed. */
    static boolean due(AppServices services) {
        return !services.userSettings().settings().welcomeSeen();
    }

    /** What the app is, with its source credited. */
    String what() {
        Catalog.Source source = catalog.source();
        return text.get("welcome.what", source.title(), source.author());
    }

    /** The routine to begin with; none if this catalog has no gentle start. */
    Optional<Routine> gentleStart() {
        return catalog.routines().stream().filter(r -> r.id().equals(GENTLE_START)).findFirst();
    }

    /** "Begin with the routine “Gentle start”: …", or empty without one. */
    String begin() {
        return gentleStart().map(r -> text.get("welcome.begin", r.name(), r.description())).orElse("");
    }

    boolean beginShown() {
        return gentleStart().isPresent();
    }

    /** When to see a doctor or physical therapist, as the catalog says. */
    Optional<GuidanceSection> help() {
        return catalog.seeAProfessional();
    }

    List<String> helpPoints() {
        return help().map(GuidanceSection::points).orElse(List.of());
    }

    /** "Start with the gentle start": the welcome closes and the routine opens in Routines. */
    void startGentle() {
        markSeen();
        gentleStart().ifPresentOrElse(openRoutine, close);
    }

    /** "Look around": the welcome closes. */
    void lookAround() {
        markSeen();
        close.run();
    }

    /** Saved on the records thread, where every settings save runs, keeping the other settings as they are. */
    private void markSeen() {
        if (!due(services)) {
            return;
        }
        SettingsStore store = services.userSettings();
        services.background().run(() -> {
            store.apply(store.settings().withWelcomeSeen(true));
            return true;
        }, saved -> { }, e -> {
            // Closed for this run all the same (the store keeps it); it is shown once more at the next start.
            LOG.log(Level.WARNING, "Could not keep that the welcome was seen", e);
        });
    }
}
