package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.RoutineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One item of a routine without a window: what it says and what it hands to the routine. */
class RoutineItemViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    private final List<String> edits = new ArrayList<>();
    private final RoutineItemViewModel.Edits recorder = new RoutineItemViewModel.Edits() {
        @Override
        public void save(int index, RoutineItem item) {
            edits.add("save " + index + " " + item.target() + " " + item.sets());
        }

        @Override
        public void move(int index, int by) {
            edits.add("move " + index + " by " + by);
        }

        @Override
        public void remove(int index) {
            edits.add("remove " + index);
        }
    };

    @Test
    void aStretchSaysItsDoseAndRangeAndHandsOnEachChange() {
        RoutineItemViewModel item = item(2, RoutineItem.lowest("inner-thigh-stretch"));
        assertEquals("3.\u2002Inner thigh stretch", item.title().get());
        assertEquals(Doses.line("Hold 30 s", "2 sets", "each leg"), item.dose().get());
        assertEquals("The article's range: Hold 30+ s\u2002\u00b7\u20022\u20133 sets\u2002\u00b7\u2002each leg",
                item.range());
        assertEquals("Hold, s", item.targetLabel());
        assertEquals(new ChoiceBounds(30, 600, 5, 2, 3, 0, 0), item.bounds());
        assertEquals(List.of(), item.versionChoices(), "it has no other versions");

        item.setTarget(60);
        item.setSets(3);
        item.moveUp();
        item.moveDown();
        item.remove();
        assertEquals(Doses.line("Hold 60 s", "3 sets", "each leg"), item.dose().get());
        assertEquals(List.of("save 2 OptionalInt[60] OptionalInt.empty", "save 2 OptionalInt[60] OptionalInt[3]",
                "move 2 by -1", "move 2 by 1", "remove 2"), edits);
        assertEquals(new RoutineItem("inner-thigh-stretch", Optional.empty(), OptionalInt.of(60), OptionalInt.of(3),
                OptionalInt.empty()),
                item.item());
    }

    @Test
    void theBridgesTopHoldIsChosenWithinTheArticlesRangeSavedAndPlayed() {
        RoutineItemViewModel item = item(1, RoutineItem.lowest("bridge"));
        assertEquals(new ChoiceBounds(10, 15, 1, 1, 3, 2, 5), item.bounds());
        assertTrue(item.bounds().topHoldAdjustable(), "the article gives 2-5 s at the top");
        assertEquals(2, item.topHold(), "the article's lowest to start with");

        item.setTopHold(5);
        assertEquals(5, item.topHold());
        assertEquals(Doses.line("10 reps", "hold 5 s at the top", "1 set", "both legs together"),
                item.dose().get());
        assertEquals(OptionalInt.of(5), item.item().topHoldSeconds());
        assertEquals(List.of("save 1 OptionalInt.empty OptionalInt.empty"), edits);
        assertEquals(5, PlannedExercise.planned(item.item(), CATALOG.exercise("bridge").orElseThrow()).choice()
                .topHoldSeconds(), "the player holds at the top as long as the routine says");

        item.setTarget(12);
        assertEquals(OptionalInt.of(5), item.item().topHoldSeconds(), "another change keeps the top hold");
    }

    @Test
    void aFixedTopHoldIsShownButNotOffered() {
        RoutineItemViewModel item = item(0, RoutineItem.lowest("seated-straight-leg-raise"));
        assertFalse(item.bounds().topHoldAdjustable(), "the article gives one second");
        assertEquals(Doses.line("10 reps", "hold 1 s at the top", "2 sets", "each leg, alternating"),
                item.dose().get());
    }

    @Test
    void theFirstItemIsNotOfferedMoveUpNorTheLastMoveDown() {
        RoutineItem bridge = RoutineItem.lowest("bridge");
        assertEquals(List.of(false, true), moves(item(0, bridge)));
        assertEquals(List.of(true, true), moves(item(1, bridge)));
        assertEquals(List.of(true, false), moves(item(3, bridge)), "the last of four");
        assertEquals(List.of(false, false),
                moves(new RoutineItemViewModel(Messages.DEFAULT, CATALOG, 0, 1, bridge, true, recorder)), "the only one");
    }

    private static List<Boolean> moves(RoutineItemViewModel item) {
        return List.of(item.canMoveUp(), item.canMoveDown());
    }

    @Test
    void anExerciseThisCatalogDoesNotHaveIsNamedButHasNoDose() {
        RoutineItemViewModel item = item(0, RoutineItem.lowest("wall-sit"));
        assertEquals("1.\u2002wall-sit (not in this catalog)", item.title().get());
        assertFalse(item.available());
        assertEquals("", item.dose().get());
        assertEquals("", item.range());
    }

    private RoutineItemViewModel item(int index, RoutineItem item) {
        return new RoutineItemViewModel(Messages.DEFAULT, CATALOG, index, 4, item, true, recorder);
    }
}
