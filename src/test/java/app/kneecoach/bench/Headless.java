package app.kneecoach.bench;

import java.util.List;
import java.util.Map;

/** The same headless JavaFX set-up the tests use (see the surefire configuration in pom.xml). */
final class Headless {
    private static final Map<String, String> PROPERTIES = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "prism.order", "sw",
            "prism.text", "t2k",
            "java.awt.headless", "true");

    private Headless() {
    }

    static void configure() {
        PROPERTIES.forEach(System::setProperty);
    }

    /** The same set-up as options for a child JVM's command line. */
    static List<String> jvmOptions() {
        return PROPERTIES.entrySet().stream().map(p -> "-D" + p.getKey() + "=" + p.getValue()).toList();
    }
}
