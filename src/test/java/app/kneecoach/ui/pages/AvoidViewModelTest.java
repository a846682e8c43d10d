package app.kneecoach.ui.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.AvoidItem;
import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What to avoid follows the catalog: every item in its order, its examples and its reason in words. */
class AvoidViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Test
    void everyItemWithItsReason() {
        AvoidViewModel model = new AvoidViewModel(CATALOG);
        assertEquals(CATALOG.avoidIntro(), model.intro());
        List<AvoidViewModel.AvoidCard> cards = model.items();
        assertEquals(CATALOG.avoidList().stream().map(AvoidItem::id).toList(),
                cards.stream().map(AvoidViewModel.AvoidCard::id).toList());
        for (int i = 0; i < cards.size(); i++) {
            AvoidItem item = CATALOG.avoidList().get(i);
            assertEquals(item.title(), cards.get(i).title());
            assertEquals("Why: " + item.reason(), cards.get(i).reason());
            assertEquals(item.examples().isEmpty() ? Optional.empty()
                    : Optional.of("For example: " + String.join(", ", item.examples())), cards.get(i).examples());
        }
    }

    @Test
    void anItemWithoutExamplesHasNoExamplesLine() {
        Catalog one = new Catalog(CATALOG.schemaVersion(), CATALOG.source(), CATALOG.exercises(),
                CATALOG.aerobicOptions(), CATALOG.yogaIntro(), CATALOG.yogaPoses(), "Hold off on these.",
                List.of(new AvoidItem("deep-squats", "Deep squats", List.of(), "They load the inner knee.")),
                CATALOG.conditions(), CATALOG.guidance(), CATALOG.routines());
        assertEquals(List.of(new AvoidViewModel.AvoidCard("deep-squats", "Deep squats", Optional.empty(),
                "Why: They load the inner knee.")), new AvoidViewModel(one).items());
    }
}
