package app.kneecoach.ui.shell;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Dialogs;
import app.kneecoach.ui.common.FitRow;
import app.kneecoach.ui.shell.BannersViewModel.Action;
import app.kneecoach.ui.shell.BannersViewModel.Banner;
import app.kneecoach.ui.shell.BannersViewModel.Line;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The cards above the sections, one for each item of a {@link BannersViewModel}, kept in step with its list.
 * Built in code, with {@link Blocks}: the cards are content repeated from the records' state, each with its own
 * lines and buttons, which FXML cannot say. Discarding an interrupted session is asked once more here.
 */
final class BannersView {
    private final BannersViewModel viewModel;
    private final VBox into;

    BannersView(BannersViewModel viewModel, VBox into) {
        this.viewModel = viewModel;
        this.into = into;
        showAll();
        viewModel.items().addListener(this::follow);
    }

    private void showAll() {
        into.getChildren().setAll(viewModel.items().stream().map(this::card).toList());
    }

    /** Only the cards that changed are made again, so the others keep their focus and place. */
    private void follow(ListChangeListener.Change<? extends Banner> change) {
        while (change.next()) {
            int from = change.getFrom();
            if (change.wasPermutated()) {
                showAll();
                return;
            }
            into.getChildren().remove(from, from + change.getRemovedSize());
            into.getChildren().addAll(from, change.getAddedSubList().stream().map(this::card).toList());
        }
    }

    private Node card(Banner banner) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(banner.title(), "h2"));
        banner.lines().forEach(line -> content.add(line(line)));
        List<Button> buttons = banner.actions().stream().filter(a -> a != Action.CLOSE).map(this::button).toList();
        if (!buttons.isEmpty()) {
            buttons.get(0).getStyleClass().add("primary");
            FitRow row = new FitRow();
            row.getChildren().setAll(buttons);
            row.getStyleClass().add("banner-buttons");
            content.add(row);
        }
        VBox card = Blocks.card(styleClass(banner.kind()), content);
        card.setId(id(banner.kind()));
        if (banner.actions().contains(Action.CLOSE)) {
            FitRow closeRow = new FitRow();
            closeRow.getChildren().add(closeButton(banner, card.getId()));
            card.getChildren().add(closeRow);
        }
        if (!banner.problem().isEmpty()) {
            card.getChildren().add(Blocks.text(banner.problem(), "player-problem"));
        }
        card.setDisable(banner.busy());
        return card;
    }

    private static Node line(Line line) {
        return switch (line.kind()) {
            case TEXT -> Blocks.text(line.text());
            case BULLET -> Blocks.bullets(List.of(line.text())).get(0);
            case NUMBERS -> Blocks.text(line.text(), "safety-numbers");
        };
    }

    /** Resume, Keep or Discard, for an interrupted session; the first offered is the one to choose. */
    private Button button(Action action) {
        Button button = new Button(viewModel.actionText(action));
        if (action == Action.RESUME) {
            button.setId("resume-interrupted");
            button.setOnAction(e -> viewModel.resume());
        } else if (action == Action.KEEP) {
            button.setId("keep-interrupted");
            button.setOnAction(e -> viewModel.keep());
        } else {
            button.setId("discard-interrupted");
            button.setOnAction(e -> discard(button));
        }
        return button;
    }

    /** Discarding cannot be undone: asked once more, with keeping it as the answer Enter gives. */
    private void discard(Node button) {
        if (Dialogs.confirmRisky(button.getScene(), viewModel.discardQuestion())) {
            viewModel.discard();
        }
    }

    /** A "Close" button on the card, so a message read once no longer takes room. */
    private Button closeButton(Banner banner, String cardId) {
        Button close = new Button(viewModel.actionText(Action.CLOSE));
        close.getStyleClass().add("banner-close");
        close.setId(cardId + "-close");
        close.setAccessibleText(viewModel.closeAccessibleText());
        close.setOnAction(e -> viewModel.close(banner));
        return close;
    }

    private static String id(BannersViewModel.Kind kind) {
        return switch (kind) {
            case DATA -> "data-problem";
            case IMPORTED -> "records-imported";
            case INTERRUPTED -> "interrupted-session";
            case WARNING -> "safety-warning";
            case NOTICE -> "records-notice";
        };
    }

    private static String styleClass(BannersViewModel.Kind kind) {
        return switch (kind) {
            case DATA -> "data-card";
            case IMPORTED, NOTICE -> "notice-card";
            case INTERRUPTED -> "interrupted-card";
            case WARNING -> "help-card";
        };
    }
}
