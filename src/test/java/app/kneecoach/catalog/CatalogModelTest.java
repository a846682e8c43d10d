package app.kneecoach.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The catalog's value types: ranges, dosages, routine items and the catalog's own look-ups. */
class CatalogModelTest {

    @Test
    void aRangeIncludesBothEnds() {
        Range twoToThree = Range.between(2, 3);
        assertFalse(twoToThree.contains(1));
        assertTrue(twoToThree.contains(2));
        assertTrue(twoToThree.contains(3));
        assertFalse(twoToThree.contains(4));
        assertFalse(twoToThree.isSingle());
    }

    @Test
    void aPlusRangeHasNoUpperEnd() {
        Range thirtyPlus = Range.atLeast(30);
        assertEquals(new Range(30, 30, true), thirtyPlus);
        assertFalse(thirtyPlus.contains(29));
        assertTrue(thirtyPlus.contains(30));
        assertTrue(thirtyPlus.contains(31));
        assertTrue(thirtyPlus.contains(3600));
        assertTrue(thirtyPlus.isSingle(), "\"30+\" is written as one figure");
        assertTrue(new Range(2, 3, true).contains(4));
        assertFalse(new Range(2, 3, true).contains(1));
    }

    @Test
    void aSingleFigureContainsOnlyItself() {
        Range ten = Range.exactly(10);
        assertEquals(new Range(10, 10, false), ten);
        assertTrue(ten.isSingle());
        assertFalse(ten.contains(9));
        assertTrue(ten.contains(10));
        assertFalse(ten.contains(11));
    }

    @Test
    void zeroIsAValidRangeButNothingBelowItAndMaxNotBelowMin() {
        Range none = Range.exactly(0);   // "no top hold", as the session's checks use it
        assertTrue(none.contains(0));
        assertFalse(none.contains(1));
        assertEquals("invalid range -1-2", assertThrows(IllegalArgumentException.class, () -> new Range(-1, 2, false))
                .getMessage());
        assertEquals("invalid range 3-2", assertThrows(IllegalArgumentException.class, () -> Range.between(3, 2))
                .getMessage());
    }

    @Test
    void dosageFactoriesFillTheirModesFieldsOnly() {
        Dosage reps = Dosage.reps(Range.between(10, 15), Optional.of(Range.between(2, 5)), Range.between(1, 3),
                Sides.BOTH_TOGETHER);
        assertEquals(new Dosage(DosageMode.REPS, Optional.empty(), Optional.of(Range.between(10, 15)),
                Optional.of(Range.between(2, 5)), Range.between(1, 3), Sides.BOTH_TOGETHER, Movement.LIFT, Optional.empty()), reps);
        assertEquals(Range.between(10, 15), reps.work());

        Dosage hold = Dosage.hold(Range.atLeast(30), Range.between(2, 3), Sides.EACH_SIDE);
        assertEquals(new Dosage(DosageMode.HOLD, Optional.of(Range.atLeast(30)), Optional.empty(), Optional.empty(),
                Range.between(2, 3), Sides.EACH_SIDE, Movement.LIFT, Optional.empty()), hold);
        assertEquals(Range.atLeast(30), hold.work());
    }

    @Test
    void aLowestRoutineItemFitsAnyExerciseAtItsLowestDose() {
        RoutineItem item = RoutineItem.lowest("test-reps");
        assertEquals(new RoutineItem("test-reps", Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty()), item);
        Catalog catalog = minimal();
        for (Exercise exercise : catalog.exercises()) {
            assertEquals(Optional.empty(), item.mismatch(exercise), exercise.id());
        }
    }

    @Test
    void aRoutineItemFitsWithinTheDosageAndNamesAnyVariation() {
        Exercise reps = minimal().exercise("test-reps").orElseThrow();
        assertEquals(Optional.empty(), new RoutineItem("test-reps", Optional.of("Ball squeeze"), OptionalInt.of(15),
                OptionalInt.of(3), OptionalInt.of(5)).mismatch(reps));
        assertEquals(Optional.of("target 16 is outside the dosage of test-reps"),
                new RoutineItem("test-reps", Optional.empty(), OptionalInt.of(16), OptionalInt.empty(),
                        OptionalInt.empty()).mismatch(reps));
        assertEquals(Optional.of("sets 4 is outside the dosage of test-reps"),
                new RoutineItem("test-reps", Optional.empty(), OptionalInt.empty(), OptionalInt.of(4),
                        OptionalInt.empty()).mismatch(reps));
        assertEquals(Optional.of("top hold 6 s is outside the dosage of test-reps"),
                RoutineItem.lowest("test-reps").withTopHoldSeconds(6).mismatch(reps));
        assertEquals(Optional.of("top hold 2 s is outside the dosage of test-hold"),
                RoutineItem.lowest("test-hold").withTopHoldSeconds(2)
                        .mismatch(minimal().exercise("test-hold").orElseThrow()), "a hold has no top hold to choose");
        assertEquals(Optional.of("\"Flying\" is not a variation of test-reps"),
                new RoutineItem("test-reps", Optional.of("Flying"), OptionalInt.empty(), OptionalInt.empty(),
                        OptionalInt.empty()).mismatch(reps));
    }

    @Test
    void legsAlternateOnlyRepByRep() {
        Dosage alternating = Dosage.reps(Range.exactly(10), Optional.empty(), Range.between(2, 3), Sides.ALTERNATING);
        assertEquals(Sides.ALTERNATING, alternating.sides());
        assertEquals("legs can alternate only rep by rep, not in a hold", assertThrows(IllegalArgumentException.class,
                () -> Dosage.hold(Range.atLeast(30), Range.between(2, 3), Sides.ALTERNATING)).getMessage());
    }

    @Test
    void theCatalogFindsExercisesByIdAndByCategory() {
        Catalog catalog = minimal();
        assertEquals("Test hold", catalog.exercise("test-hold").orElseThrow().name());
        assertEquals(Optional.empty(), catalog.exercise("nope"));
        assertEquals(List.of("test-hold"), ids(catalog.exercisesIn(Category.STRETCH)));
        assertEquals(List.of("test-reps"), ids(catalog.exercisesIn(Category.STRENGTHENING)));
        assertEquals(List.of(), catalog.exercisesIn(Category.CORE));
    }

    @Test
    void everyKeyedValueHasItsCatalogKey() {
        assertEquals(List.of("stretch", "strengthening", "core"), List.of(Category.values()).stream()
                .map(Category::key).toList());
        assertEquals(List.of("hold", "reps"), List.of(DosageMode.values()).stream().map(DosageMode::key).toList());
        assertEquals(List.of("each", "both", "alternating"), List.of(Sides.values()).stream().map(Sides::key).toList());
    }

    private static List<String> ids(List<Exercise> exercises) {
        return exercises.stream().map(Exercise::id).toList();
    }

    private static Catalog minimal() {
        var result = CatalogLoader.parse("minimal.json", CatalogFixtures.minimalText().getBytes(StandardCharsets.UTF_8));
        return assertInstanceOf(CatalogLoadResult.Loaded.class, result, result.toString()).catalog();
    }
}
