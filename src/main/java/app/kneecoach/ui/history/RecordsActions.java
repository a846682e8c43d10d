package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Appearance;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.HistoryCsv;
import app.kneecoach.userdata.HistoryExport;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.RecordsBackup;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * What the person can do with their records as a whole, below the history: export them (CSV for a
 * spreadsheet, JSON), back them up to one file, and restore such a file (checked first, confirmed, and the
 * current records kept as a backup before they are replaced). Files are chosen here; the work runs in the
 * background.
 */
final class RecordsActions {
    private final Messages text;
    private final AppServices services;
    private final Consumer<String> onRestored;
    private final Label result = Blocks.text("", "export-result");

    RecordsActions(Messages text, AppServices services, Consumer<String> onRestored) {
        this.text = text;
        this.services = services;
        this.onRestored = onRestored;
        result.setId("records-result");
    }

    /** The exports (only once there is something to export), backup and restore, and what happened. */
    Node build(boolean hasSessions) {
        HistoryStore store = services.storage().store();
        FlowPane exports = new FlowPane(FileExport.button(text, text.get("history.export"), "export-csv",
                "knee-coach-history.csv", services,
                FileExport.utf8(out -> HistoryCsv.write(store, services.zone(), out))),
                FileExport.button(text, text.get("history.exportJson"), "export-json", "knee-coach-history.json",
                        services, FileExport.utf8(out -> HistoryExport.json(store, out))));
        exports.getStyleClass().add("button-row");
        Button backup = new Button(text.get("records.backup"));
        backup.setId("backup-records");
        backup.setOnAction(e -> backup());
        Button restore = new Button(text.get("records.restore"));
        restore.setId("restore-records");
        restore.setOnAction(e -> restore());
        FlowPane safety = new FlowPane(backup, restore);
        safety.getStyleClass().add("button-row");
        VBox box = new VBox(8);
        if (hasSessions) {
            box.getChildren().add(exports);
        }
        box.getChildren().addAll(Blocks.text(text.get("records.backupHint"), "lead"), safety, result);
        return Blocks.card("records-card", List.of(Blocks.heading(text.get("records.title"), "h2"), box));
    }

    private void backup() {
        services.files().saveAs(result.getScene().getWindow(), text.get("records.backup"),
                "knee-coach-backup-" + services.today() + ".kneecoach").ifPresent(file -> {
                    result.setText(text.get("export.saving"));
                    services.background().run(() -> {
                        RecordsBackup.write(services.storage().store(), services.userSettings().bytes(),
                                services.clock().now(), file);
                        return file;
                    }, done -> result.setText(text.get("records.backedUp", done)),
                            e -> result.setText(text.get("export.failed", file, e.getMessage())));
                });
    }

    private void restore() {
        services.files().open(result.getScene().getWindow(), text.get("records.restore")).ifPresent(file ->
                services.background().run(() -> RecordsBackup.check(file), summary -> {
                    if (confirm(summary)) {
                        replace(file);
                    }
                }, e -> result.setText(text.get("records.notABackup", e.getMessage()))));
    }

    private boolean confirm(RecordsBackup.Summary summary) {
        String made = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(summary.made().atZone(services.zone()));
        // Enter keeps the records as they are: replacing them must be a deliberate click.
        return Dialogs.confirmRisky(result.getScene(), new Dialogs.Question(text.get("records.restore"),
                text.get("records.restoreTitle"), text.get("records.restoreQuestion", made, summary.sessions(),
                summary.routines()), text.get("records.restoreCancel"), text.get("records.restoreConfirm")));
    }

    private void replace(Path file) {
        result.setText(text.get("records.restoring"));
        services.background().run(() -> {
            RecordsBackup.Restored restored = RecordsBackup.restore(services.storage(), file,
                    services.wallClock());
            if (restored.settings().isPresent()) {
                services.userSettings().restore(restored.settings().get());
            }
            return restored;
        }, restored -> {
            AppServices.applySound(services.sound(), services.userSettings().settings());
            Appearance.apply(result.getScene().getRoot(), services.userSettings().settings());
            onRestored.accept(text.get("records.restored", restored.earlierKeptAs()));
        }, e -> result.setText(text.get("records.restoreFailed", e.getMessage())));
    }
}
