package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in the text's language (English) with the person's regional order and clock, whatever the JVM's default. */
class FormatsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant AFTERNOON = Instant.parse("2026-12-02T15:05:09Z");

    @Test
    void aGermanOrTurkishSystemGetsEnglishWordsWithItsOwnOrderAndClock() {
        for (Locale system : new Locale[] {Locale.GERMANY, new Locale("tr", "TR")}) {
            Formats formats = Formats.of(Messages.DEFAULT, system);
            assertEquals("Wednesday, 2 December 2026", formats.day(DAY), system.toString());
            assertEquals("2 Dec", formats.shortDate(DAY), system.toString());
            assertEquals("Wednesday, 2 Dec", formats.weekdayAndDate(DAY), system.toString());
            assertEquals("15:05", formats.time(AFTERNOON, ZoneOffset.UTC), system.toString());
            assertEquals("15:05:09", formats.timeWithSeconds(AFTERNOON, ZoneOffset.UTC), system.toString());
        }
    }

    @Test
    void anAmericanSystemGetsItsOwnOrderAndClock() {
        Formats formats = Formats.of(Messages.DEFAULT, Locale.US);
        assertEquals("Wednesday, December 2, 2026", formats.day(DAY));
        assertEquals("Dec 2", formats.shortDate(DAY));
        assertEquals("Wednesday, Dec 2", formats.weekdayAndDate(DAY));
        assertEquals("3:05 PM", formats.time(AFTERNOON, ZoneOffset.UTC));
        assertEquals("Dec 2, 2026, 3:05 PM", formats.dateTime(AFTERNOON, ZoneOffset.UTC));
    }

    @Test
    void numbersInMessagesAreWrittenForTheTextNotTheSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(Locale.ENGLISH, Messages.DEFAULT.locale());
            assertEquals("1,234", new java.text.MessageFormat("{0}", Messages.DEFAULT.locale()).format(
                    new Object[] {1234}));
        } finally {
            Locale.setDefault(before);
        }
    }
}
