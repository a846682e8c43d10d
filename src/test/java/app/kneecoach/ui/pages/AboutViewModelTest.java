package app.kneecoach.ui.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.GuidanceSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The About section follows the catalog: when to get help first, the rest of the guidance, causes, source. */
class AboutViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Test
    void helpFirstThenTheGuidanceInTheCatalogsOrder() {
        AboutViewModel model = new AboutViewModel(CATALOG);
        assertTrue(model.helpShown());
        assertEquals(List.of(Catalog.SEE_A_PROFESSIONAL), model.help().stream().map(GuidanceSection::id).toList());
        assertEquals(CATALOG.seeAProfessional().orElseThrow().points(), model.help().get(0).points());
        List<String> rest = CATALOG.guidance().stream().map(GuidanceSection::id)
                .filter(id -> !id.equals(Catalog.SEE_A_PROFESSIONAL)).toList();
        assertEquals(rest, model.guidance().stream().map(GuidanceSection::id).toList());
        assertFalse(rest.isEmpty());
    }

    @Test
    void theCausesAndTheSourceInWords() {
        AboutViewModel model = new AboutViewModel(CATALOG);
        assertTrue(model.conditionsShown());
        assertEquals(CATALOG.conditions(), model.conditions());
        Catalog.Source source = CATALOG.source();
        assertEquals("Built from \u201c" + source.title() + "\u201d by " + source.author() + " (" + source.published()
                + "). The wording in this app is our own.", model.sourceLine());
    }

    @Test
    void aCatalogWithoutHelpOrCausesShowsNeither() {
        Catalog bare = new Catalog(CATALOG.schemaVersion(), CATALOG.source(), CATALOG.exercises(),
                CATALOG.aerobicOptions(), CATALOG.yogaIntro(), CATALOG.yogaPoses(), CATALOG.avoidIntro(),
                CATALOG.avoidList(), List.of(), CATALOG.otherGuidance(), CATALOG.routines());
        AboutViewModel model = new AboutViewModel(bare);
        assertFalse(model.helpShown());
        assertEquals(List.of(), model.help());
        assertFalse(model.conditionsShown());
        assertEquals(CATALOG.otherGuidance(), model.guidance());
    }
}
