package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.shell.BannersViewModel.Banner;
import app.kneecoach.ui.shell.BannersViewModel.Kind;
import app.kneecoach.ui.shell.MainWindowViewModel.Section;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.RoutineSchedule;
import app.kneecoach.userdata.SessionStatus;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's sections and what must be built again, without a window. */
class MainWindowViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();
    private final Path dataDir = TestServices.freshFolder();

    @Test
    void startsOnTheExercisesAndShowsTheSectionSelected() {
        MainWindowViewModel window = window();
        assertEquals(Section.EXERCISES, window.selected().get());
        window.select(Section.HISTORY);
        assertEquals(Section.HISTORY, window.selected().get());
    }

    @Test
    void eachSectionsShortcutIsItsPlaceInTheSidebar() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"),
                Arrays.stream(Section.values()).map(Section::shortcut).toList());
        assertEquals(Optional.of(Section.ROUTINES), Section.withShortcut("2"));
        assertEquals(Optional.of(Section.SETTINGS), Section.withShortcut("7"));
        assertEquals(Optional.empty(), Section.withShortcut("8"));
        assertEquals(Optional.empty(), Section.withShortcut("0"));
        assertEquals(Section.AEROBIC_YOGA, Section.withNavId("aerobicYogaNav"));
        for (Section section : Section.values()) {
            assertEquals(section, Section.withNavId(section.navId()));
        }
    }

    @Test
    void openingARoutineSelectsRoutinesBuiltAnewToShowItOnce() {
        MainWindowViewModel window = window();
        window.built(Section.ROUTINES);
        var gentle = CATALOG.routines().get(CATALOG.routines().size() - 1);
        window.openRoutine(gentle);
        assertEquals(Section.ROUTINES, window.selected().get());
        assertTrue(window.outdated().contains(Section.ROUTINES), "the section as built shows another routine");
        assertEquals(Optional.of(gentle), window.takeRoutineToOpen());
        assertEquals(Optional.empty(), window.takeRoutineToOpen(), "once: a later build shows what the person chose");
    }

    @Test
    void aChangedHistoryOutdatesTheHistorySectionUntilItIsBuiltAgain() {
        MainWindowViewModel window = window();
        assertEquals(Set.of(), window.outdated());
        window.historyChanged();
        assertEquals(Set.of(Section.HISTORY), window.outdated(), "routines were never shown waiting for the records");
        window.built(Section.HISTORY);
        assertEquals(Set.of(), window.outdated());
    }

    @Test
    void routinesBuiltWhileTheRecordsWereReadAreBuiltAgainOnceTheyArrive() {
        MainWindowViewModel window = new MainWindowViewModel(CATALOG,
                TestServices.in(dataDir, clock, SoundPlayer.silent(), new CompletableFuture<>()), stopped -> { }, routine -> { });
        assertTrue(window.routinesWaitForRecords());
        window.historyChanged();
        assertEquals(Set.of(Section.ROUTINES, Section.HISTORY), window.outdated());
        window.built(Section.ROUTINES);
        assertEquals(Set.of(Section.HISTORY), window.outdated());
    }

    @Test
    void routinesBuiltFromTheRecordsStayAsTheyAre() {
        MainWindowViewModel window = window();
        assertFalse(window.routinesWaitForRecords());
        window.historyChanged();
        assertEquals(Set.of(Section.HISTORY), window.outdated());
    }

    @Test
    void aRestoreRebuildsWhatShowsTheRecordsAndSaysSoAboveTheOtherCards() throws Exception {
        store().saveInProgress(RecordedSessions.session(clock, 0, 4, SessionStatus.INTERRUPTED));
        MainWindowViewModel window = window();
        window.recordsRestored("Your records as they were before are kept in old.kcbackup.");
        assertEquals(Set.of(Section.ROUTINES, Section.HISTORY), window.outdated());
        List<Banner> cards = window.banners().items();
        assertEquals(List.of(Kind.NOTICE, Kind.INTERRUPTED), cards.stream().map(Banner::kind).toList());
        assertEquals("Your records were restored from the backup", cards.get(0).title());
        assertEquals("Your records as they were before are kept in old.kcbackup.", cards.get(0).lines().get(0).text());
    }

    @Test
    void aChangedHistoryRefreshesTheCards() throws Exception {
        MainWindowViewModel window = window();
        assertEquals(List.of(), window.banners().items());
        RecordedSessions.risingPain(store(), clock);
        window.historyChanged();
        assertEquals(List.of(Kind.WARNING), window.banners().items().stream().map(Banner::kind).toList());
    }

    @Test
    void historyIsPreparedAheadOnlyWhileTheMainViewHasTheWindow() {
        MainWindowViewModel window = window();
        assertFalse(window.mayPrepareHistory(), "not yet in the window");
        window.mainViewShown(true);
        assertTrue(window.mayPrepareHistory());
        window.mainViewShown(false);
        assertFalse(window.mayPrepareHistory(), "a session has the window");
    }

    /**
     * The records arrive as in the app: their callback runs on the JavaFX thread. The toolkit is started for it, and
     * waited for, so the test thread never reads the plan while that thread is still building it.
     */
    @Test
    void todaysPlanFollowsASessionSavedAndTheRecordsArriving() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppServices services = TestServices.in(dataDir, clock, SoundPlayer.silent(), new CompletableFuture<>());
        HistoryStore.Opened opened = HistoryStore.open(dataDir, TestServices.wall(clock));
        opened.routines().schedules().put(new RoutineSchedule("gentle-start", Set.of(DayOfWeek.TUESDAY),
                LocalTime.of(9, 0)));
        MainWindowViewModel window = new MainWindowViewModel(CATALOG, services, stopped -> { }, routine -> { });
        assertFalse(window.todayPlan().shown().get(), "the records are still being read");
        services.historyReading().complete(opened);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(false), window.todayPlan().rows().stream().map(TodayPlanViewModel.Row::done).toList());
        opened.store().add(RecordedSessions.ofRoutine(clock, 0, 1, "Gentle start"));
        window.historyChanged();
        assertEquals(List.of(true), window.todayPlan().rows().stream().map(TodayPlanViewModel.Row::done).toList(),
                "done once the session is saved");
    }

    private MainWindowViewModel window() {
        return new MainWindowViewModel(CATALOG, services(), stopped -> { }, routine -> { });
    }

    private AppServices services() {
        return TestServices.in(dataDir, clock, SoundPlayer.silent());
    }

    /** This test's records, opened again as another part of the app would. */
    private HistoryStore store() {
        return HistoryStore.open(dataDir, TestServices.wall(clock)).store();
    }
}
