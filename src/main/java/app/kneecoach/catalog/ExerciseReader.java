package app.kneecoach.catalog;

import static app.kneecoach.json.JsonObjectReader.allRead;

import app.kneecoach.json.JsonObjectReader;
import app.kneecoach.json.Problems;
import java.util.Optional;

/** Reads one exercise of the catalog: its texts, its sided steps, and its dosage checked against its mode. */
final class ExerciseReader {
    static final int MAX_SECONDS = 3600;
    static final int MAX_REPS = 100;
    static final int MAX_SETS = 10;

    private final Problems problems;

    ExerciseReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Exercise> exercise(JsonObjectReader r) {
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
        if (!sidesFit || !allRead(id, name, category, targets, why, equipment, start, steps, cues, cautions, dosage,
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
        if (!allRead(mode, sets, sides) || !modeFieldsOk) {
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
        return allRead(name, description) ? Optional.of(new Variation(name.get(), description.get())) : Optional.empty();
    }
}
