package app.kneecoach.ui;

import app.kneecoach.catalog.Catalog;
import app.kneecoach.history.HistoryStore;
import app.kneecoach.history.SessionRecord;
import app.kneecoach.history.StoreNotice;
import app.kneecoach.json.FileProblem;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The cards above every section: data that could not be read (and where it was kept), an interrupted
 * session to keep or discard, and the pain warning.
 */
final class StartupBanners {
    private static final int PROBLEMS_SHOWN = 3;
    private final Messages text = Messages.DEFAULT;
    private final Catalog catalog;
    private final AppServices services;
    private final Runnable onHistoryChanged;

    StartupBanners(Catalog catalog, AppServices services, Runnable onHistoryChanged) {
        this.catalog = catalog;
        this.services = services;
        this.onHistoryChanged = onHistoryChanged;
    }

    /** The cards for what has been read so far: those about the history wait until it has been read. */
    List<Node> build() {
        List<Node> cards = new ArrayList<>();
        boolean historyRead = services.historyRead();
        if (historyRead) {
            services.storage().notices().forEach(notice -> cards.add(dataCard(notice)));
        }
        services.routineStorage().notice().ifPresent(notice -> cards.add(dataCard(notice)));
        services.settingsStorage().notice().ifPresent(notice -> cards.add(dataCard(notice)));
        services.windowStorage().notice().ifPresent(notice -> cards.add(dataCard(notice)));
        if (historyRead) {
            services.history().interrupted().ifPresent(session -> cards.add(interruptedCard(session)));
            SafetyCard.current(services).ifPresent(warning -> cards.add(SafetyCard.card(text, warning, catalog)));
        }
        return cards;
    }

    private Node dataCard(StoreNotice notice) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(text.get("banner.dataTitle"), "h2"));
        content.addAll(Blocks.bullets(notice.problems().stream().limit(PROBLEMS_SHOWN).map(FileProblem::toString)
                .toList()));
        content.add(Blocks.text(notice.keptAs()
                .map(kept -> text.get("banner.dataKept", kept, notice.kept()))
                .orElse(text.get("banner.dataNotKept"))));
        VBox card = Blocks.card("data-card", content);
        card.setId("data-problem");
        return card;
    }

    private Node interruptedCard(SessionRecord session) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .format(session.startedAt().atZone(services.zone()));
        String what = session.exercises().stream().map(e -> e.exerciseName()).collect(Collectors.joining(", "));
        VBox card = Blocks.card("interrupted-card", List.of(
                Blocks.heading(text.get("banner.interruptedTitle"), "h2"),
                Blocks.text(text.get("banner.interruptedText", when, what.isEmpty() ? "\u2013" : what))));
        Button keep = new Button(text.get("banner.keep"));
        keep.setId("keep-interrupted");
        keep.getStyleClass().add("primary");
        Button discard = new Button(text.get("banner.discard"));
        discard.setId("discard-interrupted");
        HistoryStore store = services.history();
        keep.setOnAction(e -> act(card, () -> store.add(session)));
        discard.setOnAction(e -> act(card, store::discardInProgress));
        HBox buttons = new HBox(keep, discard);
        buttons.getStyleClass().add("banner-buttons");
        card.getChildren().add(buttons);
        card.setId("interrupted-session");
        return card;
    }

    private interface StoreAction {
        void run() throws IOException;
    }

    private void act(VBox card, StoreAction action) {
        try {
            action.run();
            card.getChildren().clear();
            card.setVisible(false);
            card.setManaged(false);
            onHistoryChanged.run();
        } catch (IOException e) {
            card.getChildren().add(Blocks.text(text.get("banner.saveFailed", e.getMessage()), "player-problem"));
        }
    }
}
