package app.kneecoach.userdata;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The whole history as one JSON document (schema in docs/user-data.md: the format of an earlier version's
 * {@code history.json}, so an export put in a data folder under that name is brought back in at the next
 * start). Written a session at a time: years of sessions are never held in memory together. The aerobic
 * minutes follow the sessions, when there are any (so a history without them reads as before).
 */
public final class HistoryExport {
    private HistoryExport() {
    }

    public static void json(SessionSource source, Writer out) throws IOException {
        json(source, List.of(), out);
    }

    public static void json(SessionSource source, List<AerobicEntry> aerobic, Writer out) throws IOException {
        try (JsonGenerator json = PrettyJson.JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", HistoryJson.SCHEMA_VERSION);
            json.writeArrayFieldStart("sessions");
            try {
                source.forEach(session -> {
                    try {
                        json.writeTree(HistoryJson.session(session));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            if (!aerobic.isEmpty()) {
                json.writeArrayFieldStart("aerobic");
                for (AerobicEntry entry : aerobic) {
                    json.writeTree(HistoryJson.aerobic(entry));
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }
}
