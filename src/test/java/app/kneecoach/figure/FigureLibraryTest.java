package app.kneecoach.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Exercise;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FigureLibraryTest {
    private static final List<String> IDS = List.of("inner-thigh-stretch", "supine-hamstring-stretch",
            "side-lunge-stretch", "seated-butterfly-stretch", "seated-straight-leg-raise", "bridge",
            "lateral-leg-raise", "step-ups", "double-knee-to-chest");
    private static final Map<String, FigurePair> PAIRS = IDS.stream()
            .collect(Collectors.toMap(id -> id, id -> FigureLibrary.forExercise(id).orElseThrow(() -> new AssertionError(id))));

    @Test
    void everyBundledExerciseHasFigures() {
        var catalog = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
        assertEquals(Set.copyOf(IDS), catalog.exercises().stream().map(Exercise::id).collect(Collectors.toSet()));
    }

    @Test
    void childsPoseAndCatCowAreDrawnInsideTheBoxOnAllFoursAndTheCatsBackRoundsUpTheCowsDown() {
        FigurePair child = FigureLibrary.forYogaPose("childs-pose").orElseThrow();
        FigurePair catCow = FigureLibrary.forYogaPose("cat-cow").orElseThrow();
        for (FigurePair pair : List.of(child, catCow)) {
            assertNotEquals(pair.start().pose(), pair.end().pose());
            Stream.of(pair.start(), pair.end()).forEach(figure -> {
                points(figure).forEach(p -> assertInside("pose", p, 0));
                assertFalse(figure.active().isEmpty());
            });
            assertFalse(pair.end().arrows().isEmpty());
        }
        // Child's pose: the hips go back and down toward the heels, the head comes down to the floor.
        Pose kneeling = child.start().pose();
        Pose folded = child.end().pose();
        assertTrue(folded.at(Joint.RIGHT_HIP).x() < kneeling.at(Joint.RIGHT_HIP).x());
        assertTrue(folded.at(Joint.RIGHT_HIP).y() > kneeling.at(Joint.RIGHT_HIP).y());
        assertEquals(Body.FLOOR_Y - Figure.HEAD_RADIUS, folded.at(Joint.HEAD).y(), 2.0);
        assertEquals(kneeling.at(Joint.RIGHT_KNEE), folded.at(Joint.RIGHT_KNEE), "the knees stay put");
        // Cat-cow: the same hands and knees; the back bows above the hip-shoulder line, then below it.
        Point hips = catCow.start().pose().at(Joint.RIGHT_HIP);
        Point shoulders = catCow.start().pose().at(Joint.RIGHT_SHOULDER);
        double line = (hips.y() + shoulders.y()) / 2;
        assertTrue(catCow.start().back().orElseThrow().y() < line - 10, "cat: rounded up");
        assertTrue(catCow.end().back().orElseThrow().y() > line + 10, "cow: dipped");
        assertEquals(catCow.start().pose().at(Joint.RIGHT_HAND), catCow.end().pose().at(Joint.RIGHT_HAND));
        assertTrue(catCow.start().pose().at(Joint.HEAD).y() > catCow.end().pose().at(Joint.HEAD).y(), "head tucked, then raised");
        assertTrue(FigureLibrary.forYogaPose("butterfly-stretch").isPresent());
        assertTrue(FigureLibrary.forYogaPose("tree").isEmpty());
    }

    @Test
    void figuresOfOneLegAtWorkSayWhichLegSoTheOtherCanBeMirrored() {
        assertEquals(java.util.Optional.of(Limb.RIGHT_LEG), PAIRS.get("supine-hamstring-stretch").workedLeg());
        assertEquals(java.util.Optional.of(Limb.LEFT_LEG), PAIRS.get("lateral-leg-raise").workedLeg());
        assertEquals(java.util.Optional.empty(), PAIRS.get("bridge").workedLeg(), "both legs at work");
        assertEquals(java.util.Optional.empty(), PAIRS.get("seated-butterfly-stretch").workedLeg());
    }

    @Test
    void anExerciseWithoutFiguresGetsNone() {
        assertTrue(FigureLibrary.forExercise("my-own-wall-sit").isEmpty());
        assertTrue(FigureLibrary.forExercise("").isEmpty());
    }

    @Test
    void theEndDiffersFromTheStart() {
        PAIRS.forEach((id, pair) -> assertNotEquals(pair.start().pose(), pair.end().pose(), id));
    }

    @Test
    void noTwoExercisesShareAStartPoseOrAPair() {
        Set<Pose> starts = new HashSet<>();
        Set<FigurePair> pairs = new HashSet<>();
        PAIRS.forEach((id, pair) -> {
            assertTrue(starts.add(pair.start().pose()), id + " starts like another exercise");
            assertTrue(pairs.add(pair), id + " looks like another exercise");
        });
    }

    @Test
    void everyFigureShowsWhatMoves() {
        PAIRS.forEach((id, pair) -> Stream.of(pair.start(), pair.end()).forEach(figure -> {
            assertFalse(figure.active().isEmpty(), id);
            assertFalse(figure.props().isEmpty(), id + " shows the floor");
        }));
        PAIRS.forEach((id, pair) -> assertFalse(pair.end().arrows().isEmpty(), id + " shows the movement"));
    }

    @Test
    void everythingIsDrawnInsideTheBox() {
        PAIRS.forEach((id, pair) -> Stream.of(pair.start(), pair.end()).forEach(figure -> {
            Pose pose = figure.pose();
            points(figure).forEach(p -> assertInside(id, p, 0));
            assertInside(id + " head", pose.at(Joint.HEAD), Figure.HEAD_RADIUS);
        }));
    }

    @Test
    void eachPairIsFramedWholeAndInTheBoxsProportions() {
        PAIRS.forEach((id, pair) -> {
            Frame frame = pair.frame();
            assertEquals(Figure.HEIGHT / Figure.WIDTH, frame.height() / frame.width(), 1e-9, id);
            assertTrue(frame.x() >= 0 && frame.y() >= 0 && frame.x() + frame.width() <= Figure.WIDTH
                    && frame.y() + frame.height() <= Figure.HEIGHT, id + " " + frame);
            assertTrue(frame.width() >= Figure.WIDTH / 1.6, id + " is not blown up: " + frame);
            Stream.of(pair.start(), pair.end()).forEach(figure -> {
                Point head = figure.pose().at(Joint.HEAD);
                Stream.concat(figure.pose().joints().values().stream(),
                                Stream.of(head.plus(-Figure.HEAD_RADIUS, -Figure.HEAD_RADIUS), head.plus(Figure.HEAD_RADIUS, 0)))
                        .forEach(p -> assertTrue(p.x() >= frame.x() && p.x() <= frame.x() + frame.width()
                                && p.y() >= frame.y() && p.y() <= frame.y() + frame.height(), id + " shows " + p));
            });
        });
        assertEquals(Frame.WHOLE, FigureLibrary.forExercise("step-ups").orElseThrow().frame(), "a standing body needs the whole box");
        assertTrue(FigureLibrary.forExercise("bridge").orElseThrow().frame().width() < Figure.WIDTH * 0.8,
                "a body lying on the floor is drawn larger");
    }

    @Test
    void propsShowWhatTheStartNeeds() {
        assertEquals(Set.of(PropKind.MAT, PropKind.STRAP), kinds("inner-thigh-stretch"));
        assertEquals(Set.of(PropKind.FLOOR, PropKind.STRAP), kinds("supine-hamstring-stretch"));
        assertEquals(Set.of(PropKind.FLOOR, PropKind.CHAIR), kinds("seated-straight-leg-raise"));
        assertEquals(Set.of(PropKind.FLOOR, PropKind.STEP), kinds("step-ups"));
        for (String id : List.of("side-lunge-stretch", "seated-butterfly-stretch", "bridge", "lateral-leg-raise",
                "double-knee-to-chest")) {
            assertEquals(Set.of(PropKind.FLOOR), kinds(id), id);
        }
    }

    private static Set<PropKind> kinds(String id) {
        FigurePair pair = PAIRS.get(id);
        return Stream.of(pair.start(), pair.end()).flatMap(f -> f.props().stream()).map(Prop::kind).collect(Collectors.toSet());
    }

    private static List<Point> points(Figure figure) {
        List<Point> points = new ArrayList<>(figure.pose().joints().values());
        for (Prop prop : figure.props()) {
            if (prop instanceof Prop.Line line) {
                points.addAll(line.points());
            } else if (prop instanceof Prop.Outline outline) {
                points.addAll(outline.corners());
            } else {
                Prop.Block block = (Prop.Block) prop;
                points.addAll(List.of(block.topLeft(), block.bottomRight()));
            }
        }
        figure.arrows().forEach(a -> points.addAll(List.of(a.from(), a.via(), a.to())));
        figure.back().ifPresent(points::add);
        return points;
    }

    private static void assertInside(String what, Point p, double margin) {
        assertTrue(p.x() - margin >= 0 && p.x() + margin <= Figure.WIDTH
                && p.y() - margin >= 0 && p.y() + margin <= Figure.HEIGHT, what + " at " + p + " is outside the box");
    }
}
