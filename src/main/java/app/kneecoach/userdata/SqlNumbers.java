package app.kneecoach.userdata;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.OptionalInt;

/** Whole numbers that may be absent, in and out of SQL NULL. */
final class SqlNumbers {
    private SqlNumbers() {
    }

    static OptionalInt number(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static void setNumber(PreparedStatement s, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.getAsInt());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }
}
