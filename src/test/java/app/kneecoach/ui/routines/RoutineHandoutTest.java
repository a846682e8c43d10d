package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineHandoutTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();

    @Test
    void theGentleStartHandoutHasEveryExerciseWithItsDoseStepsAndTheSafetyAdvice() {
        Routine gentle = CATALOG.routines().stream().filter(r -> r.id().equals("gentle-start")).findFirst().orElseThrow();
        String html = new RoutineHandout(Messages.DEFAULT, CATALOG).html(gentle);

        assertEquals(9, html.split("<section>", -1).length - 1);
        assertTrue(html.contains("<h2>8. Step ups\u2002\u00b7\u2002Lower step or foam pad</h2>"), html);
        assertTrue(html.contains("<p class=\"dose\">10 reps\u2002\u00b7\u20022 sets</p>"), html);
        assertTrue(html.contains("<p class=\"dose\">Hold 60 s\u2002\u00b7\u20022 sets</p>"), html);
        assertTrue(html.contains("<li>Put the strap around the sole of one foot.</li>"), html);
        assertTrue(html.contains("a week or two"), html);
        assertTrue(html.contains("not medical advice"), html);
    }

    @Test
    void textIsEscaped() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", RoutineHandout.escape("a <b> & \"c\""));
    }

    @Test
    void exportWritesTheFileAndSaysWhere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        assertEquals("Saved to " + file + ".",
                FileExport.save(Messages.DEFAULT, file, f -> Files.writeString(f, "a,b\r\n")));
        assertEquals("a,b\r\n", Files.readString(file));
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertTrue(FileExport.save(Messages.DEFAULT, folder, f -> Files.writeString(f, "x"))
                .startsWith("Could not save " + folder));
    }
}
