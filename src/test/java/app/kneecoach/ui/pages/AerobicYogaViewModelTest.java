package app.kneecoach.ui.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.AerobicOption;
import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.YogaPose;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aerobic options and yoga poses follow the catalog, each option with its titled lists. */
class AerobicYogaViewModelTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Test
    void everyOptionWithItsChoicesAndTips() {
        AerobicYogaViewModel model = new AerobicYogaViewModel(CATALOG);
        List<AerobicYogaViewModel.AerobicCard> cards = model.aerobic();
        assertEquals(CATALOG.aerobicOptions().stream().map(AerobicOption::id).toList(),
                cards.stream().map(AerobicYogaViewModel.AerobicCard::id).toList());
        for (int i = 0; i < cards.size(); i++) {
            AerobicOption option = CATALOG.aerobicOptions().get(i);
            assertEquals(option.name(), cards.get(i).name());
            assertEquals(option.summary(), cards.get(i).summary());
            assertEquals(expectedSections(option), cards.get(i).sections());
        }
    }

    @Test
    void anEmptyListGetsNoTitle() {
        Catalog walking = new Catalog(CATALOG.schemaVersion(), CATALOG.source(), CATALOG.exercises(),
                List.of(new AerobicOption("walking", "Walking", "On the flat.", List.of("Treadmill"), List.of())),
                CATALOG.yogaIntro(), CATALOG.yogaPoses(), CATALOG.avoidIntro(), CATALOG.avoidList(),
                CATALOG.conditions(), CATALOG.guidance(), CATALOG.routines());
        assertEquals(List.of(new AerobicYogaViewModel.Section("Options", List.of("Treadmill"))),
                new AerobicYogaViewModel(walking).aerobic().get(0).sections());
    }

    @Test
    void thePosesAndTheirIntroduction() {
        AerobicYogaViewModel model = new AerobicYogaViewModel(CATALOG);
        assertEquals(CATALOG.yogaIntro(), model.yogaIntro());
        assertEquals(CATALOG.yogaPoses().stream().map(YogaPose::id).toList(),
                model.poses().stream().map(AerobicYogaViewModel.PoseCard::id).toList());
    }

    @Test
    void childsPoseAndCatCowSayHowWithFiguresAndWhenToStop() {
        AerobicYogaViewModel.PoseCard child = pose("childs-pose");
        assertEquals("How to do it", child.steps().title());
        assertEquals(CATALOG.yogaPoses().get(0).steps(), child.steps().points());
        assertEquals("Stop or hold back when", child.cautions().title());
        assertTrue(child.cautions().points().get(0).contains("stop if it hurts your knee"));
        assertTrue(child.figures().isPresent());
        assertEquals(List.of("Start", "In the pose"), List.of(child.startCaption(), child.endCaption()));

        AerobicYogaViewModel.PoseCard catCow = pose("cat-cow");
        assertTrue(catCow.figures().isPresent());
        assertEquals(List.of("Cat: back rounded", "Cow: back dipped"), List.of(catCow.startCaption(), catCow.endCaption()));
        assertEquals(4, catCow.steps().points().size());

        AerobicYogaViewModel.PoseCard butterfly = pose("butterfly-stretch");
        assertEquals(List.of(), butterfly.steps().points(), "described under Exercises");
        assertEquals(List.of("Start", "End"), List.of(butterfly.startCaption(), butterfly.endCaption()));
    }

    private static AerobicYogaViewModel.PoseCard pose(String id) {
        return new AerobicYogaViewModel(CATALOG).poses().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<AerobicYogaViewModel.Section> expectedSections(AerobicOption option) {
        List<AerobicYogaViewModel.Section> sections = new ArrayList<>();
        if (!option.choices().isEmpty()) {
            sections.add(new AerobicYogaViewModel.Section("Options", option.choices()));
        }
        if (!option.tips().isEmpty()) {
            sections.add(new AerobicYogaViewModel.Section("Tips", option.tips()));
        }
        return sections;
    }
}
