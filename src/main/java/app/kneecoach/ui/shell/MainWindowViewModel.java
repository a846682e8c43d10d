package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Resumable;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.Routine;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The main window's state: which of the seven sections is up, which built sections no longer show the records
 * as they are (the view builds those again), and whether the main view has the window or a session has it.
 * The cards above the sections are a {@link BannersViewModel} of their own, today's plan a
 * {@link TodayPlanViewModel} and the reminders that came a {@link ReminderNoticesViewModel}.
 */
final class MainWindowViewModel {
    /** The sections in the order of the sidebar; Ctrl and a section's place (1-7) opens it. */
    enum Section {
        EXERCISES("exercisesNav"), ROUTINES("routinesNav"), AEROBIC_YOGA("aerobicYogaNav"), AVOID("avoidNav"),
        HISTORY("historyNav"), ABOUT("aboutNav"), SETTINGS("settingsNav");

        private final String navId;

        Section(String navId) {
            this.navId = navId;
        }

        /** The id of the section's button in the sidebar. */
        String navId() {
            return navId;
        }

        /** The digit that, with Ctrl, opens the section: "1" to "7". */
        String shortcut() {
            return Integer.toString(ordinal() + 1);
        }

        static Optional<Section> withShortcut(String key) {
            return Arrays.stream(values()).filter(s -> s.shortcut().equals(key)).findFirst();
        }

        static Section withNavId(String id) {
            return Arrays.stream(values()).filter(s -> s.navId.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no section button " + id));
        }
    }

    private final AppServices services;
    private final BannersViewModel banners;
    private final TodayPlanViewModel todayPlan;
    private final ReminderNoticesViewModel reminders;
    private final ReadOnlyObjectWrapper<Section> selected = new ReadOnlyObjectWrapper<>(Section.EXERCISES);
    private final ObservableSet<Section> outdated = FXCollections.observableSet();
    /** One read-only view, kept: it holds its listeners only as long as it lives. */
    private final ObservableSet<Section> shownOutdated = FXCollections.unmodifiableObservableSet(outdated);
    /** Whether the Routines section, as last built, said the records were still being read. */
    private boolean routinesWaiting;
    private boolean mainViewShown;
    /** A routine to show when the Routines section is next built with the records (from the welcome). */
    private Routine routineToOpen;

    /**
     * @param onResume       starts the player on an interrupted session taken up again (from its card)
     * @param onStartRoutine starts a routine from today's plan or a reminder, as the Routines section does
     */
    MainWindowViewModel(Catalog catalog, AppServices services, Consumer<Resumable> onResume,
                        Consumer<Routine> onStartRoutine) {
        this.services = services;
        this.banners = new BannersViewModel(catalog, services, this::historyChanged, onResume);
        this.todayPlan = new TodayPlanViewModel(catalog, services, onStartRoutine);
        this.reminders = new ReminderNoticesViewModel(todayPlan, services.sound());
        // Asked before the banners are made, so a history arriving in between still gets its cards.
        boolean historyRead = services.historyRead();
        banners.refresh();
        todayPlan.refresh();
        if (!historyRead) {
            // What shows the history (its section, the cards about it) follows it as after a new session.
            services.whenHistoryRead(this::historyChanged);
        }
    }

    BannersViewModel banners() {
        return banners;
    }

    TodayPlanViewModel todayPlan() {
        return todayPlan;
    }

    ReminderNoticesViewModel reminders() {
        return reminders;
    }

    ReadOnlyObjectProperty<Section> selected() {
        return selected.getReadOnlyProperty();
    }

    void select(Section section) {
        selected.set(section);
    }

    /** Built sections that must be built again before they are shown; a section leaves once it is. */
    ObservableSet<Section> outdated() {
        return shownOutdated;
    }

    /** The view built {@code section}: it shows the records as they are now. */
    void built(Section section) {
        outdated.remove(section);
    }

    /**
     * Whether the Routines section, about to be built, must say the records are still being read: the user's
     * routines are in the records, which open after the first frame. It is built again once they are.
     */
    boolean routinesWaitForRecords() {
        routinesWaiting = !services.historyRead();
        return routinesWaiting;
    }

    /** The history was read or a session added: the history view and the cards about it must reflect it. */
    void historyChanged() {
        if (routinesWaiting) {
            outdated.add(Section.ROUTINES);
        }
        outdated.add(Section.HISTORY);
        banners.refresh();
        todayPlan.refresh();
    }

    /** History changed its own records (an edit, a delete, an undo): it shows them already; the cards follow. */
    void recordsEdited() {
        banners.refresh();
        todayPlan.refresh();
    }

    /** A backup's records took the place of these: everything that shows them is built again, and it is said. */
    void recordsRestored(String message) {
        outdated.add(Section.ROUTINES);
        historyChanged();
        banners.inform(Messages.DEFAULT.get("records.restoredTitle"), message);
    }

    /** Opens {@code routine} in the Routines section, built anew to show it (at once, or once the records are read). */
    void openRoutine(Routine routine) {
        routineToOpen = routine;
        outdated.add(Section.ROUTINES);
        select(Section.ROUTINES);
    }

    /** The routine the Routines section, being built with the records, is to show first; asked once. */
    Optional<Routine> takeRoutineToOpen() {
        Optional<Routine> routine = Optional.ofNullable(routineToOpen);
        routineToOpen = null;
        return routine;
    }

    /** The main view is in the window (false while a session has it). */
    void mainViewShown(boolean shown) {
        mainViewShown = shown;
        reminders.windowFree(shown);
    }

    /**
     * Whether the History section (the heaviest, with years of sessions) may be built ahead, while the user reads
     * the first screen: not while a session has the window, where building it would hold up the player's frames.
     */
    boolean mayPrepareHistory() {
        return mainViewShown;
    }
}
