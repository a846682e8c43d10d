package app.kneecoach.ui.player;

import app.kneecoach.ui.common.Messages;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the player shows, as values a view binds: the latest {@link PlayerScreen} split into properties and
 * lists, which change (and so redraw) only when what they hold does.
 */
final class PlayerDisplay {
    private final Messages text;
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper turn = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper turnShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper big = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper tempo = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hurt = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> cues = FXCollections.observableArrayList();
    private final ObservableList<TrackRow> tracks = FXCollections.observableArrayList();
    private final ObservableList<String> cuesShown = FXCollections.unmodifiableObservableList(cues);
    private final ObservableList<TrackRow> tracksShown = FXCollections.unmodifiableObservableList(tracks);

    PlayerDisplay(Messages text) {
        this.text = text;
    }

    void show(PlayerScreen screen) {
        phase.set(screen.phase());
        where.set(screen.where());
        turn.set(screen.turn());
        turnShown.set(!screen.turn().isEmpty());
        big.set(screen.big());
        unit.set(screen.unit());
        progress.set(screen.progress());
        next.set(screen.next());
        tempo.set(screen.tempo());
        if (!cues.equals(screen.cues())) {
            cues.setAll(screen.cues());
        }
        List<TrackRow> rows = screen.tracks().stream().map(track -> TrackRow.of(track, text)).toList();
        if (!tracks.equals(rows)) {
            tracks.setAll(rows);
        }
        paused.set(screen.paused());
        hurt.set(screen.hurt());
        // Last, so that whoever watches for the end finds everything else of the end already shown.
        done.set(screen.done());
    }

    /** The phase in words: "Hold", "Rest", "Switch to the left leg"... */
    ReadOnlyStringProperty phase() {
        return phase.getReadOnlyProperty();
    }

    /** Side and set: "Right leg · set 1 of 2"; empty when done. */
    ReadOnlyStringProperty where() {
        return where.getReadOnlyProperty();
    }

    /** Where the legs alternate, the rep under way and its leg: "Rep 3 of 10 · left leg"; empty otherwise. */
    ReadOnlyStringProperty turn() {
        return turn.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty turnShown() {
        return turnShown.getReadOnlyProperty();
    }

    /** The huge number: seconds left, seconds past the target, or the rep under way. */
    ReadOnlyStringProperty big() {
        return big.getReadOnlyProperty();
    }

    /** What the big number counts. */
    ReadOnlyStringProperty unit() {
        return unit.getReadOnlyProperty();
    }

    /** 0 to 1 through the current phase; at the end, the share of the planned sets done. */
    ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** What comes next; empty at the end. */
    ReadOnlyStringProperty next() {
        return next.getReadOnlyProperty();
    }

    /** The pace of paced reps: "Lift 2 s · lower 2 s"; empty otherwise. */
    ReadOnlyStringProperty tempo() {
        return tempo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty paused() {
        return paused.getReadOnlyProperty();
    }

    /** Stopped with "It hurts": the end shown as a caution, not as a finished exercise. */
    ReadOnlyBooleanProperty hurt() {
        return hurt.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty done() {
        return done.getReadOnlyProperty();
    }

    /** The exercise's words for this phase, or the summary at the end. */
    ObservableList<String> cues() {
        return cuesShown;
    }

    /** A row of set dots per side. */
    ObservableList<TrackRow> tracks() {
        return tracksShown;
    }
}
