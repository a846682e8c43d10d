package app.kneecoach.catalog;

import static app.kneecoach.json.JsonObjectReader.allRead;

import app.kneecoach.json.JsonObjectReader;
import app.kneecoach.json.Problems;
import app.kneecoach.json.FieldPath;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Turns a parsed catalog tree into a {@link Catalog}, checking every field against docs/catalog.md. */
final class CatalogReader {
    static final int SCHEMA_VERSION = 1;

    private final Problems problems;

    CatalogReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Catalog> read(JsonNode root) {
        return JsonObjectReader.of(root, "", problems).flatMap(this::catalog);
    }

    private Optional<Catalog> catalog(JsonObjectReader r) {
        OptionalInt version = r.integer("schemaVersion", 1, Integer.MAX_VALUE);
        if (version.isPresent() && version.getAsInt() != SCHEMA_VERSION) {
            r.problem("schemaVersion", "this version of Knee Coach reads schema version " + SCHEMA_VERSION
                    + ", found " + version.getAsInt());
            return Optional.empty();
        }
        var source = r.object("source").flatMap(this::source);
        var exercises = r.objects("exercises", true, new ExerciseReader(problems)::exercise).map(list -> unique(list, Exercise::id, r.pathOf("exercises")));
        var aerobic = r.objects("aerobicOptions", true, this::aerobic).map(list -> unique(list, AerobicOption::id, r.pathOf("aerobicOptions")));
        var yoga = r.object("yoga");
        var yogaIntro = yoga.flatMap(y -> y.text("intro"));
        var poses = yoga.flatMap(y -> y.objects("poses", true, this::yogaPose).map(list -> unique(list, YogaPose::id, y.pathOf("poses"))));
        yoga.ifPresent(JsonObjectReader::rejectUnknownFields);
        var avoid = r.object("avoid");
        var avoidIntro = avoid.flatMap(a -> a.text("intro"));
        var avoidItems = avoid.flatMap(a -> a.objects("items", true, this::avoidItem).map(list -> unique(list, AvoidItem::id, a.pathOf("items"))));
        avoid.ifPresent(JsonObjectReader::rejectUnknownFields);
        var conditions = r.texts("conditions", true);
        var guidance = r.objects("guidance", true, this::guidance).map(list -> unique(list, GuidanceSection::id, r.pathOf("guidance")));
        var routines = r.optionalObjects("routines", new RoutineReader(true)::routine)
                .map(list -> unique(list, Routine::id, r.pathOf("routines")));
        exercises.ifPresent(list -> routines.ifPresent(found -> checkRoutines(found, list, r.pathOf("routines"))));
        r.rejectUnknownFields();
        if (!problems.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Catalog(version.getAsInt(), source.orElseThrow(), exercises.orElseThrow(),
                aerobic.orElseThrow(), yogaIntro.orElseThrow(), poses.orElseThrow(), avoidIntro.orElseThrow(),
                avoidItems.orElseThrow(), conditions.orElseThrow(), guidance.orElseThrow(), routines.orElseThrow()));
    }

    /** Every routine item must name an exercise of this catalog, and fit its dosage. */
    private void checkRoutines(List<Routine> routines, List<Exercise> exercises, String path) {
        for (int r = 0; r < routines.size(); r++) {
            List<RoutineItem> items = routines.get(r).items();
            for (int i = 0; i < items.size(); i++) {
                String at = FieldPath.index(FieldPath.child(FieldPath.index(path, r), "items"), i);
                RoutineItem item = items.get(i);
                Optional<Exercise> exercise = exercises.stream().filter(e -> e.id().equals(item.exerciseId())).findFirst();
                if (exercise.isEmpty()) {
                    problems.add(FieldPath.child(at, "exercise"), "no exercise has the id \"" + item.exerciseId() + "\"");
                } else {
                    item.mismatch(exercise.get()).ifPresent(message -> problems.add(at, message));
                }
            }
        }
    }

    private Optional<Catalog.Source> source(JsonObjectReader r) {
        var title = r.text("title");
        var author = r.text("author");
        var published = r.text("published");
        r.rejectUnknownFields();
        return allRead(title, author, published) ? Optional.of(new Catalog.Source(title.get(), author.get(), published.get()))
                : Optional.empty();
    }

    private Optional<AerobicOption> aerobic(JsonObjectReader r) {
        var id = r.id("id");
        var name = r.text("name");
        var summary = r.text("summary");
        var choices = r.texts("choices", true);
        var tips = r.texts("tips", false);
        r.rejectUnknownFields();
        return allRead(id, name, summary, choices, tips)
                ? Optional.of(new AerobicOption(id.get(), name.get(), summary.get(), choices.get(), tips.get()))
                : Optional.empty();
    }

    private Optional<YogaPose> yogaPose(JsonObjectReader r) {
        var id = r.id("id");
        var name = r.text("name");
        var description = r.text("description");
        var steps = r.optionalTexts("steps");
        var cautions = r.optionalTexts("cautions");
        r.rejectUnknownFields();
        return allRead(id, name, description, steps, cautions)
                ? Optional.of(new YogaPose(id.get(), name.get(), description.get(), steps.get(), cautions.get()))
                : Optional.empty();
    }

    private Optional<AvoidItem> avoidItem(JsonObjectReader r) {
        var id = r.id("id");
        var title = r.text("title");
        var examples = r.texts("examples", false);
        var reason = r.text("reason");
        r.rejectUnknownFields();
        return allRead(id, title, examples, reason)
                ? Optional.of(new AvoidItem(id.get(), title.get(), examples.get(), reason.get()))
                : Optional.empty();
    }

    private Optional<GuidanceSection> guidance(JsonObjectReader r) {
        var id = r.id("id");
        var title = r.text("title");
        var points = r.texts("points", true);
        r.rejectUnknownFields();
        return allRead(id, title, points) ? Optional.of(new GuidanceSection(id.get(), title.get(), points.get()))
                : Optional.empty();
    }

    /** Reports the second and later use of an id; the list is kept so other checks still run. */
    private <T> List<T> unique(List<T> items, Function<T, String> id, String listPath) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = firstIndex.putIfAbsent(id.apply(items.get(i)), i);
            if (first != null) {
                problems.add(FieldPath.child(FieldPath.index(listPath, i), "id"),
                        "id \"" + id.apply(items.get(i)) + "\" is already used by " + FieldPath.index(listPath, first));
            }
        }
        return items;
    }
}
