package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import app.kneecoach.userdata.RoutineSchedule;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Add to my calendar…": every planned routine in a file that a real iCalendar parser reads. */
class CalendarExportTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @TempDir
    Path dataDir;

    @Test
    void everyPlannedRoutineIsAWeeklyEventWithAReminderAndItsDosesInWords() throws IOException, ParserException {
        // The fake clock's day is Tuesday 24 November 2026.
        AppServices services = TestServices.in(dataDir, new FakeClock(), SoundPlayer.silent());
        Routine mine = services.routines().create("Evening knees");
        services.routines().addItem(mine.id(), RoutineItem.lowest("bridge"));
        services.routines().schedules().put(new RoutineSchedule("stretching-warm-up",
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0)));
        services.routines().schedules().put(new RoutineSchedule(mine.id(), Set.of(DayOfWeek.TUESDAY),
                LocalTime.of(18, 30)));
        services.routines().schedules().put(new RoutineSchedule("no-longer-in-the-catalog", Set.of(DayOfWeek.FRIDAY),
                LocalTime.NOON));
        ScheduleViewModel model = new RoutinesViewModel(CATALOG, services, routine -> { }).schedule();
        assertTrue(model.calendarShown().get());
        assertEquals("knee-coach-schedule.ics", model.calendarFileName());

        Path file = dataDir.resolve(model.calendarFileName());
        model.exportCalendar(file);
        assertEquals("Saved to " + file + ".", model.calendarResult().get());

        List<VEvent> events;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            events = new CalendarBuilder().build(in).getComponents(Component.VEVENT);
        }
        assertEquals(2, events.size(), "the schedule of a routine that is gone is left out");
        VEvent warmUp = event(events, "Knee Coach: Stretching warm-up");
        assertEquals("20261126T090000", value(warmUp, Property.DTSTART), "the first planned day from today on");
        assertEquals("MO,TH", warmUp.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getValue()
                .replaceAll(".*BYDAY=([A-Z,]+).*", "$1"));
        assertEquals("WEEKLY", warmUp.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur().getFrequency()
                .name());
        assertEquals("PT10M", value(warmUp, Property.DURATION), "as long as the routine takes");
        assertEquals(1, warmUp.getAlarms().size());
        assertEquals(String.join("\n",
                        "Takes about 10 minutes with your get-ready, rest and pace settings.",
                        "1. Inner thigh stretch: " + Doses.line("Hold 30 s", "2 sets", "each leg"),
                        "2. Supine hamstring stretch: " + Doses.line("Hold 30 s", "2 sets", "each leg"),
                        "3. Side lunge stretch: " + Doses.line("Hold 20 s", "2 sets", "each leg"),
                        "4. Seated butterfly stretch: " + Doses.line("Hold 60 s", "2 sets", "both legs together"),
                        "Stop an exercise at once if it makes your knee hurt or feel unstable, and leave it out for now."),
                value(warmUp, Property.DESCRIPTION));

        VEvent evening = event(events, "Knee Coach: Evening knees");
        assertEquals("20261124T183000", value(evening, Property.DTSTART), "today, Tuesday, is a planned day");
        assertTrue(value(evening, Property.DESCRIPTION).contains("1. Bridge: "
                + Doses.line("10 reps", "hold 2 s at the top", "1 set", "both legs together")),
                value(evening, Property.DESCRIPTION));
    }

    private static VEvent event(List<VEvent> events, String summary) {
        return events.stream().filter(e -> summary.equals(value(e, Property.SUMMARY))).findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
