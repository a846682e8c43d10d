package app.kneecoach.userdata;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.json.JsonObjectReader;
import app.kneecoach.json.Problems;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads history files, checking every field. A damaged session is left out and reported; the others
 * are kept, so one bad entry never costs the user the rest of their history.
 */
final class HistoryReader {
    static final int MAX_SECONDS = 3600;
    static final int MAX_ACHIEVED = 100_000;
    /** A day; anything longer is no rest between sets. */
    static final int MAX_REST_SECONDS = 86_400;
    static final int MAX_SETS = 10;

    private final Problems problems;

    HistoryReader(Problems problems) {
        this.problems = problems;
    }

    Optional<History> history(JsonNode root) {
        return JsonObjectReader.of(root, "", problems).flatMap(r -> {
            if (!supportedVersion(r)) {
                return Optional.empty();
            }
            var sessions = r.readableObjects("sessions", this::session);
            var aerobic = r.optionalObjects("aerobic", this::aerobic);
            r.rejectUnknownFields();
            return sessions.map(list -> new History(list, aerobic.orElse(List.of())));
        });
    }

    Optional<SessionRecord> inProgress(JsonNode root) {
        return JsonObjectReader.of(root, "", problems).flatMap(r -> {
            if (!supportedVersion(r)) {
                return Optional.empty();
            }
            var session = r.object("session").flatMap(this::session);
            r.rejectUnknownFields();
            return session;
        });
    }

    private boolean supportedVersion(JsonObjectReader r) {
        OptionalInt version = r.integer("schemaVersion", 1, Integer.MAX_VALUE);
        if (version.isPresent() && version.getAsInt() > HistoryJson.SCHEMA_VERSION) {
            r.problem("schemaVersion", "was written by a newer Knee Coach (schema " + version.getAsInt()
                    + "); this one reads schema " + HistoryJson.SCHEMA_VERSION);
        }
        return version.isPresent() && version.getAsInt() <= HistoryJson.SCHEMA_VERSION;
    }

    private Optional<SessionRecord> session(JsonObjectReader r) {
        var id = r.text("id");
        var started = instant(r, "startedAt");
        var ended = instant(r, "endedAt");
        var routine = r.optionalText("routine");
        var painBefore = r.optionalInteger("painBefore", SessionRecord.PAIN_MIN, SessionRecord.PAIN_MAX);
        var noteBefore = note(r, "noteBefore");
        var painAfter = r.optionalInteger("painAfter", SessionRecord.PAIN_MIN, SessionRecord.PAIN_MAX);
        var noteAfter = note(r, "noteAfter");
        var status = r.key("status", SessionStatus.class);
        var exercises = r.objects("exercises", false, this::exercise);
        r.rejectUnknownFields();
        if (started.isPresent() && ended.isPresent() && ended.get().isBefore(started.get())) {
            r.problem("endedAt", "is before startedAt");
            return Optional.empty();
        }
        if (id.isEmpty() || started.isEmpty() || ended.isEmpty() || status.isEmpty() || exercises.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionRecord(id.get(), started.get(), ended.get(), routine, exercises.get(), painBefore,
                noteBefore, painAfter, noteAfter, status.get()));
    }

    private Optional<AerobicEntry> aerobic(JsonObjectReader r) {
        var id = r.text("id");
        var day = day(r, "day");
        var activity = r.id("activity");
        var name = r.text("name");
        var minutes = r.integer("minutes", AerobicEntry.MINUTES.min(), AerobicEntry.MINUTES.max());
        var logged = instant(r, "loggedAt");
        r.rejectUnknownFields();
        if (id.isEmpty() || day.isEmpty() || activity.isEmpty() || name.isEmpty() || minutes.isEmpty()
                || logged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AerobicEntry(id.get(), day.get(), activity.get(), name.get(), minutes.getAsInt(),
                logged.get()));
    }

    private Optional<ExerciseRecord> exercise(JsonObjectReader r) {
        var id = r.id("exercise");
        var name = r.text("name");
        var variation = r.optionalText("variation");
        var choice = r.object("choice").flatMap(this::choice);
        var outcome = r.key("outcome", ExerciseOutcome.class);
        var sides = r.objects("sides", false, this::side);
        r.rejectUnknownFields();
        if (id.isEmpty() || name.isEmpty() || choice.isEmpty() || outcome.isEmpty() || sides.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseRecord(id.get(), name.get(), choice.get(), variation, sides.get(),
                outcome.get()));
    }

    private Optional<SessionChoice> choice(JsonObjectReader r) {
        var mode = named(r, "mode", DosageMode.class);
        var target = r.integer("target", 1, MAX_SECONDS);
        var sets = r.integer("sets", 1, MAX_SETS);
        var topHold = r.integer("topHoldSeconds", 0, MAX_SECONDS);
        var style = named(r, "repStyle", RepStyle.class);
        var lift = r.integer("liftMillis", 500, 10_000);
        var lower = r.integer("lowerMillis", 500, 10_000);
        r.rejectUnknownFields();
        if (mode.isEmpty() || target.isEmpty() || sets.isEmpty() || topHold.isEmpty() || style.isEmpty()
                || lift.isEmpty() || lower.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionChoice(mode.get(), target.getAsInt(), sets.getAsInt(), topHold.getAsInt(),
                style.get(), new Tempo(Duration.ofMillis(lift.getAsInt()), Duration.ofMillis(lower.getAsInt()))));
    }

    private Optional<SideResult> side(JsonObjectReader r) {
        var side = named(r, "side", Side.class);
        var sets = r.objects("sets", false, this::set);
        r.rejectUnknownFields();
        if (side.isEmpty() || sets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SideResult(side.get(), sets.get()));
    }

    private Optional<SetResult> set(JsonObjectReader r) {
        var set = r.integer("set", 1, MAX_SETS);
        var target = r.integer("target", 1, MAX_SECONDS);
        var achieved = r.integer("achieved", 0, MAX_ACHIEVED);
        var complete = r.bool("complete");
        // Older files have no rests; a missing one stays unknown.
        var rest = r.optionalInteger("restSeconds", 0, MAX_REST_SECONDS);
        r.rejectUnknownFields();
        if (set.isEmpty() || target.isEmpty() || achieved.isEmpty() || complete.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SetResult(set.getAsInt(), target.getAsInt(), achieved.getAsInt(), complete.get(),
                rest));
    }

    private Optional<String> note(JsonObjectReader r, String field) {
        var note = r.optionalText(field);
        if (note.isPresent() && note.get().length() > SessionRecord.NOTE_MAX) {
            r.problem(field, "is longer than " + SessionRecord.NOTE_MAX + " characters");
            return Optional.empty();
        }
        return note;
    }

    private static Optional<Instant> instant(JsonObjectReader r, String field) {
        return r.text(field).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                r.problem(field, "must be a time like 2026-11-24T08:30:00Z, found \"" + text + "\"");
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalDate> day(JsonObjectReader r, String field) {
        return r.text(field).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                r.problem(field, "must be a day like 2026-11-24, found \"" + text + "\"");
                return Optional.empty();
            }
        });
    }

    /** An enum written as its lower-case hyphenated name (see {@link HistoryJson#key}). */
    private static <E extends Enum<E>> Optional<E> named(JsonObjectReader r, String field, Class<E> type) {
        return r.text(field).flatMap(text -> {
            Optional<E> value = Arrays.stream(type.getEnumConstants())
                    .filter(e -> HistoryJson.key(e).equals(text)).findFirst();
            if (value.isEmpty()) {
                r.problem(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(HistoryJson::key)
                        .toList() + ", found \"" + text + "\"");
            }
            return value;
        });
    }
}
