package app.kneecoach.userdata;

import static app.kneecoach.userdata.SqlNumbers.number;
import static app.kneecoach.userdata.SqlNumbers.setNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Each exercise's accepted dose and last dismissal in the records database. */
final class ExercisePlanRows {
    private ExercisePlanRows() {
    }

    static List<ExercisePlan> readAll(Connection c) throws SQLException {
        List<ExercisePlan> plans = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("SELECT exercise_id, target, sets, top_hold_seconds, "
                + "variation, dismissed_at FROM exercise_plan ORDER BY exercise_id")) {
            while (r.next()) {
                plans.add(new ExercisePlan(r.getString(1), number(r, 2), number(r, 3), number(r, 4),
                        Optional.ofNullable(r.getString(5)), Optional.ofNullable(r.getString(6)).map(Instant::parse)));
            }
        }
        return plans;
    }

    static void put(Connection c, ExercisePlan plan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO exercise_plan (exercise_id, target, "
                + "sets, top_hold_seconds, variation, dismissed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, plan.exerciseId());
            setNumber(s, 2, plan.target());
            setNumber(s, 3, plan.sets());
            setNumber(s, 4, plan.topHoldSeconds());
            s.setString(5, plan.variation().orElse(null));
            s.setString(6, plan.dismissedAt().map(Instant::toString).orElse(null));
            s.executeUpdate();
        }
    }
}
