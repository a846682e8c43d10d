package app.kneecoach.ui.routines;

import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.catalog.CatalogLoadResult;
import app.kneecoach.catalog.CatalogLoader;
import app.kneecoach.catalog.Routine;
import app.kneecoach.catalog.RoutineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
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
        assertTrue(html.contains("<p class=\"dose\">" + Doses.line("10 reps", "2 sets", "each leg") + "</p>"), html);
        assertTrue(html.contains("<p class=\"dose\">" + Doses.line("Hold 60 s", "2 sets", "both legs together")
                + "</p>"), html);
        assertTrue(html.contains("<li>Put the strap around the sole of one foot.</li>"), html);
        assertTrue(html.contains("a week or two"), html);
        assertTrue(html.contains("not medical advice"), html);
    }

    @Test
    void eachDoseSaysHowTheLegsWorkAndTheHoldAtTheTop() {
        Routine mine = new Routine("my-routine-1", "Mine", "", List.of(
                RoutineItem.lowest("bridge").withTopHoldSeconds(4).withSets(2),
                RoutineItem.lowest("seated-straight-leg-raise").withTarget(12),
                RoutineItem.lowest("step-ups"),
                RoutineItem.lowest("lateral-leg-raise")));
        String html = new RoutineHandout(Messages.DEFAULT, CATALOG).html(mine);

        assertEquals(List.of(Doses.line("10 reps", "hold 4 s at the top", "2 sets", "both legs together"),
                Doses.line("12 reps", "hold 1 s at the top", "2 sets", "each leg, alternating"),
                Doses.line("10 reps", "2 sets", "each leg, alternating"),
                Doses.line("10 reps", "2 sets", "each leg")), doses(html));
    }

    private static List<String> doses(String html) {
        return Pattern.compile("<p class=\"dose\">([^<]*)</p>").matcher(html).results().map(m -> m.group(1)).toList();
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
