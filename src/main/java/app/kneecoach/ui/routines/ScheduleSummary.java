package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.RoutineSchedule;
import java.util.stream.Collectors;

/** A routine's schedule as one line in words, for its detail and its list cell: "Mon, Wed, Fri at 9:00 AM". */
record ScheduleSummary(Messages text, Formats formats) {

    String of(RoutineSchedule schedule) {
        String days = schedule.orderedDays().stream().map(formats::shortWeekday).collect(Collectors.joining(", "));
        return text.get("schedule.summary", days, formats.timeOfDay(schedule.time()));
    }
}
