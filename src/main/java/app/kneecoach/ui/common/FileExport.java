package app.kneecoach.ui.common;

import app.kneecoach.userdata.Background;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A button that asks where to save, then writes the file in the background (a long history takes a moment),
 * and says what happened beside itself.
 */
public final class FileExport {
    private FileExport() {
    }

    /** Writes the chosen file. */
    public interface Writing {
        void to(Path file) throws Exception;
    }

    /** Writes text, e.g. a session at a time. */
    public interface Text {
        void to(Writer out) throws Exception;
    }

    /** A UTF-8 text file written by {@code text}. */
    public static Writing utf8(Text text) {
        return file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                text.to(out);
            }
        };
    }

    /** A button for a text file made by {@code content}. */
    public static Node button(Messages text, String label, String id, String fileName, AppServices services,
                       Background.Task<String> content) {
        return button(text, label, id, fileName, services, utf8(out -> out.write(content.call())));
    }

    public static Node button(Messages text, String label, String id, String fileName, AppServices services,
                       Writing writing) {
        Button button = new Button(label);
        button.setId(id);
        Label result = Blocks.text("", "export-result");
        result.setId(id + "-result");
        button.setOnAction(event -> services.files().saveAs(button.getScene().getWindow(), label, fileName)
                .ifPresent(file -> saveInBackground(text, services.background(), file, writing, result::setText)));
        return new HBox(12, button, result);
    }

    /** Writes the file in the background; {@code said} is told that it is being saved, then what happened. */
    public static void saveInBackground(Messages text, Background background, Path file, Writing writing,
                                        Consumer<String> said) {
        said.accept(text.get("export.saving"));
        background.run(() -> save(text, file, writing), said,
                e -> said.accept(text.get("export.failed", file, e.getMessage())));
    }

    /** Writes the file and returns the message for the user. */
    public static String save(Messages text, Path file, Writing writing) {
        try {
            writing.to(file);
            return text.get("export.saved", file);
        } catch (Exception e) {
            return text.get("export.failed", file, e.getMessage());
        }
    }
}
