package app.kneecoach.ui.player;

import app.kneecoach.ui.common.PlannedExercise;

import java.util.Optional;

/** Where the player is in a routine: "Exercise 3 of 9", and the exercise that comes after this one. */
record RoutinePosition(String routineName, int number, int total, Optional<PlannedExercise> nextExercise) {

    boolean isLast() {
        return number == total;
    }
}
