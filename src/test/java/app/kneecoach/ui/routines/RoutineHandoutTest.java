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
import app.kneecoach.session.SessionSettings;
import app.kneecoach.session.Side;
import app.kneecoach.session.Tempo;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineHandoutTest {
    private static final Catalog CATALOG = ((CatalogLoadResult.Loaded) CatalogLoader.loadBundled()).catalog();
    private static final RoutineHandout HANDOUT = new RoutineHandout(Messages.DEFAULT, CATALOG,
            new RoutineTime(CATALOG, () -> SessionSettings.DEFAULT, () -> Tempo.DEFAULT));

    @Test
    void theGentleStartHandoutHasEveryExerciseWithItsDoseStepsAndTheSafetyAdvice() {
        Routine gentle = CATALOG.routines().stream().filter(r -> r.id().equals("gentle-start")).findFirst().orElseThrow();
        String html = HANDOUT.html(gentle);

        assertEquals(9, count(html, "<section class=\"exercise\">"));
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
        String html = HANDOUT.html(mine);

        assertEquals(List.of(Doses.line("10 reps", "hold 4 s at the top", "2 sets", "both legs together"),
                Doses.line("12 reps", "hold 1 s at the top", "2 sets", "each leg, alternating"),
                Doses.line("10 reps", "2 sets", "each leg, alternating"),
                Doses.line("10 reps", "2 sets", "each leg")), doses(html));
    }

    @Test
    void theFullProgramHasEveryExercisesFiguresNeedsStepsAndTheRulesForStoppingAndHelp() throws IOException {
        Routine full = CATALOG.routines().stream().filter(r -> r.id().equals("full-home-program")).findFirst()
                .orElseThrow();
        String html = HANDOUT.html(full);
        Files.writeString(Path.of("target/handout-full-home-program.html"), html);

        assertEquals(13, count(html, "<section class=\"exercise\">"));
        assertEquals(13 * 2, count(html, "<svg class=\"figure\""), "a start and an end figure for each");
        assertEquals(13 * 2, count(html, "<figcaption>"));
        for (var exercise : CATALOG.exercises()) {
            exercise.equipment().forEach(item -> assertTrue(html.contains("<li>" + RoutineHandout.escape(item) + "</li>"), item));
            exercise.writtenSteps().forEach(step -> assertTrue(html.contains("<li>" + RoutineHandout.escape(step) + "</li>"), step));
            exercise.cautions().forEach(c -> assertTrue(html.contains(RoutineHandout.escape(c)), c));
        }
        assertTrue(html.contains("<p class=\"legs\">Do all the sets on one leg, then all of them on the other.</p>"));
        assertTrue(html.contains("<p class=\"legs\">Both legs work together.</p>"));
        assertTrue(html.contains("<p class=\"legs\">The legs take turns, rep by rep: 10 reps on each leg make one set.</p>"));
        assertTrue(html.contains(Doses.line("10 reps", "hold 2 s at the top", "1 set", "both legs together")), "the bridge");
        assertTrue(html.contains("When to stop") && html.contains("hurt or feel unstable"), "when to stop");
        assertTrue(html.contains("a week or two") && html.contains("When to get help"), "when to see a professional");
        for (var item : CATALOG.avoidList()) {
            assertTrue(html.contains(RoutineHandout.escape(item.title())), item.id());
            assertTrue(html.contains(RoutineHandout.escape(item.reason())), item.id());
        }
        assertTrue(html.contains("<p class=\"time\">About "), "the estimated time");
        assertTrue(html.contains("break-inside: avoid"), "no exercise split across pages");
    }

    @Test
    void theHandoutIsOneSelfContainedFile() {
        for (Routine routine : CATALOG.routines()) {
            String html = HANDOUT.html(routine);
            assertTrue(Pattern.compile("(?i)(https?:|//[a-z]|src=|href=|url\\(|@import|<link|<script)").matcher(html)
                    .results().findAny().isEmpty(), routine.id() + " refers to nothing outside itself");
        }
    }

    @Test
    void theEstimatedTimeFollowsTheTimings() {
        Routine warmUp = CATALOG.routines().get(0);
        // 160 + 160 + 120 + 140 s with the default timings: 9 min 40 s.
        assertTrue(HANDOUT.html(warmUp).contains("<p class=\"time\">About 10 minutes with the get-ready"));
        SessionSettings slow = new SessionSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofSeconds(10), Side.RIGHT);
        String longer = new RoutineHandout(Messages.DEFAULT, CATALOG, new RoutineTime(CATALOG, () -> slow,
                () -> Tempo.DEFAULT)).html(warmUp);
        // 5 s more to get ready for each of the four, 45 s more for each of the 7 rests, 5 s more for each of the
        // 3 switches of leg: 580 + 20 + 315 + 15 = 930 s, 15.5 minutes.
        assertTrue(longer.contains("About 16 minutes"), longer);
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
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
