package app.kneecoach.userdata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Routine schedules in the records database: days as ISO names ("MONDAY,THURSDAY"), the time as "HH:MM". */
final class ScheduleRows {
    private ScheduleRows() {
    }

    static List<RoutineSchedule> readAll(Connection c) throws SQLException {
        List<RoutineSchedule> schedules = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(
                "SELECT routine_id, days, time FROM schedule ORDER BY routine_id")) {
            while (r.next()) {
                schedules.add(new RoutineSchedule(r.getString(1), Arrays.stream(r.getString(2).split(","))
                        .map(day -> DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))).collect(Collectors.toSet()),
                        LocalTime.parse(r.getString(3))));
            }
        }
        return schedules;
    }

    static void put(Connection c, RoutineSchedule schedule) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO schedule (routine_id, days, time) VALUES (?, ?, ?)")) {
            s.setString(1, schedule.routineId());
            s.setString(2, schedule.orderedDays().stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
            s.setString(3, schedule.time().toString());
            s.executeUpdate();
        }
    }

    static void remove(Connection c, String routineId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM schedule WHERE routine_id = ?")) {
            s.setString(1, routineId);
            s.executeUpdate();
        }
    }
}
