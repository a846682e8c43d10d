package app.kneecoach.catalog;

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
    static final int MAX_SECONDS = 3600;
    static final int MAX_REPS = 100;
    static final int MAX_SETS = 10;

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
        var exercises = r.objects("exercises", true, this::exercise).map(list -> unique(list, Exercise::id, r.pathOf("exercises")));
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
        return all(title, author, published) ? Optional.of(new Catalog.Source(title.get(), author.get(), published.get()))
                : Optional.empty();
    }

    private Optional<Exercise> exercise(JsonObjectReader r) {
        var id = r.id("id");
        var name = r.text("name");
        var category = r.key("category", Category.class);
        var targets = r.text("targets");
        var why = r.text("whyItHelps");
        var equipment = r.texts("equipment", false);
        var sided = new SidedTextReader(r, problems);
        var start = sided.text("startPosition");
        var steps = sided.texts("steps");
        var cues = r.texts("cues", false);
        var cautions = r.texts("cautions", false);
        var dosage = r.object("dosage").flatMap(this::dosage);
        var progressions = r.objects("progressions", false, this::variation);
        var regressions = r.objects("regressions", false, this::variation);
        var variations = r.objects("variations", false, this::variation);
        var others = r.texts("otherOptions", false);
        boolean sidesFit = dosage.map(d -> sided.fit(d.sides(), start, steps)).orElse(true);
        r.rejectUnknownFields();
        if (!sidesFit || !all(id, name, category, targets, why, equipment, start, steps, cues, cautions, dosage,
                progressions, regressions, variations, others)) {
            return Optional.empty();
        }
        return Optional.of(new Exercise(id.get(), name.get(), category.get(), targets.get(), why.get(), equipment.get(),
                start.get(), steps.get(), cues.get(), cautions.get(), dosage.get(), progressions.get(), regressions.get(),
                variations.get(), others.get()));
    }

    private Optional<Dosage> dosage(JsonObjectReader r) {
        var mode = r.key("mode", DosageMode.class);
        var sets = r.object("sets").flatMap(s -> range(s, MAX_SETS));
        var sides = r.key("sides", Sides.class);
        var note = r.optionalText("note");
        var movement = r.optionalKey("movement", Movement.class);
        Optional<Range> hold = Optional.empty();
        Optional<Range> reps = Optional.empty();
        Optional<Range> topHold = Optional.empty();
        boolean modeFieldsOk = true;
        if (mode.isPresent()) {
            boolean isHold = mode.get() == DosageMode.HOLD;
            String needed = isHold ? "holdSeconds" : "reps";
            String unwanted = isHold ? "reps" : "holdSeconds";
            var workField = r.object(needed).flatMap(w -> range(w, isHold ? MAX_SECONDS : MAX_REPS));
            if (isHold) {
                hold = workField;
            } else {
                reps = workField;
                topHold = r.optionalObject("topHoldSeconds").flatMap(t -> range(t, MAX_SECONDS));
            }
            modeFieldsOk = workField.isPresent() && forbid(r, unwanted, mode.get())
                    && (!isHold || forbid(r, "topHoldSeconds", mode.get()));
            if (isHold && movement.isPresent()) {
                r.problem("movement", "does not belong in a \"" + mode.get().key() + "\" dosage");
                modeFieldsOk = false;
            }
        }
        if (sides.orElse(null) == Sides.ALTERNATING && mode.orElse(null) == DosageMode.HOLD) {
            r.problem("sides", "\"" + Sides.ALTERNATING.key() + "\" takes turns rep by rep, so it needs a \""
                    + DosageMode.REPS.key() + "\" dosage");
            modeFieldsOk = false;
        }
        r.rejectUnknownFields();
        if (!all(mode, sets, sides) || !modeFieldsOk) {
            return Optional.empty();
        }
        return Optional.of(new Dosage(mode.get(), hold, reps, topHold, sets.get(), sides.get(),
                movement.orElse(Movement.LIFT), note));
    }

    /** Rejects a field that contradicts the dosage mode, e.g. "reps" on a held stretch. */
    private static boolean forbid(JsonObjectReader r, String field, DosageMode mode) {
        if (r.optionalObject(field).isPresent()) {
            r.problem(field, "does not belong in a \"" + mode.key() + "\" dosage");
            return false;
        }
        return true;
    }

    private Optional<Range> range(JsonObjectReader r, int cap) {
        var min = r.integer("min", 1, cap);
        var max = r.optionalInteger("max", 1, cap);
        var orMore = r.optionalBoolean("orMore");
        r.rejectUnknownFields();
        if (min.isEmpty()) {
            return Optional.empty();
        }
        int high = max.orElse(min.getAsInt());
        if (high < min.getAsInt()) {
            r.problem("max", "must not be below min (" + min.getAsInt() + "), found " + high);
            return Optional.empty();
        }
        return Optional.of(new Range(min.getAsInt(), high, orMore.orElse(false)));
    }

    private Optional<Variation> variation(JsonObjectReader r) {
        var name = r.text("name");
        var description = r.text("description");
        r.rejectUnknownFields();
        return all(name, description) ? Optional.of(new Variation(name.get(), description.get())) : Optional.empty();
    }

    private Optional<AerobicOption> aerobic(JsonObjectReader r) {
        var id = r.id("id");
        var name = r.text("name");
        var summary = r.text("summary");
        var choices = r.texts("choices", true);
        var tips = r.texts("tips", false);
        r.rejectUnknownFields();
        return all(id, name, summary, choices, tips)
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
        return all(id, name, description, steps, cautions)
                ? Optional.of(new YogaPose(id.get(), name.get(), description.get(), steps.get(), cautions.get()))
                : Optional.empty();
    }

    private Optional<AvoidItem> avoidItem(JsonObjectReader r) {
        var id = r.id("id");
        var title = r.text("title");
        var examples = r.texts("examples", false);
        var reason = r.text("reason");
        r.rejectUnknownFields();
        return all(id, title, examples, reason)
                ? Optional.of(new AvoidItem(id.get(), title.get(), examples.get(), reason.get()))
                : Optional.empty();
    }

    private Optional<GuidanceSection> guidance(JsonObjectReader r) {
        var id = r.id("id");
        var title = r.text("title");
        var points = r.texts("points", true);
        r.rejectUnknownFields();
        return all(id, title, points) ? Optional.of(new GuidanceSection(id.get(), title.get(), points.get()))
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

    private static boolean all(Object... parts) {
        for (Object part : parts) {
            if (part instanceof Optional<?> o && o.isEmpty() || part instanceof OptionalInt i && i.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
