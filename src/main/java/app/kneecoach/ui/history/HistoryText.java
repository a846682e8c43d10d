package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The records in words: days, sessions and exercises as the History view lists them, the dates under the
 * charts and in the restore question. Dates and times are in the user's own format (their locale's, chosen
 * here once), at the time zone that decides what "today" is.
 */
final class HistoryText {
    private final Messages text;
    private final ZoneId zone;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dateTime;

    HistoryText(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        shortDate = DateTimeFormatter.ofPattern(text.get("history.shortDate"), locale);
        time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    String shortDate(Instant at) {
        return shortDate.format(at.atZone(zone));
    }

    String dateTime(Instant at) {
        return dateTime.format(at.atZone(zone));
    }

    /** The time it started, then the routine (or "single exercise"), the pain before and after, how it ended, notes. */
    String session(SessionRecord s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.routineName().orElse(text.get("history.single")));
        parts.add(text.get("history.pain", pain(s.painBefore()), pain(s.painAfter())));
        parts.add(text.get("history.status." + s.status().key()));
        s.noteBefore().ifPresent(parts::add);
        s.noteAfter().ifPresent(parts::add);
        return text.get("history.sessionLine", time.format(s.startedAt().atZone(zone)),
                String.join(text.get("dosage.separator"), parts));
    }

    /** The exercise (and variation), the sets done on each side, and how it ended. */
    String exercise(ExerciseRecord e) {
        String name = e.variation().map(v -> e.exerciseName() + " (" + v + ")").orElse(e.exerciseName());
        String sides = e.sides().stream()
                .map(side -> text.get("side." + side.side().name() + ".title") + " "
                        + text.get("history.sets", side.setsCompleted(), e.choice().sets()))
                .collect(Collectors.joining(", "));
        String outcome = text.get("history.outcome." + e.outcome().key());
        return text.get("history.exerciseLine", name, sides.isEmpty() ? outcome : sides + ", " + outcome);
    }

    private String pain(OptionalInt pain) {
        return pain.isPresent() ? String.valueOf(pain.getAsInt()) : text.get("history.painNone");
    }
}
