package app.kneecoach.ui.history;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.SessionStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A session's line in the History view. */
class HistoryTextTest {
    private final HistoryText words = new HistoryText(Messages.DEFAULT, ZoneOffset.UTC);

    @Test
    void theNotesBeforeAndAfterAreLabelledSoTheyDoNotRunTogether() {
        Instant at = Instant.parse("2026-11-24T07:00:00Z");
        SessionRecord session = new SessionRecord("n", at, at.plusSeconds(600), Optional.empty(), List.of(),
                OptionalInt.of(4), Optional.of("stiff"), OptionalInt.of(2), Optional.of("better"),
                SessionStatus.COMPLETED);
        String line = words.session(session);
        assertTrue(line.startsWith(Formats.DEFAULT.time(at, ZoneOffset.UTC)), line);
        String separator = Messages.DEFAULT.get("dosage.separator");
        assertTrue(line.endsWith("before: \u201cstiff\u201d" + separator + "after: \u201cbetter\u201d"), line);
    }
}
