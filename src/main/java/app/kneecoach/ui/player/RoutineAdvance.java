package app.kneecoach.ui.player;

import app.kneecoach.session.SessionClock;
import app.kneecoach.session.SessionResult;
import app.kneecoach.ui.common.Messages;
import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * In a routine, once an exercise has run to its end, the next one starts by itself after {@link #WAIT}: the person
 * may be lying on the floor, out of reach of the keyboard, and the voice has just named what comes next. Space
 * stops the countdown ("stay here"); the finished screen's buttons stay as they are.
 */
final class RoutineAdvance {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final Messages text;
    private final SessionClock clock;
    private final boolean moreToCome;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private long dueNanos;
    private boolean counting;

    /** @param moreToCome whether the exercise is one of a routine's, with more after it */
    RoutineAdvance(Messages text, SessionClock clock, boolean moreToCome) {
        this.text = text;
        this.clock = clock;
        this.moreToCome = moreToCome;
    }

    /** The exercise ended: the countdown starts if it ran to its end with more to come, not after "It hurts". */
    void ended(SessionResult result, boolean hurt) {
        if (moreToCome && !hurt && result.outcome() == SessionResult.Outcome.COMPLETED) {
            start();
        }
    }

    private void start() {
        dueNanos = clock.nanoTime() + WAIT.toNanos();
        counting = true;
        tick();
    }

    void stop() {
        counting = false;
        note.set("");
    }

    boolean counting() {
        return counting;
    }

    /** Brings the note up to date; true once the wait is over (and the countdown stops). */
    boolean tick() {
        if (!counting) {
            return false;
        }
        long left = dueNanos - clock.nanoTime();
        if (left <= 0) {
            stop();
            return true;
        }
        long seconds = (left + 999_999_999L) / 1_000_000_000L;
        note.set(text.get("player.advance", seconds));
        return false;
    }

    /** "The next exercise starts in 8 s. Press Space to stay here."; empty when not counting down. */
    ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }
}
