package app.kneecoach.ui.testing;

import app.kneecoach.ui.common.FilePicker;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** The file dialogs of a test: each one "chooses" the next file given, or is cancelled when none is left. */
public final class PickedFiles implements FilePicker {
    private final Deque<Path> next = new ArrayDeque<>();

    /** The next dialog, save or open, picks {@code file}. */
    public PickedFiles then(Path file) {
        next.add(file);
        return this;
    }

    @Override
    public Optional<Path> saveAs(Window owner, String title, String suggestedName) {
        return Optional.ofNullable(next.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title) {
        return Optional.ofNullable(next.poll());
    }
}
