package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words and switches above a routine's exercises, without a window. */
class RoutineDetailViewModelTest {
    private final RoutineDetailViewModel model = new RoutineDetailViewModel(Messages.DEFAULT);

    @Test
    void theUsersOwnRoutineCanBeChangedAndSaysHowLongItsNameMayBe() {
        model.show(new Routine("r1", "Evening", "", List.of(RoutineItem.lowest("bridge"))), false, true);
        assertEquals("Your routine", model.kind().get());
        assertTrue(model.editable().get());
        assertFalse(model.builtIn().get());
        assertFalse(model.descriptionShown().get());
        assertFalse(model.noItemsShown().get());
        assertEquals("Evening", model.newName().get());
        assertEquals("7 of 80 characters", model.nameCount().get());
        model.newName().set("Evening knees");
        assertEquals("13 of 80 characters", model.nameCount().get());
    }

    @Test
    void anOlderLongerNameIsTakenWhole() {
        String old = "N".repeat(Routine.NAME_MAX + 5);
        model.show(new Routine("r1", old, "", List.of()), false, false);
        assertEquals(Routine.NAME_MAX + 5, model.nameLimit().get());
        assertEquals(old, model.newName().get());
        assertTrue(model.noItemsShown().get());
        assertTrue(model.startDisabled().get());
    }

    @Test
    void showingARoutineClearsTheQuestionTheProblemAndTheExportResult() {
        model.show(new Routine("r1", "Evening", "For the evening", List.of()), false, false);
        model.armDelete();
        model.problem("Could not save the routine: disk full");
        model.handoutSaid("Saved to x.");
        assertEquals("Really delete?", model.deleteText().get());
        assertTrue(model.problemShown().get());

        model.show(new Routine("b", "Built", "For the evening", List.of()), true, true);
        assertEquals("Delete", model.deleteText().get());
        assertFalse(model.problemShown().get());
        assertEquals("", model.handoutResult().get());
        assertEquals("Built in", model.kind().get());
        assertTrue(model.descriptionShown().get());
        assertFalse(model.editable().get());
    }

    @Test
    void noRoutineShowsNothing() {
        model.show(null, false, false);
        assertFalse(model.shown().get());
        assertFalse(model.editable().get());
    }
}
