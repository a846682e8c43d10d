/**
 * Knee Coach as one named module. The UI packages are opened to javafx.fxml, whose loader injects the {@code @FXML}
 * fields and calls the handlers of the controllers it builds; nothing else is opened or exported, except the entry
 * package to javafx.graphics, which instantiates the Application subclass.
 */
module app.kneecoach {
    requires javafx.controls;
    requires javafx.fxml;
    requires com.fasterxml.jackson.databind;
    requires org.xerial.sqlitejdbc;
    requires java.desktop;
    requires java.logging;
    requires java.sql;

    exports app.kneecoach.app to javafx.graphics;

    opens app.kneecoach.ui.common to javafx.fxml;
    opens app.kneecoach.ui.shell to javafx.fxml;
    opens app.kneecoach.ui.exercises to javafx.fxml;
    opens app.kneecoach.ui.player to javafx.fxml;
    opens app.kneecoach.ui.routines to javafx.fxml;
    opens app.kneecoach.ui.history to javafx.fxml;
    opens app.kneecoach.ui.settings to javafx.fxml;
    opens app.kneecoach.ui.pages to javafx.fxml;
}
