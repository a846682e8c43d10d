package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundle's wording rules that a reader notices when broken: "1 sets", "0 of 1 sets". */
class MessagesTest {
    /** A number placed straight before a plural noun, with no choice between the singular and the plural. */
    private static final Pattern BARE_PLURAL = Pattern.compile(
            "\\{\\d}\\s+(sets|reps|days|sessions|minutes|seconds|routines|exercises|times|weeks|legs|characters)\\b");

    @Test
    void everyCountChoosesBetweenSingularAndPlural() {
        var bundle = Messages.DEFAULT.bundle();
        List<String> bare = Collections.list(bundle.getKeys()).stream().sorted()
                .filter(key -> BARE_PLURAL.matcher(bundle.getString(key)).find())
                .map(key -> key + "=" + bundle.getString(key)).toList();
        assertEquals(List.of(), bare, "write {N} {N,choice,1#set|1<sets}");
    }

    @Test
    void oneIsSingularAndOtherCountsPlural() {
        assertEquals("0 of 1 set", Messages.DEFAULT.get("history.sets", 0, 1));
        assertEquals("1 of 2 sets", Messages.DEFAULT.get("history.sets", 1, 2));
        assertEquals("1 of 2,000 characters", Messages.DEFAULT.get("input.count", 1, 2000));
    }
}
