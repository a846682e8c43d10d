package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FileExport;
import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.Messages;

import app.kneecoach.instance.PrivateFiles;
import app.kneecoach.userdata.History;
import app.kneecoach.userdata.HistoryExport;
import app.kneecoach.userdata.SessionSaver;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The bar above every view that says sessions could not be saved: shown at a failure with the problem (and, at
 * the next one, when it was tried again), retried on its own every {@link #RETRY_SECONDS} seconds while it
 * stands, with Try again and "Save a copy"; once all is saved it says so and can be closed. It also knows what
 * closing the window now would lose: a failed save, a session under way, or records kept only in memory.
 */
final class SaveBarViewModel {
    static final int RETRY_SECONDS = 10;
    static final String COPY_FILE_NAME = "knee-coach-unsaved-sessions.json";

    /** Asks the user where to save a file; empty when they cancel. */
    interface SaveAs {
        Optional<Path> pick(String title, String suggestedName);
    }

    private final Messages text = Messages.DEFAULT;
    private final AppServices services;
    private final SessionSaver saver;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper copyResult = new ReadOnlyStringWrapper("");
    private final BooleanBinding retryShown = saved.not();
    private String lastProblem = "";
    private boolean copySaved;
    private boolean sessionUnderWay;
    private Runnable onSavedAgain = () -> { };
    private Runnable pausePlayer = () -> { };

    SaveBarViewModel(AppServices services) {
        this.services = services;
        this.saver = services.saver();
        saver.setListener((state, problem) -> {
            if (state == SessionSaver.State.FAILED) {
                failed(problem.orElse(""));
            } else {
                savedAgain();
            }
        });
    }

    ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the bar says everything is saved now (rather than that it is not). */
    ReadOnlyBooleanProperty saved() {
        return saved.getReadOnlyProperty();
    }

    /** Whether Try again and Save a copy are offered: while something is not saved. */
    BooleanBinding retryShown() {
        return retryShown;
    }

    /** Whether the bar can be closed: once everything is saved. */
    ReadOnlyBooleanProperty closeShown() {
        return saved.getReadOnlyProperty();
    }

    /** Whether saving is tried again every {@link #RETRY_SECONDS} seconds. */
    ReadOnlyBooleanProperty retrying() {
        return retrying.getReadOnlyProperty();
    }

    ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detail() {
        return detail.getReadOnlyProperty();
    }

    /** Where the copy went, or why it could not be saved. */
    ReadOnlyStringProperty copyResult() {
        return copyResult.getReadOnlyProperty();
    }

    /** Runs once sessions that could not be saved have been: what shows the history must show them now. */
    void onSavedAgain(Runnable action) {
        onSavedAgain = action;
    }

    /** The player that is up, paused while the window asks whether to close. */
    void playerShowing(Runnable pause) {
        pausePlayer = pause;
    }

    void sessionUnderWay(boolean underWay) {
        sessionUnderWay = underWay;
    }

    void retry() {
        saver.retry();
    }

    void closeBar() {
        shown.set(false);
    }

    /** Writes every session not yet saved to a file the user picks, in the history file's format. */
    void saveCopy(SaveAs ask) {
        History unsaved = new History(saver.unsavedSessions());
        if (unsaved.sessions().isEmpty()) {
            return;
        }
        ask.pick(text.get("save.copyTitle"), COPY_FILE_NAME).ifPresent(file -> services.background().run(() -> {
            FileExport.utf8(out -> HistoryExport.json(unsaved, out)).to(file);
            PrivateFiles.restrict(file);
            return file;
        }, done -> {
            copySaved = true;
            copyResult.set(text.get("save.copyDone", done));
        }, e -> copyResult.set(text.get("export.failed", file, e.getMessage()))));
    }

    /** The window is about to ask whether it may close: a session under way waits meanwhile. */
    void closing() {
        if (sessionUnderWay) {
            pausePlayer.run();
        }
    }

    /** What closing the window now would lose, in words; empty when nothing would. */
    Optional<String> closeRisk() {
        if (saver.unsaved() && saver.state() == SessionSaver.State.FAILED) {
            // A save still under way finishes before the app exits (KneeCoachApp.stop); a failed one does not.
            return Optional.of(text.get(copySaved ? "save.quitCopied" : "save.quitText", lastProblem));
        } else if (sessionUnderWay) {
            return Optional.of(text.get("save.quitSession"));
        } else if (services.recordsInMemoryOnly() && saver.written() > 0) {
            return Optional.of(text.get("save.quitInMemory"));
        }
        return Optional.empty();
    }

    /** The question asked before closing on {@code risk}, with staying as the safe answer. */
    Dialogs.Question closeQuestion(String risk) {
        return new Dialogs.Question(text.get("save.quitTitle"), text.get("save.quitTitle"), risk,
                text.get("save.quitStay"), text.get("save.quitAnyway"));
    }

    private void failed(String problem) {
        boolean again = shown.get() && !saved.get();
        lastProblem = problem;
        title.set(text.get("save.failedTitle"));
        detail.set(text.get("save.failedDetail", problem, RETRY_SECONDS) + (again ? " " + text.get("save.triedAt",
                Formats.DEFAULT.timeWithSeconds(services.clock().now(), services.zone())) : ""));
        saved.set(false);
        shown.set(true);
        retrying.set(true);
    }

    private void savedAgain() {
        retrying.set(false);
        onSavedAgain.run();
        if (shown.get()) {
            title.set(text.get("save.savedTitle"));
            detail.set(text.get("save.savedDetail"));
            saved.set(true);
            copyResult.set("");
        }
    }
}
