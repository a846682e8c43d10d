package app.kneecoach.userdata;

import app.kneecoach.session.SetResult;
import app.kneecoach.session.SideResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * The history as CSV for a spreadsheet: one row per set, with the session's details on every row, and one row
 * per aerobic entry (its activity in the exercise column, its minutes in the last), after its day's sessions.
 */
public final class HistoryCsv {
    static final List<String> HEADER = List.of("date", "time", "routine", "exercise", "variation", "side", "set",
            "target", "achieved", "set_complete", "rest_seconds", "exercise_outcome", "session_status", "pain_before", "pain_after",
            "note_before", "note_after", "aerobic_minutes");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private HistoryCsv() {
    }

    public static String write(SessionSource history, List<AerobicEntry> aerobic, ZoneId zone) throws IOException {
        StringWriter csv = new StringWriter();
        write(history, aerobic, zone, csv);
        return csv.toString();
    }

    /** Writes to {@code out} a session at a time, so years of sessions are never held in memory together. */
    public static void write(SessionSource history, List<AerobicEntry> aerobic, ZoneId zone, Writer out)
            throws IOException {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        Deque<AerobicEntry> waiting = new ArrayDeque<>(aerobic.stream()
                .sorted(Comparator.comparing(AerobicEntry::day)).toList());
        try {
            history.forEach(s -> {
                LocalDate day = s.startedAt().atZone(zone).toLocalDate();
                while (!waiting.isEmpty() && waiting.peekFirst().day().isBefore(day)) {
                    aerobic(csv, waiting.removeFirst());
                }
                session(csv, s, zone);
                flush(csv, out);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        waiting.forEach(entry -> aerobic(csv, entry));
        flush(csv, out);
    }

    private static void aerobic(StringBuilder csv, AerobicEntry e) {
        List<String> cells = new ArrayList<>(Collections.nCopies(HEADER.size(), ""));
        cells.set(0, DATE.format(e.day()));
        cells.set(HEADER.indexOf("exercise"), e.optionName());
        cells.set(HEADER.size() - 1, String.valueOf(e.minutes()));
        line(csv, cells);
    }

    private static void flush(StringBuilder csv, Writer out) {
        try {
            out.write(csv.toString());
            csv.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void session(StringBuilder csv, SessionRecord s, ZoneId zone) {
        ZonedDateTime start = s.startedAt().atZone(zone);
        List<String> session = List.of(DATE.format(start), TIME.format(start), s.routineName().orElse(""));
        List<String> closing = List.of(HistoryJson.key(s.status()), pain(s.painBefore()), pain(s.painAfter()),
                s.noteBefore().orElse(""), s.noteAfter().orElse(""), "");
        if (s.exercises().isEmpty()) {
            line(csv, join(session, Collections.nCopies(9, ""), closing));
        }
        for (ExerciseRecord e : s.exercises()) {
            for (List<String> set : sets(e)) {
                line(csv, join(session, set, closing));
            }
        }
    }

    private static List<List<String>> sets(ExerciseRecord e) {
        List<List<String>> rows = new ArrayList<>();
        String variation = e.variation().orElse("");
        String outcome = e.outcome().key();
        for (SideResult side : e.sides()) {
            for (SetResult set : side.sets()) {
                rows.add(List.of(e.exerciseName(), variation, HistoryJson.key(side.side()), String.valueOf(set.set()),
                        String.valueOf(set.target()), String.valueOf(set.achieved()), String.valueOf(set.complete()),
                        set.restSeconds().isPresent() ? String.valueOf(set.restSeconds().getAsInt()) : "", outcome));
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of(e.exerciseName(), variation, "", "", "", "", "", "", outcome));
        }
        return rows;
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static String pain(OptionalInt pain) {
        return pain.isPresent() ? String.valueOf(pain.getAsInt()) : "";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(HistoryCsv::cell).toList())).append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a note as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
