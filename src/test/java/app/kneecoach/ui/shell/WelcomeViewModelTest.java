package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.testing.TestServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.session.FakeClock;
import app.kneecoach.userdata.SettingsStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private final Path folder = TestServices.freshFolder();
    private final AppServices services = TestServices.firstStart(folder, new FakeClock());
    private final List<Routine> opened = new ArrayList<>();
    private int closed;

    @Test
    void itIsDueOnAFirstStartAndSaysWhatTheAppIsFromTheCatalog() {
        assertTrue(WelcomeViewModel.due(services));
        WelcomeViewModel model = model(CATALOG);
        assertTrue(model.what().contains("\u201c" + CATALOG.source().title() + "\u201d by " + CATALOG.source().author()),
                model.what());
        Routine gentle = model.gentleStart().orElseThrow();
        assertEquals("Gentle start", gentle.name());
        assertEquals("Begin with the routine \u201cGentle start\u201d. " + gentle.description(), model.begin());
        assertEquals(CATALOG.seeAProfessional().orElseThrow().points(), model.helpPoints());
        assertEquals("When to get help", model.help().orElseThrow().title());
    }

    @Test
    void lookingAroundClosesItForGood() {
        model(CATALOG).lookAround();
        assertEquals(1, closed);
        assertEquals(List.of(), opened);
        assertFalse(WelcomeViewModel.due(services), "closed for this run");
        assertTrue(SettingsStore.open(folder, Clock.systemUTC()).store().settings().welcomeSeen(), "and saved");
    }

    @Test
    void startingWithTheGentleStartOpensThatRoutineAndClosesItForGood() {
        model(CATALOG).startGentle();
        assertEquals(List.of(CATALOG.routines().stream().filter(r -> r.id().equals("gentle-start")).findFirst()
                .orElseThrow()), opened);
        assertEquals(0, closed, "the window goes to the routine instead");
        assertTrue(SettingsStore.open(folder, Clock.systemUTC()).store().settings().welcomeSeen());
    }

    @Test
    void closingItAgainKeepsTheOtherSettings() throws IOException {
        services.userSettings().apply(services.userSettings().settings().withLook(
                app.kneecoach.userdata.Theme.DARK, 150));
        model(CATALOG).lookAround();
        model(CATALOG).lookAround();
        var saved = SettingsStore.open(folder, Clock.systemUTC()).store().settings();
        assertEquals(150, saved.textSize());
        assertTrue(saved.welcomeSeen());
        assertEquals(2, closed);
    }

    @Test
    void aCatalogWithoutAGentleStartOnlyOffersToLookAround() throws IOException {
        Catalog minimal;
        try (InputStream in = getClass().getResourceAsStream("/catalog/minimal.json")) {
            minimal = ((CatalogLoadResult.Loaded) CatalogLoader.parse("minimal.json", in.readAllBytes())).catalog();
        }
        WelcomeViewModel model = model(minimal);
        assertFalse(model.beginShown());
        assertEquals("", model.begin());
        model.startGentle();
        assertEquals(1, closed, "nothing to open: it just closes");
        assertEquals(List.of(), opened);
    }

    private WelcomeViewModel model(Catalog catalog) {
        return new WelcomeViewModel(catalog, services, opened::add, () -> closed++);
    }
}
