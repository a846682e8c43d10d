package app.kneecoach.ui.common;

import java.text.DateFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one place where dates and times become text. They are written in the language of the app's text (so a
 * German or Turkish system does not put "Mittwoch" or "Çarşamba" into an English sentence) with the conventions
 * of the person's region (day before month, a 24-hour clock where that is what they use): English with the
 * system's country (or, where no such English is defined, Europe's or the world's, by the region's clock). Numbers in messages follow the text's language alone (see {@link Messages}).
 *
 * @param locale the text's language with the person's country, e.g. en-DE
 */
public record Formats(Locale locale) {
    /** For the app's text and this JVM's region. */
    public static final Formats DEFAULT = of(Messages.DEFAULT, Locale.getDefault());

    public static Formats of(Messages text, Locale system) {
        Locale regional = new Locale(text.locale().getLanguage(), system.getCountry());
        if (Arrays.asList(DateFormat.getAvailableLocales()).contains(regional)) {
            return new Formats(regional);
        }
        // No such English (en-TR, en-FR): Europe's English for a 24-hour region, the world's for a 12-hour one.
        String clock = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                IsoChronology.INSTANCE, system);
        boolean twentyFourHour = clock.contains("H") || clock.contains("k");
        return new Formats(Locale.forLanguageTag(text.locale().getLanguage() + (twentyFourHour ? "-150" : "-001")));
    }

    /** E.g. "Wednesday, 2 December 2026" (en-GB, en-DE) or "Wednesday, December 2, 2026" (en-US). */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }

    /** Month and day in words, short, for chart axes: "Dec 2" or "2 Dec". */
    public String shortDate(LocalDate day) {
        // The region's medium date without its year: "MMM d, y" -> "MMM d", "d MMM y" -> "d MMM".
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        String withoutYear = medium.replaceAll("[,.\\s]*y+[,.]?", "").strip();
        return DateTimeFormatter.ofPattern(withoutYear, locale).format(day);
    }

    /** The weekday in full and the short date, for a list of recent days: "Wednesday, Dec 2" or "Wednesday, 2 Dec". */
    public String weekdayAndDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE", locale).format(day) + ", " + shortDate(day);
    }

    /** A weekday's short name in the text's language, for schedule toggles and summaries: "Mon". */
    public String shortWeekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    /** A planned time of day, to the minute, in the region's style: "9:00 AM" or "09:00". */
    public String timeOfDay(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** The time of day, to the minute: "3:05 PM" or "15:05". */
    public String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
    }

    /** The time of day, to the second, for "tried at". */
    public String timeWithSeconds(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).format(at.atZone(zone));
    }

    /** A date and time: "2 Dec 2026, 15:05". */
    public String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone));
    }
}
