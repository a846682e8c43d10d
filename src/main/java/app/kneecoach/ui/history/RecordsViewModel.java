package app.kneecoach.ui.history;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.userdata.HistoryCsv;
import app.kneecoach.userdata.HistoryExport;
import app.kneecoach.userdata.RecordsBackup;
import app.kneecoach.userdata.UserSettings;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the person can do with their records as a whole: export them (CSV for a spreadsheet, JSON), back
 * them up to one file, and restore such a file (checked first, confirmed, and the current records kept as a
 * backup before they are replaced). The view asks for the files (it owns the dialogs); the work runs in the
 * background, and each result is said in words.
 */
public final class RecordsViewModel {
    /** What a file dialog asks: its title and the name it suggests. */
    public record FileQuestion(String title, String suggestedName) {
    }

    private final Messages text = Messages.DEFAULT;
    private final AppServices services;
    private final Consumer<String> onRestored;
    private final HistoryText words;
    private final ReadOnlyStringWrapper csvResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper jsonResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UserSettings> look;

    /** @param onRestored told, with the message for the user, once a backup has replaced the records */
    public RecordsViewModel(AppServices services, Consumer<String> onRestored) {
        this.services = services;
        this.onRestored = onRestored;
        this.words = new HistoryText(text, services.zone());
        this.look = new ReadOnlyObjectWrapper<>(services.userSettings().settings());
    }

    public FileQuestion csvFile() {
        return new FileQuestion(text.get("history.export"), "knee-coach-history.csv");
    }

    public FileQuestion jsonFile() {
        return new FileQuestion(text.get("history.exportJson"), "knee-coach-history.json");
    }

    public FileQuestion backupFile() {
        return new FileQuestion(text.get("records.backup"), "knee-coach-backup-" + services.today() + ".kneecoach");
    }

    /** The title of the dialog that opens a backup. */
    public String restoreTitle() {
        return text.get("records.restore");
    }

    public void exportCsv(Path file) {
        FileExport.saveInBackground(text, services.background(), file,
                FileExport.utf8(out -> HistoryCsv.write(services.storage().store(),
                        services.storage().store().aerobic().all(), services.zone(), out)),
                csvResult::set);
    }

    public void exportJson(Path file) {
        FileExport.saveInBackground(text, services.background(), file,
                FileExport.utf8(out -> HistoryExport.json(services.storage().store(),
                        services.storage().store().aerobic().all(), out)), jsonResult::set);
    }

    /** One file with the sessions, routines and settings. */
    public void backUp(Path file) {
        result.set(text.get("export.saving"));
        services.background().run(() -> {
            RecordsBackup.write(services.storage().store(), services.userSettings().bytes(), services.clock().now(),
                    file);
            return file;
        }, done -> result.set(text.get("records.backedUp", done)),
                e -> result.set(text.get("export.failed", file, e.getMessage())));
    }

    /**
     * Checks {@code file}, then asks {@code confirm} whether it should replace the records (what it holds, with
     * the safe answer first); only a yes replaces them.
     */
    public void restore(Path file, Predicate<Dialogs.Question> confirm) {
        services.background().run(() -> RecordsBackup.check(file), summary -> {
            if (confirm.test(question(summary))) {
                replace(file);
            }
        }, e -> result.set(text.get("records.notABackup", e.getMessage())));
    }

    private Dialogs.Question question(RecordsBackup.Summary summary) {
        return new Dialogs.Question(text.get("records.restore"), text.get("records.restoreTitle"),
                text.get("records.restoreQuestion", words.dateTime(summary.made()), summary.sessions(),
                        summary.routines(), summary.aerobicEntries()), text.get("records.restoreCancel"),
                text.get("records.restoreConfirm"));
    }

    private void replace(Path file) {
        result.set(text.get("records.restoring"));
        services.background().run(() -> {
            RecordsBackup.Restored restored = RecordsBackup.restore(services.storage(), file, services.wallClock());
            if (restored.settings().isPresent()) {
                services.userSettings().restore(restored.settings().get());
            }
            return restored;
        }, restored -> {
            // The backup's settings are in force at once: its sound, and (through the view) its look.
            UserSettings settings = services.userSettings().settings();
            AppServices.applySound(services.sound(), settings);
            look.set(settings);
            onRestored.accept(text.get("records.restored", restored.earlierKeptAs()));
        }, e -> result.set(text.get("records.restoreFailed", e.getMessage())));
    }

    /** What the CSV export did. */
    public ReadOnlyStringProperty csvResult() {
        return csvResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jsonResult() {
        return jsonResult.getReadOnlyProperty();
    }

    /** What the backup or the restore did. */
    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    /** The settings whose theme and text size the window shows: changed by a restore. */
    public ReadOnlyObjectProperty<UserSettings> look() {
        return look.getReadOnlyProperty();
    }
}
