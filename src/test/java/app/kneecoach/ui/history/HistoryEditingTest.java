package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AerobicLogViewModel;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.AerobicEntry;
import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.Histories;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Editing and deleting in History's model, with the undo bar, on a real store in a fresh folder; the background
 * runs on the test's thread. "Today" is the fake clock's day, Tuesday 2026-11-24 (UTC).
 */
class HistoryEditingTest {
    private static final List<AerobicOption> OPTIONS = List.of(
            new AerobicOption("walking", "Walking", "On foot.", List.of(), List.of()),
            new AerobicOption("pool", "Pool exercise", "In water.", List.of(), List.of()));
    private final FakeClock clock = new FakeClock();
    private final AppServices services = TestServices.in(TestServices.freshFolder(), clock, SoundPlayer.silent());
    private final HistoryStore store = services.storage().store();
    private final AtomicInteger edits = new AtomicInteger();

    @Test
    void aDeletedSessionLeavesTheListAndUndoPutsItBackAsItWas() throws IOException {
        store.add(session("a", "2026-11-24T07:00:00Z", 6, 4));
        store.add(session("b", "2026-11-23T07:00:00Z", 5, 5));
        List<SessionRecord> before = Histories.all(store);
        HistoryViewModel model = model();
        UndoBarViewModel bar = model.editing().undoBar();

        model.editing().deleteSession("a");
        assertEquals(List.of("b"), sessionIds(model));
        assertEquals("Session deleted", bar.message().get());
        assertTrue(bar.undoable().get());
        assertEquals(1, edits.get(), "the shell is told, so the pain warning follows");
        assertEquals(1, model.charts().pain().get(0).points().size(), "the chart follows");

        bar.undo();
        assertEquals(before, Histories.all(store), "the same session, with all it held");
        assertEquals(List.of("a", "b"), sessionIds(model));
        assertFalse(bar.undoable().get(), "undone once");
        assertEquals("Undone: it is back as it was.", bar.message().get());
        bar.expire();
        assertFalse(bar.shown().get());
    }

    @Test
    void theNextChangeTakesTheEarlierUndoAway() throws IOException {
        store.add(session("a", "2026-11-24T07:00:00Z", 6, 4));
        store.add(session("b", "2026-11-23T07:00:00Z", 5, 5));
        HistoryViewModel model = model();
        model.editing().deleteSession("a");
        model.editing().deleteSession("b");
        model.editing().undoBar().undo();
        assertEquals(List.of("b"), sessionIds(model));
    }

    @Test
    void anEditedRatingIsShownChartedAndCanBeUndone() throws IOException {
        SessionRecord original = session("a", "2026-11-24T07:00:00Z", 6, 4);
        store.add(original);
        HistoryViewModel model = model();
        HistoryEditing editing = model.editing();
        SessionEditViewModel form = editing.sessionForm();

        editing.editSession("a");
        assertEquals("a", editing.editing().get());
        assertEquals(7, form.painBefore().get(), "6, after \"Not rated\"");
        assertEquals("Not rated", form.painChoices().get(0));
        form.painAfter().set(0);
        form.noteAfter().set("  slept badly  ");
        form.save();

        assertEquals("", editing.editing().get());
        assertEquals(List.of(original.withCheckIns(OptionalInt.of(6), Optional.of("stiff"), OptionalInt.empty(),
                Optional.of("slept badly"))), Histories.all(store));
        String line = model.days().get(0).sessions().get(0).line();
        assertTrue(line.contains("pain 6 \u2192 \u2013") && line.contains("slept badly"), line);
        assertEquals(List.of(), model.charts().pain().get(1).points(), "no after point any more");
        assertEquals("Session changed", editing.undoBar().message().get());

        editing.undoBar().undo();
        assertEquals(List.of(original), Histories.all(store));
        assertEquals(4, model.charts().pain().get(1).points().get(0).value());
    }

