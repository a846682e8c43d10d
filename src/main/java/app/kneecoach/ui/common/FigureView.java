package app.kneecoach.ui.common;

import app.kneecoach.figure.Arrow;
import app.kneecoach.figure.Figure;
import app.kneecoach.figure.Frame;
import app.kneecoach.figure.Joint;
import app.kneecoach.figure.Limb;
import app.kneecoach.figure.Point;
import app.kneecoach.figure.Pose;
import app.kneecoach.figure.Prop;
import app.kneecoach.figure.PropKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * One figure drawn from shapes, showing a frame of its logical box scaled to the view's width, so
 * line thickness scales with it; mirrored, it shows the same movement with the other leg. Colours and widths
 * come from figures.css by style class.
 */
public final class FigureView extends Region {
    private static final double DEFAULT_WIDTH = 300;
    private static final double MIN_WIDTH = 120;
    private final Group content = new Group();
    private final Scale scale = new Scale();
    private final Frame frame;

    public FigureView(Figure figure, Frame frame) {
        this(figure, frame, false);
    }

    public FigureView(Figure figure, Frame frame, boolean mirrored) {
        this.frame = frame;
        getStyleClass().add("figure");
        content.getChildren().addAll(shapes(figure));
        content.getTransforms().add(scale);
        if (mirrored) {
            // Left and right swapped within the frame, after it is moved to the origin.
            content.getTransforms().add(new Scale(-1, 1, frame.width() / 2, 0));
        }
        content.getTransforms().add(new Translate(-frame.x(), -frame.y()));
        content.setManaged(false);
        getChildren().add(content);
        // The floor runs the whole box; outside the frame it is cut off.
        content.setClip(new Rectangle(frame.x(), frame.y(), frame.width(), frame.height()));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + MIN_WIDTH + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + DEFAULT_WIDTH + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double outer = width < 0 ? computePrefWidth(-1) : width;
        double inner = outer - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + inner * Figure.HEIGHT / Figure.WIDTH + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double factor = (getWidth() - snappedLeftInset() - snappedRightInset()) / frame.width();
        scale.setX(factor);
        scale.setY(factor);
        content.setLayoutX(snappedLeftInset());
        content.setLayoutY(snappedTopInset());
    }

    /** Back to front: floor and furniture, far limbs, the rest of the body, straps, arrows. */
    private static List<Node> shapes(Figure figure) {
        List<Node> nodes = new ArrayList<>();
        figure.props().stream().filter(p -> p.kind() != PropKind.STRAP).map(FigureView::prop).forEach(nodes::add);
        figure.limbsBackToFront().forEach(limb -> nodes.addAll(limb(figure, limb)));
        figure.props().stream().filter(p -> p.kind() == PropKind.STRAP).map(FigureView::prop).forEach(nodes::add);
        figure.arrows().forEach(arrow -> nodes.addAll(arrow(arrow)));
        return nodes;
    }

    private static List<Shape> limb(Figure figure, Limb limb) {
        Pose pose = figure.pose();
        List<Shape> shapes = switch (limb) {
            case TORSO -> List.of(figure.back().<Shape>map(back -> styled(bowed(pose, back), "figure-torso", "figure-spine"))
                    .orElseGet(() -> styled(new Polygon(coordinates(pose, limb.joints())), "figure-torso")));
            case HEAD_AND_NECK -> List.of(
                    styled(line(pose.at(Joint.NECK), pose.at(Joint.HEAD)), "figure-neck"),
                    styled(new Circle(pose.at(Joint.HEAD).x(), pose.at(Joint.HEAD).y(), Figure.HEAD_RADIUS), "figure-head"));
            default -> List.of(styled(new Polyline(coordinates(pose, limb.joints())),
                    limb.isLeg() ? "figure-leg" : "figure-arm"));
        };
        shapes.forEach(shape -> {
            shape.getStyleClass().add("figure-body");
            if (figure.active().contains(limb)) {
                shape.getStyleClass().add("figure-active");
            }
            if (figure.far().contains(limb)) {
                shape.getStyleClass().add("figure-far");
            }
        });
        return shapes;
    }

    /** A side view's back bowed from the hips to the shoulders, drawn as a thick curve. */
    private static Path bowed(Pose pose, Point back) {
        Point hips = pose.at(Joint.RIGHT_HIP);
        Point shoulders = pose.at(Joint.RIGHT_SHOULDER);
        return new Path(new MoveTo(hips.x(), hips.y()), new QuadCurveTo(back.x(), back.y(), shoulders.x(), shoulders.y()));
    }

    private static Shape prop(Prop prop) {
        Shape shape;
        if (prop instanceof Prop.Line line) {
            shape = new Polyline(coordinates(line.points()));
        } else if (prop instanceof Prop.Outline outline) {
            shape = new Polygon(coordinates(outline.corners()));
        } else {
            Prop.Block block = (Prop.Block) prop;
            shape = new Rectangle(block.topLeft().x(), block.topLeft().y(), block.width(), block.height());
        }
        String kind = "figure-" + prop.kind().name().toLowerCase(Locale.ROOT);
        return styled(shape, prop.kind() == PropKind.FLOOR ? "figure-floor" : "figure-prop", kind);
    }

    private static List<Shape> arrow(Arrow arrow) {
        Path curve = new Path(new MoveTo(arrow.from().x(), arrow.from().y()),
                new QuadCurveTo(arrow.via().x(), arrow.via().y(), arrow.to().x(), arrow.to().y()));
        Polygon head = new Polygon(coordinates(arrow.head()));
        return List.of(styled(curve, "figure-arrow"), styled(head, "figure-arrow", "figure-arrow-head"));
    }

    private static Line line(Point from, Point to) {
        return new Line(from.x(), from.y(), to.x(), to.y());
    }

    private static double[] coordinates(Pose pose, List<Joint> joints) {
        return coordinates(joints.stream().map(pose::at).toList());
    }

    private static double[] coordinates(List<Point> points) {
        return points.stream().flatMapToDouble(p -> DoubleStream.of(p.x(), p.y())).toArray();
    }

    private static <S extends Shape> S styled(S shape, String... styleClasses) {
        shape.getStyleClass().addAll(styleClasses);
        return shape;
    }
}
