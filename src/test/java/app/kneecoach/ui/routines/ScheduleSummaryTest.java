package app.kneecoach.ui.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.RoutineSchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleSummaryTest {

    private static String summary(Locale locale, RoutineSchedule schedule) {
        return new ScheduleSummary(Messages.DEFAULT, new Formats(locale)).of(schedule);
    }

    @Test
    void daysInWeekOrderThenTheTimeInTheRegionsStyle() {
        RoutineSchedule schedule = new RoutineSchedule("gentle",
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 0));
        assertEquals("Mon, Wed, Fri at 9:00\u202fAM".replace('\u202f', ' '),
                summary(Locale.US, schedule).replace('\u202f', ' '));
        assertEquals("Mon, Wed, Fri at 09:00", summary(Locale.UK, schedule));
    }

    @Test
    void oneDay() {
        RoutineSchedule schedule = new RoutineSchedule("gentle", Set.of(DayOfWeek.SUNDAY), LocalTime.of(18, 30));
        assertEquals("Sun at 18:30", summary(Locale.UK, schedule));
    }
}
