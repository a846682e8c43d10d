package app.kneecoach.ui.testing;

import java.lang.reflect.Field;
import javafx.geometry.Point2D;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.Motion;
import org.testfx.robot.MouseRobot;
import org.testfx.robot.MoveRobot;
import org.testfx.service.query.PointQuery;

/**
 * Moves a robot's pointer straight to where it goes. TestFX moves it in up to 200 steps, each a round trip to the
 * JavaFX thread, which made clicks most of a window test's time; the clicks themselves (press and release at the
 * node, through the same robot) stay as they were. TestFX has no setting for this, so its move robot is replaced
 * in the robot's context and the click and drag robots that hold it; if TestFX's fields change, this fails loudly.
 */
public final class DirectPointer implements MoveRobot {
    private final MouseRobot mouse;
    private final BaseRobot base;

    private DirectPointer(MouseRobot mouse, BaseRobot base) {
        this.mouse = mouse;
        this.base = base;
    }

    public static void install(FxRobot robot) {
        FxRobotContext context = robot.robotContext();
        DirectPointer pointer = new DirectPointer(context.getMouseRobot(), context.getBaseRobot());
        replace(context, pointer);
        replace(context.getClickRobot(), pointer);
        replace(context.getDragRobot(), pointer);
    }

    @Override
    public void moveTo(PointQuery pointQuery, Motion motion) {
        mouse.move(pointQuery.query());
    }

    @Override
    public void moveBy(double x, double y, Motion motion) {
        Point2D at = base.retrieveMouse();
        mouse.move(new Point2D(at.getX() + x, at.getY() + y));
    }

    private static void replace(Object holder, MoveRobot pointer) {
        try {
            Field field = holder.getClass().getDeclaredField("moveRobot");
            field.setAccessible(true);
            field.set(holder, pointer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's move robot could not be replaced in " + holder.getClass(), e);
        }
    }
}
