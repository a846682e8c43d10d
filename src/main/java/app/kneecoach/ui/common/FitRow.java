package app.kneecoach.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A row of buttons and fields that flows onto more lines, as a {@link FlowPane} does, but where no child is wider
 * than the row: one that would be is given the row's width (a button whose text wraps gets taller). A FlowPane
 * lays out every child at its preferred width and so asks its page for at least the widest one's, which pushed
 * pages past a small window at large text sizes. Horizontal only; the gaps and alignment are the FlowPane's own
 * (set from app.css), children are centred vertically in their line.
 */
public class FitRow extends FlowPane {
    public FitRow() {
        getStyleClass().add("fit-row");
    }

    private record Placed(Node child, double width, double height) {
    }

    private record Line(List<Placed> children, double width, double height) {
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return sideInsets() + widest;
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        for (Node child : getManagedChildren()) {
            sum += child.prefWidth(-1);
        }
        return sideInsets() + sum + getHgap() * Math.max(0, getManagedChildren().size() - 1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - sideInsets() : width - sideInsets();
        List<Line> lines = lines(inner);
        double sum = 0;
        for (Line line : lines) {
            sum += line.height();
        }
        Insets insets = getInsets();
        return insets.getTop() + insets.getBottom() + sum + getVgap() * Math.max(0, lines.size() - 1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double inner = getWidth() - sideInsets();
        double y = insets.getTop();
        for (Line line : lines(inner)) {
            double x = insets.getLeft() + offset(inner - line.width());
            for (Placed placed : line.children()) {
                placed.child().resizeRelocate(snapPositionX(x),
                        snapPositionY(y + (line.height() - placed.height()) / 2), placed.width(), placed.height());
                x += placed.width() + getHgap();
            }
            y += line.height() + getVgap();
        }
    }

    private double offset(double room) {
        HPos hpos = getAlignment().getHpos();
        return hpos == HPos.CENTER ? room / 2 : hpos == HPos.RIGHT ? room : 0;
    }

    /** The children in lines of at most {@code inner} pixels, each child at its preferred size within that. */
    private List<Line> lines(double inner) {
        List<Line> lines = new ArrayList<>();
        List<Placed> current = new ArrayList<>();
        double used = 0;
        double tallest = 0;
        for (Node child : getManagedChildren()) {
            double width = snapSizeX(Math.max(child.minWidth(-1), Math.min(child.prefWidth(-1),
                    Math.min(child.maxWidth(-1), inner))));
            double height = snapSizeY(Math.max(child.minHeight(width), Math.min(child.prefHeight(width),
                    child.maxHeight(width))));
            double needed = current.isEmpty() ? width : used + getHgap() + width;
            if (!current.isEmpty() && needed > inner) {
                lines.add(new Line(current, used, tallest));
                current = new ArrayList<>();
                needed = width;
                tallest = 0;
            }
            current.add(new Placed(child, width, height));
            used = needed;
            tallest = Math.max(tallest, height);
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current, used, tallest));
        }
        return lines;
    }

    private double sideInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
