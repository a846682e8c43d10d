package app.kneecoach.userdata;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies what SQLite can still read from a damaged records file into a fresh database, table by table and
 * row by row: a table that stops reading part way keeps the rows read before the damage.
 */
final class Salvage {
    private Salvage() {
    }

    /** @return how many sessions were carried over */
    static int copy(Path damaged, Database into) {
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:file:" + damaged.toAbsolutePath()
                + "?mode=ro")) {
            for (String table : Schema.TABLES) {
                copyTable(from, table, into);
            }
        } catch (SQLException e) {
            // Not even opened: nothing to carry over.
        }
        try {
            return into.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT count(*) FROM session WHERE in_progress = 0")) {
                    return r.next() ? r.getInt(1) : 0;
                }
            });
        } catch (IOException e) {
            return 0;
        }
    }

    private static void copyTable(Connection from, String table, Database into) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = r.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            // The damage was reached: keep the rows read before it.
        }
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT OR IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try {
            into.write(c -> {
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    for (List<Object> row : rows) {
                        insertRow(insert, row);
                    }
                }
                return null;
            });
        } catch (IOException e) {
            // The fresh database could not take them: the damaged file is still kept whole.
        }
    }

    private static void insertRow(PreparedStatement insert, List<Object> row) {
        try {
            for (int i = 0; i < row.size(); i++) {
                insert.setObject(i + 1, row.get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            // A row that breaks a rule (e.g. its parent was lost) is left out; SQLite undoes only this statement.
        }
    }
}
