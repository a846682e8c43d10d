package app.kneecoach.userdata;

import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.SetResult;
import app.kneecoach.session.SideResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes sessions in the JSON format of the history files (an export, a copy of one session);
 * {@link HistoryReader} reads them back. The format is in docs/user-data.md.
 */
final class HistoryJson {
    static final int SCHEMA_VERSION = 1;

    private HistoryJson() {
    }

    static byte[] inProgress(SessionRecord session) {
        ObjectNode root = PrettyJson.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("session", session(session));
        return PrettyJson.bytes(root);
    }

    /** Enum constants as lower-case words joined by hyphens, e.g. SELF_PACED as "self-paced". */
    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ObjectNode session(SessionRecord s) {
        ObjectNode node = PrettyJson.object();
        node.put("id", s.id());
        node.put("startedAt", s.startedAt().toString());
        node.put("endedAt", s.endedAt().toString());
        s.routineName().ifPresent(name -> node.put("routine", name));
        putPain(node, "painBefore", s.painBefore());
        putText(node, "noteBefore", s.noteBefore());
        putPain(node, "painAfter", s.painAfter());
        putText(node, "noteAfter", s.noteAfter());
        node.put("status", s.status().key());
        ArrayNode exercises = node.putArray("exercises");
        s.exercises().forEach(e -> exercises.add(exercise(e)));
        return node;
    }

    static ObjectNode aerobic(AerobicEntry e) {
        ObjectNode node = PrettyJson.object();
        node.put("id", e.id());
        node.put("day", e.day().toString());
        node.put("activity", e.optionId());
        node.put("name", e.optionName());
        node.put("minutes", e.minutes());
        node.put("loggedAt", e.loggedAt().toString());
        return node;
    }

    private static ObjectNode exercise(ExerciseRecord e) {
        ObjectNode node = PrettyJson.object();
        node.put("exercise", e.exerciseId());
        node.put("name", e.exerciseName());
        putText(node, "variation", e.variation());
        node.set("choice", choice(e.choice()));
        node.put("outcome", e.outcome().key());
        ArrayNode sides = node.putArray("sides");
        e.sides().forEach(side -> sides.add(side(side)));
        return node;
    }

    private static ObjectNode choice(SessionChoice c) {
        ObjectNode node = PrettyJson.object();
        node.put("mode", key(c.mode()));
        node.put("target", c.target());
        node.put("sets", c.sets());
        node.put("topHoldSeconds", c.topHoldSeconds());
        node.put("repStyle", key(c.repStyle()));
        node.put("liftMillis", c.tempo().lift().toMillis());
        node.put("lowerMillis", c.tempo().lower().toMillis());
        return node;
    }

    private static ObjectNode side(SideResult side) {
        ObjectNode node = PrettyJson.object();
        node.put("side", key(side.side()));
        ArrayNode sets = node.putArray("sets");
        for (SetResult set : side.sets()) {
            ObjectNode s = sets.addObject();
            s.put("set", set.set());
            s.put("target", set.target());
            s.put("achieved", set.achieved());
            s.put("complete", set.complete());
            set.restSeconds().ifPresent(rest -> s.put("restSeconds", rest));
        }
        return node;
    }

    private static void putPain(ObjectNode node, String field, OptionalInt pain) {
        pain.ifPresent(value -> node.put(field, value));
    }

    private static void putText(ObjectNode node, String field, Optional<String> text) {
        text.ifPresent(value -> node.put(field, value));
    }
}
