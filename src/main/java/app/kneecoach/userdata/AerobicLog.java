package app.kneecoach.userdata;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The aerobic minutes in the records database (table {@code aerobic}, schema 3), written and read through the
 * same connection as the sessions, so on the records thread and each write one transaction.
 */
public final class AerobicLog implements AerobicSource {
    private static final String COLUMNS = "id, day, option_id, name, minutes, logged_at";
    private static final String ORDER = " ORDER BY day, logged_at, id";
    private static final String UPSERT = """
            INSERT INTO aerobic (id, day, option_id, name, minutes, logged_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET day = excluded.day, option_id = excluded.option_id, name = excluded.name,
                minutes = excluded.minutes, logged_at = excluded.logged_at""";

    private final Database database;

    AerobicLog(Database database) {
        this.database = database;
    }

    /** Adds an entry, or replaces the one with its id: logging, editing and undoing a delete alike. */
    public void save(AerobicEntry entry) throws IOException {
        database.write(c -> {
            write(c, entry);
            return null;
        });
    }

    /** Removes an entry; returns it as it was, for undo, or empty if it was already gone. */
    public Optional<AerobicEntry> delete(String id) throws IOException {
        return database.write(c -> {
            Optional<AerobicEntry> entry = query(c, "WHERE id = ?", id).stream().findFirst();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM aerobic WHERE id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            return entry;
        });
    }

    @Override
    public List<AerobicEntry> between(LocalDate from, LocalDate to) throws IOException {
        return database.read(c -> query(c, "WHERE day >= ? AND day < ?" + ORDER, from.toString(), to.toString()));
    }

    @Override
    public Map<LocalDate, List<AerobicEntry>> latestDays(int days) throws IOException {
        List<AerobicEntry> entries = database.read(c -> query(c,
                "WHERE day IN (SELECT DISTINCT day FROM aerobic ORDER BY day DESC LIMIT ?)" + ORDER, days));
        Map<LocalDate, List<AerobicEntry>> byDay = new TreeMap<>(Comparator.reverseOrder());
        entries.forEach(e -> byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e));
        return new LinkedHashMap<>(byDay);
    }

    @Override
    public long count() throws IOException {
        return database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM aerobic")) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /** Every entry, oldest day first: for the exports (a person logs a few a week, so all fit in memory). */
    public List<AerobicEntry> all() throws IOException {
        return database.read(c -> query(c, ORDER));
    }

    static void write(Connection c, AerobicEntry entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            s.setString(1, entry.id());
            s.setString(2, entry.day().toString());
            s.setString(3, entry.optionId());
            s.setString(4, entry.optionName());
            s.setInt(5, entry.minutes());
            s.setString(6, entry.loggedAt().toString());
            s.executeUpdate();
        }
    }

    private static List<AerobicEntry> query(Connection c, String where, Object... params) throws SQLException {
        List<AerobicEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM aerobic " + where)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new AerobicEntry(r.getString(1), LocalDate.parse(r.getString(2)), r.getString(3),
                            r.getString(4), r.getInt(5), Instant.parse(r.getString(6))));
                }
            }
        }
        return entries;
    }
}
