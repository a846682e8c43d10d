package app.kneecoach.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the person chooses a file to save to or open: the system's file dialog in the app, a given file in
 * tests (the system dialog cannot be driven headless), so exports, backups and restores are tested whole.
 */
public interface FilePicker {
    public Optional<Path> saveAs(Window owner, String title, String suggestedName);

    public Optional<Path> open(Window owner, String title);

    /** The operating system's file dialogs, opening in the user's home folder (not wherever the app started). */
    public static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> saveAs(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.ofNullable(chooser(title).showOpenDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
