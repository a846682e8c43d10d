package app.kneecoach.userdata;

import java.util.List;

/**
 * The records database's tables, as ordered migrations: migration {@code n} takes a database at schema
 * version {@code n} to {@code n + 1}, kept in {@code PRAGMA user_version}. A released migration is never
 * edited; a change of schema is a new one at the end.
 */
final class Schema {
    /** Each entry is one migration: statements run in one transaction with the version bump. */
    static final List<List<String>> MIGRATIONS = List.of(List.of(
            // Instants are kept exactly as text and, for ordering and ranges, as epoch milliseconds.
            """
            CREATE TABLE session (
                id TEXT PRIMARY KEY,
                started_at TEXT NOT NULL,
                started_ms INTEGER NOT NULL,
                ended_at TEXT NOT NULL,
                routine_name TEXT,
                pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
                note_before TEXT,
                pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
                note_after TEXT,
                status TEXT NOT NULL,
                in_progress INTEGER NOT NULL DEFAULT 0 CHECK (in_progress IN (0, 1)))""",
            // Ordered by start, then id: slices by time and pages through everything use this index.
            "CREATE INDEX session_by_start ON session (started_ms, id)",
            "CREATE INDEX session_in_progress ON session (in_progress) WHERE in_progress = 1",
            """
            CREATE TABLE session_exercise (
                session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                exercise_id TEXT NOT NULL,
                name TEXT NOT NULL,
                variation TEXT,
                mode TEXT NOT NULL,
                target INTEGER NOT NULL,
                sets INTEGER NOT NULL,
                top_hold_seconds INTEGER NOT NULL,
                rep_style TEXT NOT NULL,
                lift_ms INTEGER NOT NULL,
                lower_ms INTEGER NOT NULL,
                outcome TEXT NOT NULL,
                PRIMARY KEY (session_id, position)) WITHOUT ROWID""",
            """
            CREATE TABLE exercise_side (
                session_id TEXT NOT NULL,
                exercise_position INTEGER NOT NULL,
                position INTEGER NOT NULL,
                side TEXT NOT NULL,
                PRIMARY KEY (session_id, exercise_position, position),
                FOREIGN KEY (session_id, exercise_position)
                    REFERENCES session_exercise (session_id, position) ON DELETE CASCADE) WITHOUT ROWID""",
            """
            CREATE TABLE exercise_set (
                session_id TEXT NOT NULL,
                exercise_position INTEGER NOT NULL,
                side_position INTEGER NOT NULL,
                position INTEGER NOT NULL,
                set_number INTEGER NOT NULL,
                target INTEGER NOT NULL,
                achieved INTEGER NOT NULL,
                complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
                PRIMARY KEY (session_id, exercise_position, side_position, position),
                FOREIGN KEY (session_id, exercise_position, side_position)
                    REFERENCES exercise_side (session_id, exercise_position, position) ON DELETE CASCADE)
                WITHOUT ROWID""",
            """
            CREATE TABLE routine (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                description TEXT NOT NULL)""",
            """
            CREATE TABLE routine_item (
                routine_id TEXT NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                exercise_id TEXT NOT NULL,
                variation TEXT,
                target INTEGER,
                sets INTEGER,
                PRIMARY KEY (routine_id, position)) WITHOUT ROWID""",
            // The highest number given to a routine of the user's, so a deleted or lost one's id is never reused.
            "CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
            // 1 to 2: a routine's own pause at the top of each rep (empty: the article's lowest, as before).
            List.of("ALTER TABLE routine_item ADD COLUMN top_hold_seconds INTEGER"),
            // 2 to 3: minutes of low-impact aerobic exercise logged for a day (ISO date text sorts as dates do).
            List.of("""
                    CREATE TABLE aerobic (
                        id TEXT PRIMARY KEY,
                        day TEXT NOT NULL,
                        option_id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 300),
                        logged_at TEXT NOT NULL)""",
                    "CREATE INDEX aerobic_by_day ON aerobic (day, logged_at, id)"),
            // 3 to 4: the days and time a routine is planned for (built-in routines too, so no foreign key).
            List.of("CREATE TABLE schedule (routine_id TEXT PRIMARY KEY, days TEXT NOT NULL, time TEXT NOT NULL)",
                    // Each exercise's dose from an accepted suggestion, and when a suggestion was last dismissed.
                    """
                    CREATE TABLE exercise_plan (
                        exercise_id TEXT PRIMARY KEY,
                        target INTEGER,
                        sets INTEGER,
                        top_hold_seconds INTEGER,
                        variation TEXT,
                        dismissed_at TEXT)"""),
            // 4 to 5: the rest taken after each set, in seconds (empty for sets kept before, and the last set).
            List.of("ALTER TABLE exercise_set ADD COLUMN rest_seconds INTEGER"));

    /** The schema version this build writes. */
    static final int VERSION = MIGRATIONS.size();

    /** Tables in an order where each row's parent comes first, for copying rows out of a damaged file. */
    static final List<String> TABLES = List.of("session", "session_exercise", "exercise_side", "exercise_set",
            "routine", "routine_item", "counter", "aerobic", "schedule", "exercise_plan");

    private Schema() {
    }
}
