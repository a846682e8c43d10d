package app.kneecoach.catalog;

import app.kneecoach.json.FieldPath;
import app.kneecoach.json.JsonObjectReader;
import app.kneecoach.json.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an exercise's texts that may name the leg being worked, reporting each badly marked side word where it is. */
final class SidedTextReader {
    private final JsonObjectReader exercise;
    private final Problems problems;

    SidedTextReader(JsonObjectReader exercise, Problems problems) {
        this.exercise = exercise;
        this.problems = problems;
    }

    Optional<SidedText> text(String field) {
        return exercise.text(field).flatMap(text -> sided(text, exercise.pathOf(field)));
    }

    Optional<List<SidedText>> texts(String field) {
        return exercise.texts(field, true).flatMap(texts -> {
            List<Optional<SidedText>> read = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                read.add(sided(texts.get(i), FieldPath.index(exercise.pathOf(field), i)));
            }
            return read.stream().allMatch(Optional::isPresent)
                    ? Optional.of(read.stream().map(Optional::get).toList()) : Optional.empty();
        });
    }

    /**
     * Side words follow the leg whose sets are under way, which only a dosage done on each side in turn has; where
     * both legs work together or take turns within a set there is no one leg to name.
     */
    boolean fit(Sides sides, Optional<SidedText> start, Optional<List<SidedText>> steps) {
        if (sides == Sides.EACH_SIDE) {
            return true;
        }
        boolean fit = true;
        if (start.filter(SidedText::namesASide).isPresent()) {
            exercise.problem("startPosition", notForTheseSides(sides));
            fit = false;
        }
        List<SidedText> read = steps.orElse(List.of());
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).namesASide()) {
                problems.add(FieldPath.index(exercise.pathOf("steps"), i), notForTheseSides(sides));
                fit = false;
            }
        }
        return fit;
    }

    private static String notForTheseSides(Sides sides) {
        return "names the leg being worked (" + SidedText.SIDE + ", " + SidedText.OTHER_SIDE + "), which only a dosage "
                + "with \"sides\": \"" + Sides.EACH_SIDE.key() + "\" has; this one is \"" + sides.key() + "\"";
    }

    private Optional<SidedText> sided(String text, String path) {
        List<String> wrong = SidedText.problems(text);
        wrong.forEach(problem -> problems.add(path, problem));
        return wrong.isEmpty() ? Optional.of(new SidedText(text)) : Optional.empty();
    }
}
