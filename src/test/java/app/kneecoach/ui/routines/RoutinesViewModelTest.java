package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import app.kneecoach.session.FakeClock;
import app.kneecoach.sound.SoundPlayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Routines section without a window, on real records in a temporary folder, saved on the calling thread. */
class RoutinesViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @TempDir
    Path dataDir;
    private AppServices services;
    private final List<Routine> started = new ArrayList<>();
    private RoutinesViewModel model;

    @org.junit.jupiter.api.BeforeEach
    void open() {
        services = TestServices.in(dataDir, new FakeClock(), SoundPlayer.silent());
        model = new RoutinesViewModel(CATALOG, services, started::add);
    }

    @Test
    void startsOnTheFirstBuiltInRoutineWhichIsOnlyStartedOrDuplicated() {
        assertEquals(CATALOG.routines(), model.routines());
        assertEquals("Stretching warm-up", model.detail().name().get());
        assertEquals("Built in", model.detail().kind().get());
        assertTrue(model.detail().builtIn().get());
        assertFalse(model.detail().editable().get());
        assertFalse(model.detail().startDisabled().get());
        // 160 + 160 + 120 + 140 s with the default timings.
        assertEquals("4 exercises\u2002\u00b7\u2002about 10 minutes\u2002\u00b7\u2002Built in",
                model.summary(model.selected().get()));
        assertEquals("Takes about 10 minutes with your get-ready, rest and pace settings.", model.detail().time().get());
        assertTrue(model.detail().timeShown().get());
        assertEquals(4, model.items().size());
        assertFalse(model.items().get(0).editable());
    }

    @Test
    void aNewRoutineIsSavedChosenAndRenamed() {
        model.newRoutine();
        assertEquals("My routine", model.detail().name().get());
        assertTrue(model.detail().editable().get());
        assertTrue(model.detail().noItemsShown().get());
        assertTrue(model.detail().startDisabled().get(), "nothing to do yet");
        assertEquals(CATALOG.routines().size() + 1, model.routines().size());

        model.detail().newName().set("  Evening knees ");
        model.rename();
        assertEquals("Evening knees", stored().name());
        assertEquals("Evening knees", model.detail().name().get());
        assertEquals("0 exercises\u2002\u00b7\u2002Your routine", model.summary(model.selected().get()));
        assertFalse(model.detail().timeShown().get(), "nothing to time");

        model.detail().newName().set("   ");
        model.rename();
        assertEquals("Evening knees", stored().name(), "a blank name is not saved");
    }

    @Test
    void raisingTheRepsChangesTheDoseShownTheRecordsAndWhatStartHandsOver() {
        model.newRoutine();
        addExercise("bridge");
        RoutineItemViewModel bridge = model.items().get(0);
        assertEquals("1.\u2002Bridge", bridge.title().get());
        assertEquals(Doses.line("10 reps", "hold 2 s at the top", "1 set", "both legs together"),
                bridge.dose().get());

        bridge.setTarget(11);
        bridge.setTarget(12);
        bridge.setSets(2);
        bridge.setTopHold(4);
        assertEquals(Doses.line("12 reps", "hold 4 s at the top", "2 sets", "both legs together"),
                bridge.dose().get());
        assertEquals(new RoutineItem("bridge", java.util.Optional.empty(), OptionalInt.of(12), OptionalInt.of(2),
                OptionalInt.of(4)),
                stored().items().get(0));

        model.start();
        assertEquals(List.of(stored()), started);
    }

    @Test
    void anotherVersionChangesTheTitleAndIsSaved() {
        model.newRoutine();
        addExercise("step-ups");
        RoutineItemViewModel steps = model.items().get(0);
        assertEquals(List.of("As described", "Lower step or foam pad", "Higher step"), steps.versionChoices());
        steps.chooseVersion("Lower step or foam pad");
        assertEquals("1.\u2002Step ups\u2002\u00b7\u2002Lower step or foam pad", steps.title().get());
        assertEquals(java.util.Optional.of("Lower step or foam pad"), stored().items().get(0).variation());
        steps.chooseVersion("As described");
        assertEquals(java.util.Optional.empty(), stored().items().get(0).variation());
    }

    @Test
    void itemsAreAddedMovedAndRemoved() {
        model.newRoutine();
        addExercise("bridge");
        assertEquals(null, model.toAdd().get(), "the choice starts again after each addition");
        assertTrue(model.addDisabled().get());
        addExercise("supine-hamstring-stretch");
        model.items().get(1).moveUp();
        assertEquals(List.of("supine-hamstring-stretch", "bridge"), storedIds());
        assertEquals("1.\u2002Supine hamstring stretch", model.items().get(0).title().get());
        model.items().get(1).moveDown();
        assertEquals(List.of("supine-hamstring-stretch", "bridge"), storedIds(), "the last stays last");
        model.items().get(0).remove();
        assertEquals(List.of("bridge"), storedIds());
        // 5 s to get ready, 10 reps of 2 s up, 2 s at the top, 2 s down.
        assertEquals("1 exercise\u2002\u00b7\u2002about 1 minute\u2002\u00b7\u2002Your routine",
                model.summary(model.selected().get()));
        model.items().get(0).setSets(3);
        model.items().get(0).setTopHold(5);
        // 5 + 3 sets of 10 reps of 9 s + 2 rests of 30 s = 335 s: the time follows the dose at once.
        assertEquals("Takes about 6 minutes with your get-ready, rest and pace settings.", model.detail().time().get());
    }

    @Test
    void deletingTakesTwoStepsAndAnotherRoutineShowsMeanwhileNothingIsAsked() {
        model.newRoutine();
        assertEquals("Delete", model.detail().deleteText().get());
        model.delete();
        assertEquals("Really delete?", model.detail().deleteText().get());
        assertEquals(1, services.routines().routines().size(), "the first step only asks");

        model.select(model.routines().get(0));
        model.select(model.routines().get(model.routines().size() - 1));
        assertEquals("Delete", model.detail().deleteText().get(), "choosing again starts over");
        model.delete();
        model.delete();
        assertEquals(List.of(), services.routines().routines());
        assertEquals(CATALOG.routines().get(0), model.selected().get());
    }

    @Test
    void aBuiltInRoutineIsDuplicatedIntoOneThatCanBeChanged() {
        model.duplicate();
        assertEquals("Stretching warm-up (my copy)", model.detail().name().get());
        assertTrue(model.detail().editable().get());
        assertEquals(CATALOG.routines().get(0).items(), stored().items());
        assertTrue(model.items().get(0).editable());
    }

    @Test
    void theHandoutIsWrittenWithTheDosesAsShown() throws IOException {
        model.duplicate();
        model.items().get(0).setTarget(45);
        assertEquals(stored().id() + ".html", model.handoutFileName());
        Path file = dataDir.resolve("handout.html");
        model.exportHandout(file);
        assertEquals("Saved to " + file + ".", model.detail().handoutResult().get());
        String html = Files.readString(file);
        assertTrue(html.contains("<h1>Stretching warm-up (my copy)</h1>"), html);
        assertTrue(html.contains("<p class=\"dose\">" + Doses.line("Hold 45 s", "2 sets", "each leg") + "</p>"), html);
    }

    @Test
    void aChangeThatCannotBeSavedIsSaidAndTheRoutineShownAsItWasSaved() throws IOException {
        model.newRoutine();
        addExercise("bridge");
        Files.delete(services.storage().store().file().orElseThrow());
        model.items().get(0).setTarget(12);
        assertTrue(model.detail().problemShown().get());
        assertTrue(model.detail().problem().get().startsWith("Could not save the routine: "),
                model.detail().problem().get());
        assertEquals(Doses.line("10 reps", "hold 2 s at the top", "1 set", "both legs together"),
                model.items().get(0).dose().get(), "as saved");
    }

    private void addExercise(String id) {
        model.toAdd().set(CATALOG.exercise(id).orElseThrow());
        assertFalse(model.addDisabled().get());
        model.add();
    }

    private Routine stored() {
        return services.routines().routines().get(services.routines().routines().size() - 1);
    }

    private List<String> storedIds() {
        return stored().items().stream().map(RoutineItem::exerciseId).toList();
    }
}
