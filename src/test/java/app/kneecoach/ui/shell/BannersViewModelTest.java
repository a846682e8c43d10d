package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Resumable;
import app.kneecoach.ui.shell.BannersViewModel.Action;
import app.kneecoach.ui.shell.BannersViewModel.Banner;
import app.kneecoach.ui.shell.BannersViewModel.Kind;
import app.kneecoach.ui.shell.BannersViewModel.Line;
import app.kneecoach.ui.shell.BannersViewModel.LineKind;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.JsonImport;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The cards above the sections without a window: each from the records of a data folder of its own. */
class BannersViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();
    private final Path dataDir = TestServices.freshFolder();
    private int historyChanges;
    private final List<Resumable> resumed = new ArrayList<>();

    @Test
    void anInterruptedSessionGivesACardToKeepOrDiscardIt() throws Exception {
        SessionRecord session = interrupted();
        Banner card = only(banners(services()));
        assertEquals(Kind.INTERRUPTED, card.kind());
        assertEquals("An unfinished session was found", card.title());
        assertEquals(List.of(Action.KEEP, Action.DISCARD), card.actions());
        String text = card.lines().get(0).text();
        String when = Formats.DEFAULT.dateTime(session.startedAt(), ZoneOffset.UTC);
        assertTrue(text.startsWith("From " + when + ": Bridge."), text);
    }

    @Test
    void aSessionStoppedInAnExerciseLatelyCanBeResumedWhereItStopped() throws Exception {
        SessionRecord session = RecordedSessions.underWay(clock, 1, 3);
        store().saveInProgress(session);
        clock.advance(java.time.Duration.ofHours(2));
        AppServices services = services();
        BannersViewModel banners = banners(services);
        Banner card = only(banners);
        assertEquals(List.of(Action.RESUME, Action.KEEP, Action.DISCARD), card.actions());
        assertEquals("Resume goes on with Seated butterfly stretch, both legs, at set 2 of 3.",
                card.lines().get(1).text());
        assertEquals("Resume where it stopped", banners.actionText(Action.RESUME));

        banners.resume();
        assertEquals(List.of(), banners.items());
        assertEquals(1, resumed.size());
        assertEquals(session.id(), resumed.get(0).session().id());
        assertEquals(Optional.empty(), services.storage().store().interrupted(), "the session under way now");
        assertEquals(List.of(), Histories.all(services.storage().store()), "not yet in the history");
    }

    @Test
    void aSessionStoppedLongAgoIsOnlyKeptOrDiscarded() throws Exception {
        store().saveInProgress(RecordedSessions.underWay(clock, 1, 3));
        clock.advance(Resumable.RESUMABLE_FOR.plusMinutes(11));
        assertEquals(List.of(Action.KEEP, Action.DISCARD), only(banners(services())).actions());
    }

    @Test
    void keepingItPutsItInTheHistoryAsUnfinished() throws Exception {
        interrupted();
        AppServices services = services();
        BannersViewModel banners = banners(services);
        banners.keep();
        assertEquals(List.of(), banners.items());
        assertEquals(1, historyChanges);
        HistoryStore store = services.storage().store();
        assertEquals(SessionStatus.INTERRUPTED, Histories.all(store).get(0).status());
        assertEquals(Optional.empty(), store.interrupted());
    }

    @Test
    void discardingItLeavesNoTrace() throws Exception {
        interrupted();
        AppServices services = services();
        BannersViewModel banners = banners(services);
        assertEquals("Discard it for good", banners.discardQuestion().riskyAnswer());
        assertEquals("Keep it in the history", banners.discardQuestion().safeAnswer());
        banners.discard();
        assertEquals(List.of(), banners.items());
        assertEquals(List.of(), Histories.all(services.storage().store()));
        assertEquals(Optional.empty(), services.storage().store().interrupted());
    }

    @Test
    void keepingItWhenTheRecordsCannotBeWrittenSaysWhyAndTheCardStays() throws Exception {
        interrupted();
        AppServices services = services();
        BannersViewModel banners = banners(services);
        Faults.readOnly(services.storage().store(), true);
        banners.keep();
        Banner card = only(banners);
        assertFalse(card.busy());
        assertTrue(card.problem().startsWith("Could not save: "), card.problem());
        assertEquals(0, historyChanges);
    }

    @Test
    void aDamagedHistoryFileGivesACardSayingWhereItWasKept() throws Exception {
        Files.writeString(dataDir.resolve(JsonImport.HISTORY_FILE), "{\"schemaVersion\": 1, \"sessions\": [");
        // Followed by the card about the import, which has found nothing to bring in.
        Banner card = banners(services()).items().get(0);
        assertEquals(Kind.DATA, card.kind());
        assertEquals("Some of your saved data could not be read", card.title());
        assertEquals(List.of(Action.CLOSE), card.actions());
        assertEquals(LineKind.BULLET, card.lines().get(0).kind());
        assertTrue(card.lines().get(0).text().contains("history.json (line 1, column 35): is not valid JSON"),
                card.lines().get(0).text());
        Line kept = card.lines().get(card.lines().size() - 1);
        assertTrue(kept.text().contains("history.json.unreadable-"), kept.text());
    }

    @Test
    void aDataFolderThatIsAFileGivesOneCardAndItStaysClosedOnceClosed() throws Exception {
        Path file = Files.createTempFile("knee-coach", ".txt");
        BannersViewModel banners = banners(TestServices.in(file, clock, SoundPlayer.silent()));
        Banner card = only(banners);
        assertEquals("Your sessions cannot be saved in the data folder", card.title());
        assertTrue(card.lines().get(card.lines().size() - 1).text().contains("kept only until you close it"));
        banners.close(card);
        banners.refresh();
        assertEquals(List.of(), banners.items());
    }

    @Test
    void risingPainGivesTheWarningWithItsNumbersAndTheAdvice() throws Exception {
        RecordedSessions.risingPain(store(), clock);
        Banner warning = only(banners(services()));
        assertEquals(Kind.WARNING, warning.kind());
        assertEquals("Your knee pain is getting worse", warning.title());
        Line numbers = warning.lines().get(0);
        assertEquals(LineKind.NUMBERS, numbers.kind());
        // The dates as Formats writes them for this machine's region.
        String firstAndLast = "It was 3 on " + Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 24)) + " and is 6 on "
                + Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 27));
        assertTrue(numbers.text().startsWith(firstAndLast), numbers.text());
        assertTrue(warning.lines().stream()
                .anyMatch(l -> l.kind() == LineKind.BULLET && l.text().contains("a week or two")));
    }

    @Test
    void beforeTheRecordsAreReadNoCardAboutThemShows() throws Exception {
        interrupted();
        BannersViewModel banners = banners(TestServices.in(dataDir, clock, SoundPlayer.silent(),
                new CompletableFuture<>()));
        assertEquals(List.of(), banners.items());
    }

    @Test
    void aNoticeStaysAboveTheOtherCardsUntilClosed() throws Exception {
        interrupted();
        BannersViewModel banners = banners(services());
        banners.inform("Restored", "Your records as they were are kept in old.kcbackup.");
        banners.refresh();
        assertEquals(List.of(Kind.NOTICE, Kind.INTERRUPTED), banners.items().stream().map(Banner::kind).toList());
        Banner notice = banners.items().get(0);
        assertEquals("Restored", notice.title());
        assertEquals(List.of(new Line(LineKind.TEXT, "Your records as they were are kept in old.kcbackup.")),
                notice.lines());
        banners.close(notice);
        banners.refresh();
        assertEquals(List.of(Kind.INTERRUPTED), banners.items().stream().map(Banner::kind).toList());
    }

    /** An interrupted session in this test's records, as a crash would leave it. */
    private SessionRecord interrupted() throws Exception {
        SessionRecord session = RecordedSessions.session(clock, 0, 4, SessionStatus.INTERRUPTED);
        store().saveInProgress(session);
        return session;
    }

    private HistoryStore store() {
        return HistoryStore.open(dataDir, TestServices.wall(clock)).store();
    }

    private AppServices services() {
        return TestServices.in(dataDir, clock, SoundPlayer.silent());
    }

    private BannersViewModel banners(AppServices services) {
        BannersViewModel banners = new BannersViewModel(CATALOG, services, () -> historyChanges++, resumed::add);
        banners.refresh();
        return banners;
    }

    private static Banner only(BannersViewModel banners) {
        assertEquals(1, banners.items().size(), banners.items().toString());
        return banners.items().get(0);
    }
}
