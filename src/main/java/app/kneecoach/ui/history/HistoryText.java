package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.SideResult;
import app.kneecoach.userdata.AerobicEntry;
import app.kneecoach.userdata.ExerciseOutcome;
import app.kneecoach.userdata.ExerciseRecord;
import app.kneecoach.userdata.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The records in words: days, sessions and exercises as the History view lists them, the dates under the
 * charts and in the restore question. Dates and times come from {@link Formats} (the text's language, the
 * person's regional order and clock), at the time zone that decides what "today" is.
 */
final class HistoryText {
    private final Messages text;
    private final ZoneId zone;
    private final Formats formats = Formats.DEFAULT;

    HistoryText(Messages text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    String day(LocalDate date) {
        return formats.day(date);
    }

    String shortDate(LocalDate date) {
        return formats.shortDate(date);
    }

    String shortDate(Instant at) {
        return formats.shortDate(at.atZone(zone).toLocalDate());
    }

    String dateTime(Instant at) {
        return formats.dateTime(at, zone);
    }

    /** The time it started, then the routine (or "single exercise"), the pain before and after, how it ended, notes. */
    String session(SessionRecord s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.routineName().orElse(text.get("history.single")));
        parts.add(text.get("history.pain", pain(s.painBefore()), pain(s.painAfter())));
        parts.add(text.get("history.status." + s.statusBySets().key()));
        // Labelled: two notes in a row would read as one.
        s.noteBefore().ifPresent(note -> parts.add(text.get("history.noteBefore", note)));
        s.noteAfter().ifPresent(note -> parts.add(text.get("history.noteAfter", note)));
        return text.get("history.sessionLine", formats.time(s.startedAt(), zone),
                String.join(text.get("dosage.separator"), parts));
    }

    /**
     * The exercise (and variation), how it ended, and the sets done on each side: "Bridge: ended early, both
     * legs 1 of 2 sets", with the rests taken after them where they were kept ("rested 0:30, 1:05"). One skipped
     * before anything was done has no sets to tell.
     */
    String exercise(ExerciseRecord e) {
        String name = e.variation().map(v -> e.exerciseName() + " (" + v + ")").orElse(e.exerciseName());
        ExerciseOutcome outcome = e.outcomeBySets();
        List<String> parts = new ArrayList<>();
        parts.add(text.get("history.outcome." + outcome.key()));
        if (outcome != ExerciseOutcome.SKIPPED) {
            e.sides().forEach(side -> parts.add(text.get("side." + side.side().name()) + " "
                    + text.get("history.sets", side.setsCompleted(), e.choice().sets()) + rested(side)));
        }
        return text.get("history.exerciseLine", name, String.join(", ", parts));
    }

    /** " (rested 0:30, 1:05)", or nothing where no rest was kept (before rests were kept, or a single set). */
    private String rested(SideResult side) {
        List<String> rests = side.sets().stream().map(SetResult::restSeconds).filter(OptionalInt::isPresent)
                .map(rest -> String.format(Locale.ROOT, "%d:%02d", rest.getAsInt() / 60, rest.getAsInt() % 60))
                .toList();
        return rests.isEmpty() ? "" : " (" + text.get("history.rested", String.join(", ", rests)) + ")";
    }

    String time(Instant at) {
        return formats.time(at, zone);
    }

    /** "Walking: 30 minutes of aerobic exercise". */
    String aerobic(AerobicEntry e) {
        return text.get("history.aerobicLine", e.optionName(), e.minutes());
    }

    private String pain(OptionalInt pain) {
        return pain.isPresent() ? String.valueOf(pain.getAsInt()) : text.get("history.painNone");
    }
}
