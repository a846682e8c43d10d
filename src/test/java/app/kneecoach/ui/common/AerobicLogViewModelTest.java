package app.kneecoach.ui.common;

import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.AerobicEntry;
import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.HistoryStore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The aerobic minutes form: the days it offers, what Log writes, what an edit hands back, and a failed write. */
class AerobicLogViewModelTest {
    private static final List<AerobicOption> OPTIONS = List.of(
            new AerobicOption("walking", "Walking", "On foot.", List.of(), List.of()),
            new AerobicOption("pool", "Pool exercise", "In water.", List.of(), List.of()));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.in(TestServices.freshFolder(), clock, SoundPlayer.silent());
    private final AtomicInteger logged = new AtomicInteger();
    private final AerobicLogViewModel model = new AerobicLogViewModel(services, OPTIONS, logged::incrementAndGet);

    @Test
    void todayAndTheTwoWeeksBeforeAreOffered() {
        assertEquals(List.of("Walking", "Pool exercise"), model.optionNames());
        assertEquals(15, model.dayNames().size());
        assertEquals("Today", model.dayNames().get(0));
        assertEquals("Yesterday", model.dayNames().get(1));
        assertEquals(Formats.DEFAULT.weekdayAndDate(TODAY.minusDays(2)), model.dayNames().get(2));
        assertEquals(Formats.DEFAULT.weekdayAndDate(TODAY.minusDays(14)), model.dayNames().get(14));
        assertEquals(0, model.day().get(), "today to begin with");
        assertEquals(30, model.minutes().get());
        assertFalse(model.editing().get());
    }

    @Test
    void logWritesTheEntryAndSaysSo() throws IOException {
        model.option().set(0);
        model.day().set(2);
        model.minutes().set(301);
        model.submit();
        AerobicEntry entry = store().aerobic().all().get(0);
        assertEquals(LocalDate.of(2026, 11, 22), entry.day());
        assertEquals("walking", entry.optionId());
        assertEquals(300, entry.minutes(), "held to the limit");
        assertEquals(clock.now(), entry.loggedAt());
        assertEquals(1, logged.get());
        assertTrue(model.result().get().startsWith("Logged: Walking, 300 minutes, "), model.result().get());
    }

    @Test
    void anEditKeepsTheIdAndIsHandedToItsOwner() throws IOException {
        AerobicEntry old = AerobicEntry.logged(TODAY.minusDays(30), "pool", "Pool exercise", 20, clock.now());
        List<AerobicEntry> saved = new ArrayList<>();
        AtomicInteger cancelled = new AtomicInteger();
        model.edit(old, saved::add, cancelled::incrementAndGet);
        assertTrue(model.editing().get());
        assertEquals(16, model.dayNames().size(), "its own day is offered too");
        assertEquals(15, model.day().get());
        assertEquals(1, model.option().get());
        model.minutes().set(25);
        model.submit();
        assertEquals(List.of(old.edited(old.day(), "pool", "Pool exercise", 25)), saved);
        assertEquals(0, store().aerobic().count(), "the owner writes it, with its undo");
        model.cancel();
        assertEquals(1, cancelled.get());
    }

    @Test
    void aFailedLogSaysWhyAndKeepsWhatWasEntered() throws IOException {
        Faults.readOnly(store(), true);
        model.minutes().set(40);
        model.submit();
        assertTrue(model.result().get().startsWith("Not logged: "), model.result().get());
        assertEquals(40, model.minutes().get());
        assertEquals(0, logged.get());
        Faults.readOnly(store(), false);
    }

    @Test
    void aFormMadeBeforeTheRecordsOpenedLogsIntoThem() throws IOException {
        CompletableFuture<HistoryStore.Opened> opening = new CompletableFuture<>();
        var folder = TestServices.freshFolder();
        AppServices slow = TestServices.in(folder, clock, SoundPlayer.silent(), opening);
        AerobicLogViewModel early = new AerobicLogViewModel(slow, OPTIONS, logged::incrementAndGet);
        opening.complete(HistoryStore.open(folder, TestServices.wall(clock)));
        early.submit();
        assertEquals(1, opening.join().store().aerobic().count());
    }

    private HistoryStore store() {
        return services.storage().store();
    }
}