    @Test
    void cancelLeavesTheSessionAsItWas() throws IOException {
        SessionRecord original = session("a", "2026-11-24T07:00:00Z", 6, 4);
        store.add(original);
        HistoryViewModel model = model();
        model.editing().editSession("a");
        model.editing().sessionForm().painBefore().set(1);
        model.editing().sessionForm().cancel();
        assertEquals("", model.editing().editing().get());
        assertEquals(List.of(original), Histories.all(store));
        assertFalse(model.editing().undoBar().shown().get());
        assertEquals(0, edits.get());
    }

    @Test
    void aChangeThatCannotBeWrittenSaysSoAndLosesNothing() throws IOException {
        store.add(session("a", "2026-11-24T07:00:00Z", 6, 4));
        HistoryViewModel model = model();
        UndoBarViewModel bar = model.editing().undoBar();
        Faults.readOnly(store, true);

        model.editing().deleteSession("a");
        assertTrue(bar.message().get().startsWith("Nothing was changed: "), bar.message().get());
        assertFalse(bar.undoable().get());
        assertEquals(List.of("a"), sessionIds(model));
        bar.expire();
        assertTrue(bar.shown().get(), "a failure stays until closed");
        bar.dismiss();
        assertFalse(bar.shown().get());
        Faults.readOnly(store, false);
    }

    @Test
    void aerobicMinutesAreLoggedListedChartedEditedAndDeletedWithUndo() throws IOException {
        HistoryViewModel model = model();
        assertTrue(model.empty().get());
        AerobicLogViewModel log = model.editing().logForm();
        log.option().set(1);
        log.day().set(1);
        log.minutes().set(45);
        log.submit();

        assertFalse(model.empty().get());
        assertTrue(model.hasRecords().get() && model.charts().hasAerobic().get());
        assertEquals("2026-11-23", model.days().get(0).date(), "yesterday");
        HistoryViewModel.AerobicRow row = model.days().get(0).aerobic().get(0);
        assertEquals("Pool exercise: 45 minutes of aerobic exercise", row.line());
        assertEquals("Aerobic exercise in the last seven days: 45 minutes", model.aerobicWeek().get());
        List<HistoryCharts.Point> weeks = model.charts().aerobicWeeks().get().points();
        assertEquals(HistoryViewModel.WEEKS_CHARTED, weeks.size());
        assertEquals(45, weeks.get(weeks.size() - 1).value(), "Monday the 23rd is in this week");
        assertEquals("Aerobic minutes per week", model.charts().aerobicWeeks().get().name());

        model.editing().editAerobic(row.id());
        AerobicLogViewModel form = model.editing().aerobicForm();
        assertTrue(form.editing().get());
        assertEquals(1, form.option().get());
        assertEquals(45, form.minutes().get());
        form.minutes().set(60);
        form.day().set(0);
        form.submit();
        AerobicEntry edited = store.aerobic().all().get(0);
        assertEquals(row.id(), edited.id());
        assertEquals(60, edited.minutes());
        assertEquals(LocalDate.of(2026, 11, 24), edited.day());
        assertEquals("Aerobic minutes changed", model.editing().undoBar().message().get());

        model.editing().deleteAerobic(row.id());
        assertTrue(model.empty().get());
        model.editing().undoBar().undo();
        assertEquals(List.of(edited), store.aerobic().all());
        assertEquals("Aerobic exercise in the last seven days: 60 minutes", model.aerobicWeek().get());
    }

    private HistoryViewModel model() {
        return new HistoryViewModel(services, OPTIONS, edits::incrementAndGet);
    }

    private static List<String> sessionIds(HistoryViewModel model) {
        return model.days().stream().flatMap(d -> d.sessions().stream()).map(HistoryViewModel.SessionRow::id)
                .toList();
    }

    private static SessionRecord session(String id, String start, int before, int after) {
        Instant at = Instant.parse(start);
        return new SessionRecord(id, at, at.plus(Duration.ofMinutes(10)), Optional.empty(), List.of(),
                OptionalInt.of(before), Optional.of("stiff"), OptionalInt.of(after), Optional.empty(),
                SessionStatus.COMPLETED);
    }
}
