package app.kneecoach.userdata;

import static app.kneecoach.userdata.SqlNumbers.number;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.json.Keyed;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.Side;
import app.kneecoach.session.SideResult;
import app.kneecoach.session.Tempo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads whole sessions back from the records database. A query names the sessions wanted by a sub-query of
 * their ids; their exercises, sides and sets then come in three more queries, not one per session.
 */
final class SessionQuery {
    private final Connection connection;
    private final String ids;
    private final Object[] params;

    /** @param ids an SQL query returning session ids, with {@code ?} for each of {@code params} */
    SessionQuery(Connection connection, String ids, Object... params) {
        this.connection = connection;
        this.ids = ids;
        this.params = params.clone();
    }

    /** The sessions, oldest first. */
    List<SessionRecord> list() throws SQLException {
        Map<String, List<List<SetResult>>> sets = sets();
        Map<String, List<SideResult>> sides = sides(sets);
        Map<String, List<ExerciseRecord>> exercises = exercises(sides);
        List<SessionRecord> sessions = new ArrayList<>();
        query("""
                SELECT id, started_at, ended_at, routine_name, pain_before, note_before, pain_after, note_after, status
                FROM session WHERE id IN (%s) ORDER BY started_ms, started_at, id""", r -> sessions.add(
                new SessionRecord(r.getString(1), Instant.parse(r.getString(2)), Instant.parse(r.getString(3)),
                        text(r, 4), exercises.getOrDefault(r.getString(1), List.of()), number(r, 5), text(r, 6),
                        number(r, 7), text(r, 8), keyed(SessionStatus.class, r.getString(9)))));
        return sessions;
    }

    private Map<String, List<ExerciseRecord>> exercises(Map<String, List<SideResult>> sides) throws SQLException {
        Map<String, List<ExerciseRecord>> bySession = new HashMap<>();
        query("""
                SELECT session_id, position, exercise_id, name, variation, mode, target, sets, top_hold_seconds,
                    rep_style, lift_ms, lower_ms, outcome
                FROM session_exercise WHERE session_id IN (%s) ORDER BY session_id, position""", r -> {
            SessionChoice choice = new SessionChoice(named(DosageMode.class, r.getString(6)), r.getInt(7), r.getInt(8),
                    r.getInt(9), named(RepStyle.class, r.getString(10)),
                    new Tempo(Duration.ofMillis(r.getLong(11)), Duration.ofMillis(r.getLong(12))));
            bySession.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new ExerciseRecord(r.getString(3),
                    r.getString(4), choice, text(r, 5), sides.getOrDefault(r.getString(1) + '/' + r.getInt(2),
                    List.of()), keyed(ExerciseOutcome.class, r.getString(13))));
        });
        return bySession;
    }

    private Map<String, List<SideResult>> sides(Map<String, List<List<SetResult>>> sets) throws SQLException {
        Map<String, List<SideResult>> byExercise = new HashMap<>();
        query("""
                SELECT session_id, exercise_position, position, side FROM exercise_side
                WHERE session_id IN (%s) ORDER BY session_id, exercise_position, position""", r -> {
            String exercise = r.getString(1) + '/' + r.getInt(2);
            List<List<SetResult>> ofExercise = sets.getOrDefault(exercise, List.of());
            int position = r.getInt(3);
            byExercise.computeIfAbsent(exercise, k -> new ArrayList<>()).add(new SideResult(
                    named(Side.class, r.getString(4)), position < ofExercise.size() ? ofExercise.get(position)
                    : List.of()));
        });
        return byExercise;
    }

    /** Per exercise ("session/position"), per side position, the sets in order. */
    private Map<String, List<List<SetResult>>> sets() throws SQLException {
        Map<String, List<List<SetResult>>> byExercise = new HashMap<>();
        query("""
                SELECT session_id, exercise_position, side_position, set_number, target, achieved, complete,
                    rest_seconds
                FROM exercise_set WHERE session_id IN (%s)
                ORDER BY session_id, exercise_position, side_position, position""", r -> {
            List<List<SetResult>> sides = byExercise.computeIfAbsent(r.getString(1) + '/' + r.getInt(2),
                    k -> new ArrayList<>());
            int side = r.getInt(3);
            while (sides.size() <= side) {
                sides.add(new ArrayList<>());
            }
            int rest = r.getInt(8);
            OptionalInt rested = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(rest);
            sides.get(side).add(new SetResult(r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7) == 1, rested));
        });
        return byExercise;
    }

    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private void query(String sql, Row row) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql.formatted(ids))) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    private static Optional<String> text(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    private static <E extends Enum<E> & Keyed> E keyed(Class<E> type, String key) throws SQLException {
        return Keyed.fromKey(type, key).orElseThrow(() -> unknown(type, key));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String key) throws SQLException {
        return Arrays.stream(type.getEnumConstants()).filter(e -> HistoryJson.key(e).equals(key)).findFirst()
                .orElseThrow(() -> unknown(type, key));
    }

    private static SQLException unknown(Class<?> type, String key) {
        return new SQLException("unknown " + type.getSimpleName() + " \"" + key + "\" in the records");
    }
}
