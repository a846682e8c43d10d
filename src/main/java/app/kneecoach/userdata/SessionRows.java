package app.kneecoach.userdata;

import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.SideResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes a session into the records database's tables: the session row, its exercises, sides and sets. */
final class SessionRows {
    private static final String UPSERT_SESSION = """
            INSERT INTO session (id, started_at, started_ms, ended_at, routine_name, pain_before, note_before,
                pain_after, note_after, status, in_progress)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, started_ms = excluded.started_ms,
                ended_at = excluded.ended_at, routine_name = excluded.routine_name,
                pain_before = excluded.pain_before, note_before = excluded.note_before,
                pain_after = excluded.pain_after, note_after = excluded.note_after, status = excluded.status,
                in_progress = excluded.in_progress""";
    private static final String INSERT_EXERCISE = """
            INSERT INTO session_exercise (session_id, position, exercise_id, name, variation, mode, target, sets,
                top_hold_seconds, rep_style, lift_ms, lower_ms, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SIDE =
            "INSERT INTO exercise_side (session_id, exercise_position, position, side) VALUES (?, ?, ?, ?)";
    private static final String INSERT_SET = """
            INSERT INTO exercise_set (session_id, exercise_position, side_position, position, set_number, target,
                achieved, complete, rest_seconds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private SessionRows() {
    }

    /** Writes {@code session} whole, replacing whatever was kept under its id. Run inside a transaction. */
    static void write(Connection c, SessionRecord session, boolean inProgress) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM session_exercise WHERE session_id = ?")) {
            delete.setString(1, session.id());
            delete.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(UPSERT_SESSION)) {
            s.setString(1, session.id());
            s.setString(2, session.startedAt().toString());
            s.setLong(3, session.startedAt().toEpochMilli());
            s.setString(4, session.endedAt().toString());
            setText(s, 5, session.routineName());
            setInt(s, 6, session.painBefore());
            setText(s, 7, session.noteBefore());
            setInt(s, 8, session.painAfter());
            setText(s, 9, session.noteAfter());
            s.setString(10, session.status().key());
            s.setInt(11, inProgress ? 1 : 0);
            s.executeUpdate();
        }
        try (PreparedStatement exercise = c.prepareStatement(INSERT_EXERCISE);
             PreparedStatement side = c.prepareStatement(INSERT_SIDE);
             PreparedStatement set = c.prepareStatement(INSERT_SET)) {
            List<ExerciseRecord> exercises = session.exercises();
            for (int e = 0; e < exercises.size(); e++) {
                addExercise(exercise, session.id(), e, exercises.get(e));
                List<SideResult> sides = exercises.get(e).sides();
                for (int d = 0; d < sides.size(); d++) {
                    side.setString(1, session.id());
                    side.setInt(2, e);
                    side.setInt(3, d);
                    side.setString(4, HistoryJson.key(sides.get(d).side()));
                    side.addBatch();
                    addSets(set, session.id(), e, d, sides.get(d).sets());
                }
            }
            exercise.executeBatch();
            side.executeBatch();
            set.executeBatch();
        }
    }

    private static void addExercise(PreparedStatement s, String sessionId, int position, ExerciseRecord e)
            throws SQLException {
        SessionChoice choice = e.choice();
        s.setString(1, sessionId);
        s.setInt(2, position);
        s.setString(3, e.exerciseId());
        s.setString(4, e.exerciseName());
        setText(s, 5, e.variation());
        s.setString(6, HistoryJson.key(choice.mode()));
        s.setInt(7, choice.target());
        s.setInt(8, choice.sets());
        s.setInt(9, choice.topHoldSeconds());
        s.setString(10, HistoryJson.key(choice.repStyle()));
        s.setLong(11, choice.tempo().lift().toMillis());
        s.setLong(12, choice.tempo().lower().toMillis());
        s.setString(13, e.outcome().key());
        s.addBatch();
    }

    private static void addSets(PreparedStatement s, String sessionId, int exercise, int side, List<SetResult> sets)
            throws SQLException {
        for (int i = 0; i < sets.size(); i++) {
            SetResult set = sets.get(i);
            s.setString(1, sessionId);
            s.setInt(2, exercise);
            s.setInt(3, side);
            s.setInt(4, i);
            s.setInt(5, set.set());
            s.setInt(6, set.target());
            s.setInt(7, set.achieved());
            s.setInt(8, set.complete() ? 1 : 0);
            setInt(s, 9, set.restSeconds());
            s.addBatch();
        }
    }

    static void setText(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    static void setInt(PreparedStatement s, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.getAsInt());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }
}
