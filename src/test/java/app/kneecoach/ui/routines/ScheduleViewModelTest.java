package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.Faults;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.RoutineSchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A routine's schedule without a window, on real records in a temporary folder, saved on the calling thread. */
class ScheduleViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final Routine WARM_UP = CATALOG.routines().get(0);
    private static final Routine FULL = CATALOG.routines().stream().filter(r -> r.id().equals("full-home-program"))
            .findFirst().orElseThrow();

    @TempDir
    Path dataDir;
    private final FakeClock clock = new FakeClock();
    private AppServices services;
    private ScheduleViewModel model;

    @BeforeEach
    void open() {
        services = TestServices.in(dataDir, clock, SoundPlayer.silent());
        model = new ScheduleViewModel(Messages.DEFAULT, new Formats(Locale.US), services,
                new CalendarExport(Messages.DEFAULT, CATALOG, services.routines(),
                        new RoutineTime(CATALOG, services::settings, services::tempo)));
        model.show(WARM_UP);
    }

    @Test
    void aRoutineNotPlannedOffersNoDayAndNineInTheMorning() {
        assertEquals("Not planned yet. Choose the days and a time, then save.", model.planned().get());
        assertEquals(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
                model.days().stream().map(ScheduleViewModel.Day::name).toList());
        assertEquals("Monday", model.days().get(0).accessibleName());
        assertTrue(model.days().stream().noneMatch(day -> day.chosen().get()));
        assertEquals("9:00 AM", plain(model.time().get()));
        assertEquals("For example 9:00 AM or 6:30 PM", plain(model.timeHint()));
        assertFalse(model.removable().get());
        assertFalse(model.unsaved().get(), "nothing chosen is no change");
        assertFalse(model.calendarShown().get(), "nothing planned to put in a calendar");
    }

    @Test
    void theDaysAndTimeChosenAreSavedAndSurviveARestart() {
        choose(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        model.time().set("6:30 pm");
        assertTrue(model.unsaved().get());
        model.save();

        RoutineSchedule expected = new RoutineSchedule(WARM_UP.id(),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 30));
        assertEquals(Optional.of(expected), services.routines().schedules().of(WARM_UP.id()));
        assertEquals(Optional.of(expected), HistoryStore.open(dataDir, TestServices.wall(clock)).routines()
                .schedules().of(WARM_UP.id()), "in the records");
        assertEquals("Planned: Mon, Wed, Fri at 6:30 PM", plain(model.planned().get()));
        assertEquals("6:30 PM", plain(model.time().get()), "as the region writes it");
        assertEquals("Saved.", model.result().get());
        assertFalse(model.unsaved().get());
        assertTrue(model.removable().get());
        assertTrue(model.calendarShown().get());
        assertEquals(1, model.changes().get());
        assertEquals("Mon, Wed, Fri at 6:30 PM", plain(model.line(WARM_UP.id())));
        assertEquals("", model.line(FULL.id()));

        model.days().get(1).chosen().set(true);
        assertTrue(model.unsaved().get());
        assertEquals("", model.result().get(), "'Saved.' no longer says what is on screen");
        model.days().get(1).chosen().set(false);
        model.time().set("18:30");
        assertFalse(model.unsaved().get(), "the same time, typed another way");
    }

    @Test
    void aScheduleNeedsADayAndATimeOfDay() {
        model.save();
        assertEquals("Choose at least one day.", model.problem().get());
        choose(DayOfWeek.TUESDAY);
        assertEquals("", model.problem().get(), "gone once a day is chosen");
        model.time().set("25:00");
        model.save();
        assertEquals("Type the time as hours and minutes, for example 9:00 AM or 6:30 PM.",
                plain(model.problem().get()));
        assertEquals(List.of(), services.routines().schedules().schedules(), "nothing saved");
        assertTrue(model.unsaved().get());
    }

    @Test
    void removingTakesTheRoutineOffTheScheduleAndClearsItsDays() {
        choose(DayOfWeek.SUNDAY);
        model.save();
        model.remove();
        assertEquals(List.of(), services.routines().schedules().schedules());
        assertEquals("Removed from your schedule.", model.result().get());
        assertEquals("Not planned yet. Choose the days and a time, then save.", model.planned().get());
        assertTrue(model.days().stream().noneMatch(day -> day.chosen().get()));
        assertFalse(model.removable().get());
        assertFalse(model.unsaved().get());
        assertFalse(model.calendarShown().get());
        assertEquals(2, model.changes().get());
    }

    @Test
    void eachRoutineShowsItsOwnScheduleAndTheSameOneShownAgainKeepsWhatIsBeingChosen() throws IOException {
        services.routines().schedules().put(new RoutineSchedule(FULL.id(), Set.of(DayOfWeek.THURSDAY),
                LocalTime.of(7, 15)));
        choose(DayOfWeek.MONDAY);
        model.show(WARM_UP);
        assertTrue(model.days().get(0).chosen().get(), "its name changed, say: the choice stays");
        model.show(FULL);
        assertEquals("Planned: Thu at 7:15 AM", plain(model.planned().get()));
        assertEquals(List.of(DayOfWeek.THURSDAY), chosen());
        assertEquals("7:15 AM", plain(model.time().get()));
        assertTrue(model.removable().get());
        model.show(WARM_UP);
        assertEquals(List.of(), chosen(), "another routine's choice is not carried over");
    }

    @Test
    void aSaveThatFailsIsSaidAndTheChoiceStaysToTryAgain() throws IOException {
        HistoryStore store = services.storage().store();
        Faults.readOnly(store, true);
        choose(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        model.save();
        assertTrue(model.problem().get().startsWith("Could not save the schedule: "), model.problem().get());
        assertTrue(model.problem().get().endsWith("Your choice is still shown; try again."), model.problem().get());
        assertEquals("", model.result().get());
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), chosen());
        assertTrue(model.unsaved().get());
        assertEquals(List.of(), services.routines().schedules().schedules());

        Faults.readOnly(store, false);
        model.save();
        assertEquals("", model.problem().get());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                services.routines().schedules().of(WARM_UP.id()).orElseThrow().days());
    }

    @Test
    void aRemoveThatFailsLeavesTheScheduleAsItWas() throws IOException {
        choose(DayOfWeek.MONDAY);
        model.save();
        Faults.readOnly(services.storage().store(), true);
        model.remove();
        assertTrue(model.problem().get().startsWith("Could not remove the schedule: "), model.problem().get());
        assertTrue(model.removable().get());
        assertEquals(1, services.routines().schedules().schedules().size());
        Faults.readOnly(services.storage().store(), false);
    }

    @Test
    void theRoutineListSaysWhenARoutineIsPlanned() throws IOException {
        services.routines().schedules().put(new RoutineSchedule(WARM_UP.id(), Set.of(DayOfWeek.SATURDAY),
                LocalTime.of(10, 0)));
        RoutinesViewModel routines = new RoutinesViewModel(CATALOG, services, routine -> { });
        String planned = Formats.DEFAULT.shortWeekday(DayOfWeek.SATURDAY) + " at "
                + Formats.DEFAULT.timeOfDay(LocalTime.of(10, 0));
        assertEquals(WARM_UP.name() + ", " + routines.summary(WARM_UP) + ", planned " + planned,
                routines.accessibleText(WARM_UP));
        assertEquals(FULL.name() + ", " + routines.summary(FULL), routines.accessibleText(FULL));
        assertEquals("Planned: " + planned, routines.schedule().planned().get(), "the first routine, shown");
    }

    @Test
    void aDeletedRoutineTakesItsScheduleAndTheCalendarButtonWithIt() {
        RoutinesViewModel routines = new RoutinesViewModel(CATALOG, services, routine -> { });
        routines.newRoutine();
        ScheduleViewModel schedule = routines.schedule();
        schedule.days().get(0).chosen().set(true);
        schedule.save();
        assertTrue(schedule.calendarShown().get());
        routines.delete();
        routines.delete();
        assertEquals(List.of(), services.routines().schedules().schedules());
        assertFalse(schedule.calendarShown().get());
        assertEquals(WARM_UP, routines.selected().get());
        assertEquals("Not planned yet. Choose the days and a time, then save.", schedule.planned().get());
    }

    private void choose(DayOfWeek... days) {
        Set<DayOfWeek> chosen = EnumSet.of(days[0], days);
        model.days().forEach(day -> day.chosen().set(chosen.contains(day.day())));
    }

    private List<DayOfWeek> chosen() {
        return model.days().stream().filter(day -> day.chosen().get()).map(ScheduleViewModel.Day::day).toList();
    }

    /** The region's time has a narrow no-break space before AM and PM (CLDR 42 on). */
    private static String plain(String s) {
        return s.replace('\u202f', ' ');
    }
}
