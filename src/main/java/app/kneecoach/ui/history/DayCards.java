package app.kneecoach.ui.history;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * History's day cards, built in code from the view model's rows: each session and aerobic entry with its Edit
 * and Delete buttons, or, for the one being edited, its form in their place.
 */
final class DayCards {
    private final Messages text = Messages.DEFAULT;
    private final HistoryEditing editing;
    private final Node sessionForm;
    private final Node aerobicForm;

    DayCards(HistoryEditing editing, Node sessionForm, Node aerobicForm) {
        this.editing = editing;
        this.sessionForm = sessionForm;
        this.aerobicForm = aerobicForm;
    }

    List<Node> cards(List<HistoryViewModel.DayRow> days) {
        return days.stream().map(this::dayCard).toList();
    }

    private Node dayCard(HistoryViewModel.DayRow day) {
        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(day.title(), "h3"));
        for (HistoryViewModel.SessionRow session : day.sessions()) {
            VBox row = new VBox(Blocks.text(session.line(), "history-session"));
            row.getChildren().addAll(Blocks.bullets(session.exercises()));
            row.getChildren().add(actions(session.id(), sessionForm, session.editName(), session.deleteName(),
                    () -> editing.editSession(session.id()), () -> editing.deleteSession(session.id())));
            row.getStyleClass().add("history-entry");
            content.add(row);
        }
        for (HistoryViewModel.AerobicRow aerobic : day.aerobic()) {
            VBox row = new VBox(Blocks.text(aerobic.line(), "history-aerobic"));
            row.getChildren().add(actions(aerobic.id(), aerobicForm, aerobic.editName(), aerobic.deleteName(),
                    () -> editing.editAerobic(aerobic.id()), () -> editing.deleteAerobic(aerobic.id())));
            row.getStyleClass().add("history-entry");
            content.add(row);
        }
        Node card = Blocks.card("history-day", content);
        card.setId("day-" + day.date());
        return card;
    }

    /** The entry's form while it is edited, its Edit and Delete buttons otherwise. */
    private Node actions(String id, Node form, String editName, String deleteName, Runnable edit, Runnable delete) {
        if (id.equals(editing.editing().get())) {
            return form;
        }
        FlowPane buttons = new FlowPane(button(text.get("history.edit"), "edit-" + id, editName, edit),
                button(text.get("history.delete"), "delete-" + id, deleteName, delete));
        buttons.getStyleClass().addAll("button-row", "history-entry-buttons");
        return buttons;
    }

    private static Button button(String label, String id, String accessibleName, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setAccessibleText(accessibleName);
        button.getStyleClass().add("history-entry-button");
        button.setOnAction(e -> action.run());
        return button;
    }
}
