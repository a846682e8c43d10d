package app.kneecoach.userdata;

import static app.kneecoach.userdata.SqlNumbers.number;
import static app.kneecoach.userdata.SqlNumbers.setNumber;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The user's routines in the records database, and the counter that keeps their ids from being reused. */
final class RoutineRows {
    static final String ID_PREFIX = "my-routine-";
    private static final Pattern NUMBERED_ID = Pattern.compile(Pattern.quote(ID_PREFIX) + "(\\d{1,9})");
    private static final String COUNTER = "routine";

    private RoutineRows() {
    }

    static List<Routine> readAll(Connection c) throws SQLException {
        Map<String, List<RoutineItem>> items = new LinkedHashMap<>();
        try (ResultSet r = c.createStatement().executeQuery(
                "SELECT routine_id, exercise_id, variation, target, sets, top_hold_seconds FROM routine_item "
                        + "ORDER BY routine_id, position")) {
            while (r.next()) {
                items.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new RoutineItem(r.getString(2),
                        Optional.ofNullable(r.getString(3)), number(r, 4), number(r, 5), number(r, 6)));
            }
        }
        List<Routine> routines = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(
                "SELECT id, name, description FROM routine ORDER BY position, id")) {
            while (r.next()) {
                routines.add(new Routine(r.getString(1), r.getString(2), r.getString(3),
                        items.getOrDefault(r.getString(1), List.of())));
            }
        }
        return routines;
    }

    /** Writes the whole list, in order, in place of what was kept. Run inside a transaction. */
    static void replaceAll(Connection c, List<Routine> routines) throws SQLException {
        c.createStatement().executeUpdate("DELETE FROM routine");
        for (int i = 0; i < routines.size(); i++) {
            insert(c, routines.get(i), i);
        }
    }

    /** Adds one routine at {@code position}; its id must be new. */
    static void insert(Connection c, Routine routine, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO routine (id, position, name, description) VALUES (?, ?, ?, ?)")) {
            s.setString(1, routine.id());
            s.setInt(2, position);
            s.setString(3, routine.name());
            s.setString(4, routine.description());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO routine_item (routine_id, position, exercise_id, "
                + "variation, target, sets, top_hold_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            List<RoutineItem> items = routine.items();
            for (int i = 0; i < items.size(); i++) {
                RoutineItem item = items.get(i);
                s.setString(1, routine.id());
                s.setInt(2, i);
                s.setString(3, item.exerciseId());
                s.setString(4, item.variation().orElse(null));
                setNumber(s, 5, item.target());
                setNumber(s, 6, item.sets());
                setNumber(s, 7, item.topHoldSeconds());
                s.addBatch();
            }
            s.executeBatch();
        }
        noteIdsIn(c, routine.id());
    }

    /** A routine id never given before, not even to a routine since deleted or lost. */
    static String freshId(Connection c) throws SQLException {
        long next = counter(c) + 1;
        setCounter(c, next);
        return ID_PREFIX + next;
    }

    /** Raises the counter past every numbered routine id in {@code text} (e.g. a damaged routines file). */
    static void noteIdsIn(Connection c, String text) throws SQLException {
        Matcher m = NUMBERED_ID.matcher(text);
        long highest = 0;
        while (m.find()) {
            highest = Math.max(highest, Long.parseLong(m.group(1)));
        }
        if (highest > counter(c)) {
            setCounter(c, highest);
        }
    }

    private static long counter(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM counter WHERE name = ?")) {
            s.setString(1, COUNTER);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void setCounter(Connection c, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO counter (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            s.setString(1, COUNTER);
            s.setLong(2, value);
            s.executeUpdate();
        }
    }
}
