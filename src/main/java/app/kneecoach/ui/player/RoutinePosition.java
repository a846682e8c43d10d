package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import java.util.Optional;

/** Where the player is in a routine: "Exercise 3 of 9", and the exercise that comes after this one. */
record RoutinePosition(String routineName, int number, int total, Optional<PlannedExercise> nextExercise) {

    boolean isLast() {
        return number == total;
    }

    /** "Morning routine · exercise 3 of 9 · Next exercise: Bridge". */
    String line(Messages text) {
        String after = nextExercise().map(e -> text.get("player.routineNext", e.title(text)))
                .orElse(text.get("player.routineLast"));
        return text.get("player.routine", routineName, number, total) + text.get("dosage.separator") + after;
    }
}
