package app.kneecoach.ui.common;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The few building blocks every content page is made of, styled from app.css by class name. */
public final class Blocks {
    private Blocks() {
    }

    public static Label heading(String text, String styleClass) {
        Label label = text(text, styleClass);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setFocusTraversable(false);
        return label;
    }

    public static Label text(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A titled group of content; an empty list of items yields nothing, so callers need no checks. */
    public static List<Node> section(String title, List<? extends Node> content) {
        if (content.isEmpty()) {
            return List.of();
        }
        VBox box = new VBox(heading(title, "h3"));
        box.getChildren().addAll(content);
        box.getStyleClass().add("section");
        return List.of(box);
    }

    public static List<Node> bullets(List<String> items) {
        return items.stream().<Node>map(item -> listRow("\u2022", item)).toList();
    }

    public static List<Node> numbered(List<String> items) {
        return java.util.stream.IntStream.range(0, items.size())
                .<Node>mapToObj(i -> listRow((i + 1) + ".", items.get(i)))
                .toList();
    }

    public static VBox card(String styleClass, List<Node> content) {
        VBox card = new VBox();
        card.getChildren().addAll(content);
        card.getStyleClass().addAll("card", styleClass);
        return card;
    }

    private static HBox listRow(String marker, String text) {
        Label mark = text(marker, "list-marker");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        Label body = text(text, "list-text");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(mark, body);
        row.getStyleClass().add("list-row");
        return row;
    }
}
