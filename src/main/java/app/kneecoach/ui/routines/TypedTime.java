package app.kneecoach.ui.routines;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as a person types it: "9:00", "09:00", "9.30", "930", "18:30", "6:30 pm", "6 PM", "6:30 p.m.".
 * With AM or PM the hour is 1 to 12 (12 AM is midnight); without, 0 to 23.
 */
final class TypedTime {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.H]?(\\d{2}))?(?:([AP])M?)?");

    private TypedTime() {
    }

    static Optional<LocalTime> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        // Spaces of every kind (the region's "9:00 AM" has a narrow no-break one) and the dots of "p.m." go.
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\u00a0\\u202f]+", "")
                .replaceAll("([AP])\\.?M?\\.?$", "$1M");
        Matcher m = TIME.matcher(plain);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (minute > 59) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(3).equals("P") ? 12 : 0);
        } else if (hour > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
