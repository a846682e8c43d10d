package app.kneecoach.userdata;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Routine schedules as an iCalendar file (RFC 5545) for the person's calendar app: one weekly event per routine,
 * at floating local time (so 8:00 stays 8:00 wherever they are), with a reminder at the start.
 */
public final class ScheduleCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = LOCAL.withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ScheduleCalendar() {
    }

    /**
     * One routine's event.
     *
     * @param description the routine's exercises and doses in words
     * @param length      how long the routine takes, for the event's end
     * @param from        the first day the plan applies: the event starts on its first planned day from then on
     */
    public record Entry(RoutineSchedule schedule, String title, String description, Duration length, LocalDate from) {
    }

    public static String write(List<Entry> entries, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Knee Coach//Routine schedule//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (Entry entry : entries) {
            RoutineSchedule schedule = entry.schedule();
            LocalDate first = entry.from();
            while (!schedule.dueOn(first)) {
                first = first.plusDays(1);
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + schedule.routineId() + "@knee-coach");
            line(out, "DTSTAMP:" + UTC.format(stamp) + "Z");
            line(out, "DTSTART:" + LOCAL.format(first.atTime(schedule.time())));
            line(out, "DURATION:" + minutes(entry.length()));
            line(out, "RRULE:FREQ=WEEKLY;BYDAY=" + schedule.orderedDays().stream().map(ScheduleCalendar::day)
                    .collect(Collectors.joining(",")));
            line(out, "SUMMARY:" + text(entry.title()));
            line(out, "DESCRIPTION:" + text(entry.description()));
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "DESCRIPTION:" + text(entry.title()));
            line(out, "TRIGGER:PT0M");
            line(out, "END:VALARM");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String minutes(Duration length) {
        return "PT" + Math.max(1, (length.getSeconds() + 59) / 60) + "M";
    }

    private static String day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line at 75 octets, never inside a character (or a surrogate pair). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
