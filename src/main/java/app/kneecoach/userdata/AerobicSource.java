package app.kneecoach.userdata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Logged aerobic minutes, asked for a slice at a time, as {@link SessionSource} does for sessions. */
public interface AerobicSource {
    /** None at all: for a history that holds only sessions. */
    AerobicSource NONE = new AerobicSource() {
        @Override
        public List<AerobicEntry> between(LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public Map<LocalDate, List<AerobicEntry>> latestDays(int days) {
            return Map.of();
        }

        @Override
        public long count() {
            return 0;
        }
    };

    /** Entries of the days from {@code from} up to, not including, {@code to}, oldest first. */
    List<AerobicEntry> between(LocalDate from, LocalDate to) throws IOException;

    /** The latest {@code days} days that have entries, newest first, each with its entries as logged. */
    Map<LocalDate, List<AerobicEntry>> latestDays(int days) throws IOException;

    long count() throws IOException;
}
