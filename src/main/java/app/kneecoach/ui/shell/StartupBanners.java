package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Formats;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SafetyCard;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.userdata.HistoryStore;
import app.kneecoach.userdata.JsonImport;
import app.kneecoach.userdata.SessionRecord;
import app.kneecoach.userdata.StoreNotice;
import app.kneecoach.json.FileProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The cards above every section: data that could not be read (and where it was kept), records brought over
 * from an earlier version, an interrupted session to keep or discard, and the pain warning. Each card can
 * be closed; the area they share scrolls rather than covering the window.
 */
final class StartupBanners {
    private static final int PROBLEMS_SHOWN = 3;
    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;
    private final Runnable onHistoryChanged;
    /** Cards the user closed, by what they are about: closed once, not shown again in this run. */
    private final Set<String> closed = new HashSet<>();

    StartupBanners(Catalog catalog, AppServices services, Runnable onHistoryChanged) {
        this.catalog = catalog;
        this.services = services;
        this.onHistoryChanged = onHistoryChanged;
    }

    /**
     * Fills {@code into} with the cards for what has been read so far: those about the records wait until
     * they are open; the pain warning follows once it has been worked out.
     */
    void fill(VBox into) {
        List<Node> cards = new ArrayList<>();
        boolean historyRead = services.historyRead();
        if (historyRead) {
            HistoryStore.Opened opened = services.storage();
            opened.notices().forEach(notice -> add(cards, dataCard(notice), "data:" + notice.file()));
            opened.imported().ifPresent(report -> add(cards, importCard(report), "imported"));
        }
        services.settingsStorage().notice().ifPresent(notice -> add(cards, dataCard(notice), "data:" + notice.file()));
        services.windowStorage().notice().ifPresent(notice -> add(cards, dataCard(notice), "data:" + notice.file()));
        if (historyRead) {
            services.storage().store().interrupted().ifPresent(session -> cards.add(interruptedCard(session)));
        }
        into.getChildren().setAll(cards);
        if (historyRead) {
            services.painWarning(warning -> warning.filter(w -> !closed.contains("warning")).ifPresent(w ->
                    into.getChildren().add(closable(SafetyCard.card(text, w, catalog), "warning"))));
        }
    }

    /** A message about the records that stays until closed, e.g. after a restore. */
    void inform(VBox into, String title, String message) {
        VBox card = Blocks.card("notice-card", List.of(Blocks.heading(title, "h2"), Blocks.text(message)));
        card.setId("records-notice");
        into.getChildren().add(0, closable(card, "notice:" + message));
    }

    private void add(List<Node> cards, Node card, String about) {
        if (!closed.contains(about)) {
            cards.add(closable(card, about));
        }
    }

    private Node dataCard(StoreNotice notice) {
        List<Node> content = new ArrayList<>();
        boolean notSaved = notice.kind() != StoreNotice.Kind.UNREADABLE;
        content.add(Blocks.heading(text.get(notSaved ? "banner.notSavedTitle" : "banner.dataTitle"), "h2"));
        content.addAll(Blocks.bullets(notice.problems().stream().limit(PROBLEMS_SHOWN).map(FileProblem::toString)
                .toList()));
        content.add(Blocks.text(notSaved ? text.get(notice.kind() == StoreNotice.Kind.READ_ONLY ? "banner.readOnly"
                : "banner.notSaved") : notice.keptAs()
                .map(kept -> text.get(keptMessage(notice), kept, notice.kept()))
                .orElse(text.get("banner.dataNotKept"))));
        VBox card = Blocks.card("data-card", content);
        card.setId("data-problem");
        return card;
    }

    /** What was carried over from a damaged file: sessions, routines, or (settings, window) values. */
    private static String keptMessage(StoreNotice notice) {
        String name = notice.file().getFileName().toString();
        if (name.equals(JsonImport.ROUTINES_FILE)) {
            return "banner.routinesKept";
        }
        return name.endsWith(".json") && !name.equals(JsonImport.HISTORY_FILE) && !name.equals(
                JsonImport.IN_PROGRESS_FILE) ? "banner.valuesKept" : "banner.dataKept";
    }

    private Node importCard(JsonImport.Report report) {
        String files = report.keptAs().stream().map(path -> path.getFileName().toString())
                .collect(Collectors.joining(", "));
        String what = report.sessions() == 0 && report.routines() == 0
                ? text.get("banner.importSessionText", files)
                : text.get("banner.importText", report.sessions(), report.routines(), files);
        VBox card = Blocks.card("notice-card", List.of(Blocks.heading(text.get("banner.importTitle"), "h2"),
                Blocks.text(what)));
        card.setId("records-imported");
        return card;
    }

    private Node interruptedCard(SessionRecord session) {
        String when = Formats.DEFAULT.dateTime(session.startedAt(), services.zone());
        String what = session.exercises().stream().map(e -> e.exerciseName()).collect(Collectors.joining(", "));
        VBox card = Blocks.card("interrupted-card", List.of(
                Blocks.heading(text.get("banner.interruptedTitle"), "h2"),
                Blocks.text(text.get("banner.interruptedText", when, what.isEmpty() ? "\u2013" : what))));
        Button keep = new Button(text.get("banner.keep"));
        keep.setId("keep-interrupted");
        keep.getStyleClass().add("primary");
        Button discard = new Button(text.get("banner.discard"));
        discard.setId("discard-interrupted");
        HistoryStore store = services.storage().store();
        keep.setOnAction(e -> act(card, () -> store.add(session)));
        discard.setOnAction(e -> {
            if (confirmDiscard(card)) {
                act(card, store::discardInProgress);
            }
        });
        FlowPane buttons = new FlowPane(keep, discard);
        buttons.getStyleClass().add("banner-buttons");
        card.getChildren().add(buttons);
        card.setId("interrupted-session");
        return card;
    }

    /** Discarding cannot be undone: asked once more, with keeping it as the answer Enter gives. */
    private boolean confirmDiscard(Node card) {
        return Dialogs.confirmRisky(card.getScene(), new Dialogs.Question(text.get("banner.discardTitle"),
                text.get("banner.discardTitle"), text.get("banner.discardQuestion"), text.get("banner.keep"),
                text.get("banner.discardConfirm")));
    }

    private interface StoreAction {
        void run() throws Exception;
    }

    private void act(VBox card, StoreAction action) {
        card.setDisable(true);
        services.background().run(() -> {
            action.run();
            return card;
        }, done -> {
            remove(card);
            onHistoryChanged.run();
        }, e -> {
            card.setDisable(false);
            card.getChildren().add(Blocks.text(text.get("banner.saveFailed", e.getMessage()), "player-problem"));
        });
    }

    /** A "Close" button on the card, so a message read once no longer takes room. */
    private Node closable(Node card, String about) {
        Button close = new Button(text.get("banner.close"));
        close.getStyleClass().add("banner-close");
        close.setId(card.getId() + "-close");
        close.setAccessibleText(text.get("banner.closeAccessible"));
        close.setOnAction(e -> {
            closed.add(about);
            remove(card);
        });
        ((VBox) card).getChildren().add(new FlowPane(close));
        return card;
    }

    private static void remove(Node card) {
        if (card.getParent() instanceof VBox parent) {
            parent.getChildren().remove(card);
        }
    }
}
