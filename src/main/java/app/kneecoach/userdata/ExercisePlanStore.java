package app.kneecoach.userdata;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** Each exercise's accepted dose and last dismissed suggestion, in the records and in memory for the window. */
public final class ExercisePlanStore {
    private final Database database;
    private volatile List<ExercisePlan> plans;

    private ExercisePlanStore(Database database, List<ExercisePlan> plans) {
        this.database = database;
        this.plans = List.copyOf(plans);
    }

    static ExercisePlanStore open(Database database) throws IOException {
        return new ExercisePlanStore(database, database.read(ExercisePlanRows::readAll));
    }

    static ExercisePlanStore empty(Database database) {
        return new ExercisePlanStore(database, List.of());
    }

    synchronized void reload() throws IOException {
        plans = List.copyOf(database.read(ExercisePlanRows::readAll));
    }

    /** The exercise's plan; one that was never set is {@link ExercisePlan#none}. */
    public ExercisePlan of(String exerciseId) {
        return plans.stream().filter(p -> p.exerciseId().equals(exerciseId)).findFirst()
                .orElse(ExercisePlan.none(exerciseId));
    }

    public synchronized void put(ExercisePlan plan) throws IOException {
        database.write(c -> {
            ExercisePlanRows.put(c, plan);
            return null;
        });
        remember(plan);
    }

    /** Holds {@code plan} in memory once it is committed (here or in a transaction with other changes). */
    synchronized void remember(ExercisePlan plan) {
        plans = Stream.concat(plans.stream().filter(p -> !p.exerciseId().equals(plan.exerciseId())), Stream.of(plan))
                .toList();
    }
}
