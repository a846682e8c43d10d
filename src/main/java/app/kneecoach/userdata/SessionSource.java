package app.kneecoach.userdata;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finished sessions, asked for a slice at a time: the History view, its charts, the pain warning and the CSV
 * export read through these questions, so years of sessions never have to be held in memory at once.
 */
public interface SessionSource {
    /** Sessions that started at or after {@code from} and before {@code to}, oldest first. */
    List<SessionRecord> between(Instant from, Instant to) throws IOException;

    /** Up to {@code limit} sessions that started before {@code before}, newest first. */
    List<SessionRecord> before(Instant before, int limit) throws IOException;

    /** The latest {@code limit} sessions that have a pain rating, oldest first. */
    List<SessionRecord> latestRated(int limit) throws IOException;

    /** How many sessions there are. */
    long count() throws IOException;

    /** Every session, oldest first, read a page at a time. */
    void forEach(Consumer<SessionRecord> each) throws IOException;
}
