package app.kneecoach.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalog states the article's facts in its own words: no run of {@value #RUN} words may be copied.
 * The article is not ours to redistribute, so it is read from the shared folder beside the repository.
 */
class OwnWordsTest {
    static final int RUN = 6;
    private static final Path ARTICLE = Path.of(
            System.getProperty("kneecoach.article", "../shared/seed/inner-knee-pain-exercises.txt"));

    @Test
    void noTextInTheCatalogCopiesTheArticle() throws IOException {
        assumeTrue(Files.isReadable(ARTICLE), "article not available at " + ARTICLE.toAbsolutePath());
        Set<String> articleRuns = runs(Files.readString(ARTICLE, StandardCharsets.UTF_8));

        List<String> copied = new ArrayList<>();
        JsonNode catalog = CatalogFixtures.JSON.readTree(Path.of("exercises.json").toFile());
        // The source block credits the article by its exact title and author.
        ((ObjectNode) catalog).remove("source");
        for (String text : texts(catalog)) {
            runs(text).stream().filter(articleRuns::contains).forEach(run -> copied.add(run + "  <-  " + text));
        }
        assertEquals(List.of(), copied);
    }

    @Test
    void theCheckCatchesACopiedSentence() {
        Set<String> article = runs("Keep the knee straight without hyperextending it, then hold.");
        assertEquals(true, runs("Please keep the knee straight without hyperextending it.").stream()
                .anyMatch(article::contains));
    }

    static Set<String> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9'+]+");
        List<String> kept = List.of(words).stream().filter(w -> !w.isEmpty()).toList();
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= kept.size(); i++) {
            runs.add(String.join(" ", kept.subList(i, i + RUN)));
        }
        return runs;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            // Side words as the article has them ("right foot"), so a copied run is not hidden by a mark.
            String text = node.asText();
            texts.add(SidedText.problems(text).isEmpty() ? new SidedText(text).asWritten() : text);
        }
        node.forEach(child -> texts.addAll(texts(child)));
        return texts;
    }
}
