package app.kneecoach.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real catalog carries the article's program exactly. */
class CatalogContentTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        CatalogLoadResult result = CatalogLoader.loadBundled();
        assertTrue(result instanceof CatalogLoadResult.Loaded, result::toString);
        catalog = ((CatalogLoadResult.Loaded) result).catalog();
    }

    static Stream<Arguments> articleDosages() {
        Range twoToThree = Range.between(2, 3);
        Range tenToFifteen = Range.between(10, 15);
        Optional<Range> noTopHold = Optional.empty();
        return Stream.of(
                Arguments.of("inner-thigh-stretch", Category.STRETCH,
                        Dosage.hold(Range.atLeast(30), twoToThree, Sides.EACH_SIDE)),
                Arguments.of("supine-hamstring-stretch", Category.STRETCH,
                        Dosage.hold(Range.atLeast(30), twoToThree, Sides.EACH_SIDE)),
                Arguments.of("side-lunge-stretch", Category.STRETCH,
                        new Dosage(DosageMode.HOLD, Optional.of(Range.atLeast(20)), Optional.empty(), Optional.empty(),
                                twoToThree, Sides.EACH_SIDE, Movement.LIFT, Optional.of("if tolerated"))),
                Arguments.of("seated-butterfly-stretch", Category.STRETCH,
                        Dosage.hold(Range.atLeast(60), twoToThree, Sides.BOTH_TOGETHER)),
                Arguments.of("seated-straight-leg-raise", Category.STRENGTHENING,
                        Dosage.reps(tenToFifteen, Optional.of(Range.exactly(1)), twoToThree, Sides.ALTERNATING)),
                Arguments.of("bridge", Category.STRENGTHENING,
                        Dosage.reps(tenToFifteen, Optional.of(Range.between(2, 5)), Range.between(1, 3),
                                Sides.BOTH_TOGETHER)),
                Arguments.of("lateral-leg-raise", Category.STRENGTHENING,
                        Dosage.reps(tenToFifteen, noTopHold, twoToThree, Sides.EACH_SIDE)),
                Arguments.of("step-ups", Category.STRENGTHENING,
                        Dosage.reps(Range.exactly(10), noTopHold, twoToThree, Sides.ALTERNATING)
                                .withMovement(Movement.STEP)),
                Arguments.of("double-knee-to-chest", Category.CORE,
                        Dosage.reps(tenToFifteen, noTopHold, twoToThree, Sides.BOTH_TOGETHER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleDosages")
    void eachExerciseHasTheArticlesCategoryAndExactDosage(String id, Category category, Dosage dosage) {
        Exercise exercise = catalog.exercise(id).orElseThrow(() -> new AssertionError("missing " + id));
        assertEquals(category, exercise.category());
        assertEquals(dosage, exercise.dosage());
        assertFalse(exercise.steps().isEmpty());
    }

    @Test
    void hasExactlyTheNineExercisesInTheArticlesOrder() {
        List<String> ids = catalog.exercises().stream().map(Exercise::id).toList();
        assertEquals(articleDosages().map(a -> (String) a.get()[0]).toList(), ids);
    }

    @Test
    void theLegRaiseAndStepUpsAlternateLegsAsTheArticleSays() {
        // "Alternate between both legs" and "repeat again with the opposite foot leading": the only two.
        assertEquals(List.of("seated-straight-leg-raise", "step-ups"), catalog.exercises().stream()
                .filter(e -> e.dosage().sides() == Sides.ALTERNATING).map(Exercise::id).toList());
    }

    @Test
    void progressionsRegressionsAndOtherOptionsFromTheArticle() {
        assertEquals(List.of("Ankle weights", "Longer hold", "More repetitions"),
                names(catalog.exercise("seated-straight-leg-raise").orElseThrow().progressions()));
        assertEquals(List.of("Ball squeeze"), names(catalog.exercise("bridge").orElseThrow().progressions()));
        assertEquals(List.of("Ankle weights", "More repetitions", "Bottom-leg raise"),
                names(catalog.exercise("lateral-leg-raise").orElseThrow().progressions()));
        Exercise stepUps = catalog.exercise("step-ups").orElseThrow();
        assertEquals(List.of("Higher step"), names(stepUps.progressions()));
        assertEquals(List.of("Lower step or foam pad"), names(stepUps.regressions()));
        assertEquals(3, stepUps.otherOptions().size());
        Exercise kneeToChest = catalog.exercise("double-knee-to-chest").orElseThrow();
        assertEquals(List.of("One leg at a time"), names(kneeToChest.regressions()));
        assertEquals(List.of("Planks", "Bicycle crunches"), kneeToChest.otherOptions());
        assertEquals(2, catalog.exercise("seated-butterfly-stretch").orElseThrow().progressions().size());
    }

    /** What each exercise needs, as the article says: the strap, chair, step and weights, and where the body goes. */
    static Stream<Arguments> articleEquipment() {
        String back = "Room on the floor to lie on your back";
        String weights = "Ankle weights, only for the harder version";
        return Stream.of(
                Arguments.of("inner-thigh-stretch", List.of("A stretch strap or band", back)),
                Arguments.of("supine-hamstring-stretch", List.of("A stretch strap, a towel or a belt", back)),
                Arguments.of("side-lunge-stretch", List.of("Room to stand and reach one leg out to the side")),
                Arguments.of("seated-butterfly-stretch", List.of("A place to sit on the floor")),
                Arguments.of("seated-straight-leg-raise", List.of("A comfortable chair", weights)),
                Arguments.of("bridge", List.of(back,
                        "For the ball squeeze only: a soccer ball, a ball about that size or a rolled towel")),
                Arguments.of("lateral-leg-raise", List.of("Room on the floor to lie on your side", weights)),
                Arguments.of("step-ups", List.of("A step",
                        "For the easier version: a foam pad or something else lower than a step",
                        "For the harder version: a higher step")),
                Arguments.of("double-knee-to-chest", List.of(back)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleEquipment")
    void eachExerciseSaysWhatItNeeds(String id, List<String> equipment) {
        assertEquals(equipment, catalog.exercise(id).orElseThrow().equipment());
    }

    @Test
    void whatOnlyAHarderOrEasierVersionNeedsIsOfferedByThatVersion() {
        for (String id : List.of("seated-straight-leg-raise", "lateral-leg-raise")) {
            Exercise e = catalog.exercise(id).orElseThrow();
            assertTrue(names(e.progressions()).contains("Ankle weights"), id);
        }
        Exercise stepUps = catalog.exercise("step-ups").orElseThrow();
        assertEquals(List.of("Higher step"), names(stepUps.progressions()));
        assertTrue(stepUps.regressions().get(0).description().contains("foam pad"));
        assertTrue(catalog.exercise("bridge").orElseThrow().progressions().get(0).description().contains("rolled towel"));
    }

    @Test
    void childsPoseAndCatCowSayHowToDoThemAndWhenToStop() {
        for (String id : List.of("childs-pose", "cat-cow")) {
            YogaPose pose = pose(id);
            assertTrue(pose.steps().size() >= 3 && pose.steps().size() <= 5, id + " has 3 to 5 steps");
            assertTrue(pose.cautions().stream().anyMatch(c -> c.contains("stop if it hurts your knee")), id);
        }
        String catCow = String.join(" ", pose("cat-cow").steps());
        assertTrue(catCow.contains("Cat:") && catCow.contains("Cow:"), catCow);
        assertTrue(pose("butterfly-stretch").steps().isEmpty(), "the butterfly is described under Exercises");
    }

    private static YogaPose pose(String id) {
        return catalog.yogaPoses().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryThingToAvoidWithAReason() {
        assertEquals(List.of("high-impact", "pivoting-sports", "deep-squats-lunges", "unstable-knee",
                "repetitive-overuse", "any-painful-exercise"), catalog.avoidList().stream().map(AvoidItem::id).toList());
        assertEquals(List.of("Running", "Jumping", "Other plyometrics"), catalog.avoidList().get(0).examples());
        assertEquals(List.of("Basketball", "Volleyball", "Football"), catalog.avoidList().get(1).examples());
        String unstable = catalog.avoidList().get(3).reason();
        assertTrue(unstable.contains("patella") && unstable.contains("meniscus")
                && unstable.contains("medial collateral ligament"), unstable);
    }

    @Test
    void aerobicOptionsAndYogaPoses() {
        assertEquals(List.of("stationary-cardio", "pool", "walking"),
                catalog.aerobicOptions().stream().map(AerobicOption::id).toList());
        assertEquals(List.of("Elliptical", "Upright bike", "Recumbent bike", "Rowing machine"),
                catalog.aerobicOptions().get(0).choices().subList(0, 4));
        assertEquals(List.of("Lap swimming", "Aqua jogging", "Water aerobics"), catalog.aerobicOptions().get(1).choices());
        assertEquals(List.of("childs-pose", "cat-cow", "butterfly-stretch"),
                catalog.yogaPoses().stream().map(YogaPose::id).toList());
    }

    @Test
    void guidanceSaysWhenToSeeAProfessionalAndNamesTheConditions() {
        assertEquals(List.of("Bursitis", "Knee osteoarthritis", "Runner's knee", "MCL tear"), catalog.conditions());
        GuidanceSection help = catalog.guidance().stream().filter(g -> g.id().equals("see-a-professional"))
                .findFirst().orElseThrow();
        String points = String.join(" ", help.points());
        assertTrue(points.contains("a week or two") && points.contains("worse"), points);
        List<String> ids = catalog.guidance().stream().map(GuidanceSection::id).toList();
        assertTrue(ids.containsAll(List.of("warm-up-cool-down", "ice-or-heat", "start-small")), ids::toString);
    }

    @Test
    void builtInRoutinesFollowTheArticlesAdvice() {
        List<String> stretches = List.of("inner-thigh-stretch", "supine-hamstring-stretch", "side-lunge-stretch",
                "seated-butterfly-stretch");
        List<String> strength = List.of("seated-straight-leg-raise", "bridge", "lateral-leg-raise", "step-ups",
                "double-knee-to-chest");
        assertEquals(stretches, ids("stretching-warm-up"));
        assertEquals(strength, ids("strengthening-block"));
        List<String> full = new java.util.ArrayList<>(stretches);
        full.addAll(strength);
        full.addAll(stretches);
        assertEquals(full, ids("full-home-program"), "stretch, strengthen, then stretch again to cool down");
        Routine gentle = routine("gentle-start");
        assertEquals(9, gentle.items().size());
        assertTrue(gentle.items().stream().allMatch(i -> i.target().isEmpty() && i.sets().isEmpty()), "lowest dose");
        for (RoutineItem item : gentle.items()) {
            List<Variation> easier = catalog.exercise(item.exerciseId()).orElseThrow().regressions();
            assertEquals(easier.stream().map(Variation::name).findFirst(), item.variation(), item.exerciseId());
        }
    }

    private static Routine routine(String id) {
        return catalog.routines().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(String routine) {
        return routine(routine).items().stream().map(RoutineItem::exerciseId).toList();
    }

    @Test
    void theBundledCopyIsTheRootFile() throws IOException {
        byte[] root = Files.readAllBytes(Path.of("exercises.json"));
        try (InputStream bundled = CatalogLoader.class.getResourceAsStream("exercises.json")) {
            assertArrayEquals(root, bundled.readAllBytes());
        }
    }

    private static List<String> names(List<Variation> variations) {
        return variations.stream().map(Variation::name).toList();
    }
}
