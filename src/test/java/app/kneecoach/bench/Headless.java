package app.kneecoach.bench;

/** The same headless JavaFX set-up the tests use (see the surefire configuration in pom.xml). */
final class Headless {
    private Headless() {
    }

    static void configure() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }
}
