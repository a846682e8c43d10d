package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SafetyText;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The pain check-in without a window: what Continue, Skip and Cancel hand on, the note's limit, the warning. */
class PainCheckViewModelTest {
    /** The warning's numbers, its dates written as Formats writes them for this machine's region. */
    private static final String RISING_PAIN_NUMBERS = "It was 3 on "
            + Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 24))
            + " and is 6 on " + Formats.DEFAULT.shortDate(LocalDate.of(2026, 11, 27));

    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final FakeClock clock = new FakeClock();
    private final Path dataDir = TestServices.freshFolder();
    private final List<PainCheck> checks = new ArrayList<>();
    private int cancelled;

    @Test
    void continueHandsOnTheRatingAndTheNoteWithoutItsSpaces() {
        PainCheckViewModel check = before();
        check.select(3);
        check.select(4);
        check.setNote("  stiff this morning \n");
        check.confirm();
        assertEquals(List.of(new PainCheck(OptionalInt.of(4), Optional.of("stiff this morning"))), checks);
    }

    @Test
    void continueWithoutARatingOrANoteHandsOnNeither() {
        PainCheckViewModel check = before();
        assertEquals(OptionalInt.empty(), check.rating().get());
        check.setNote("   ");
        check.confirm();
        assertEquals(List.of(new PainCheck(OptionalInt.empty(), Optional.empty())), checks);
    }

    @Test
    void skipHandsOnNoRatingAndNoNote() {
        PainCheckViewModel check = before();
        check.select(7);
        check.setNote("sore");
        check.skip();
        assertEquals(List.of(new PainCheck(OptionalInt.empty(), Optional.empty())), checks);
    }

    @Test
    void theNoteStopsAtWhatTheRecordsKeepAndCountsInWords() {
        PainCheckViewModel check = before();
        assertEquals("0 of 2,000 characters", check.noteCount().get());
        check.setNote("ab");
        assertEquals("2 of 2,000 characters", check.noteCount().get());
        check.setNote("a".repeat(SessionRecord.NOTE_MAX - 1) + "bcdef");
        assertEquals("a".repeat(SessionRecord.NOTE_MAX - 1) + "b", check.note().get());
        assertEquals(Messages.DEFAULT.get("input.count", SessionRecord.NOTE_MAX, SessionRecord.NOTE_MAX),
                check.noteCount().get());
        assertEquals(SessionRecord.NOTE_MAX, check.noteMax());
    }

    @Test
    void theScaleRunsFromZeroToTenAndNothingElseCanBePicked() {
        PainCheckViewModel check = before();
        List<PainCheckViewModel.Rating> scale = check.scale();
        assertEquals(11, scale.size());
        assertEquals(new PainCheckViewModel.Rating(0, "0", "Pain 0"), scale.get(0));
        assertEquals(new PainCheckViewModel.Rating(10, "10", "Pain 10"), scale.get(10));
        assertThrows(IllegalArgumentException.class, () -> check.select(11));
        assertThrows(IllegalArgumentException.class, () -> check.select(-1));
    }

    @Test
    void beforeASessionCancelLeavesWithoutACheckIn() {
        PainCheckViewModel check = before();
        assertEquals("Before you start: how does your knee feel right now?", check.title());
        assertEquals("Bridge", check.subject());
        assertTrue(check.cancelOffered());
        check.cancel();
        assertEquals(1, cancelled);
        assertEquals(List.of(), checks);
    }

    @Test
    void afterASessionThereIsNoCancelAndNoWarning() {
        PainCheckViewModel check = PainCheckViewModel.after("Morning", checks::add);
        assertEquals("How does your knee feel now?", check.title());
        assertEquals("Morning", check.subject());
        assertFalse(check.cancelOffered());
        assertFalse(check.warningShown().get());
    }

    @Test
    void withoutRisingPainThereIsNoWarning() {
        PainCheckViewModel check = before();
        assertFalse(check.warningShown().get());
        assertEquals(Optional.empty(), check.warning().get());
    }

    @Test
    void risingPainShowsTheWarningWithItsNumbers() throws Exception {
        HistoryStore store = HistoryStore.open(dataDir, TestServices.wall(clock)).store();
        for (int day = 0; day < 4; day++) {
            store.add(session(day, 3 + day));
        }
        store.close();
        clock.advance(Duration.ofDays(3));
        PainCheckViewModel check = before();
        assertTrue(check.warningShown().get());
        SafetyText warning = check.warning().get().orElseThrow();
        assertEquals("Your knee pain is getting worse", warning.title());
        assertTrue(warning.numbers().startsWith(RISING_PAIN_NUMBERS), warning.numbers());
        assertFalse(warning.advice().isEmpty());
    }

    /** The check-in before a session of the bridge, with the records of this test's folder (background: same thread). */
    private PainCheckViewModel before() {
        return PainCheckViewModel.before("Bridge", TestServices.in(dataDir, clock, SoundPlayer.silent()), CATALOG,
                checks::add, () -> cancelled++);
    }

    /** A session {@code day} days after the fake clock's start, rated {@code pain} before and after. */
    private SessionRecord session(int day, int pain) {
        Instant start = clock.now().plus(Duration.ofDays(day));
        return new SessionRecord("s" + day, start, start.plusSeconds(600), Optional.empty(), List.of(),
                OptionalInt.of(pain), Optional.empty(), OptionalInt.of(pain), Optional.empty(), SessionStatus.COMPLETED);
    }
}
