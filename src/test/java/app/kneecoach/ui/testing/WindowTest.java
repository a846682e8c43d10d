package app.kneecoach.ui.testing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A test of the real window through TestFX's robot (its {@code @Start} opens it), the pointer moved directly. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    @BeforeEach
    void directPointer(FxRobot robot) {
        DirectPointer.install(robot);
    }
}
