package app.kneecoach.ui.player;

import java.util.Optional;

/** Where the player is in a routine: "Exercise 3 of 9", and what comes after this one. */
record RoutinePosition(String routineName, int number, int total, Optional<String> nextExercise) {

    boolean isLast() {
        return number == total;
    }
}
