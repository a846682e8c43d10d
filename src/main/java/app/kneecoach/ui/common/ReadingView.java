package app.kneecoach.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** ReadingView.fxml: a section's title and a line saying its records are still being read. */
public final class ReadingView {
    public static final String FXML = "ReadingView.fxml";
    private final String titleText;
    private final String messageText;

    @FXML
    private Label title;
    @FXML
    private Label message;

    public ReadingView(String title, String message) {
        this.titleText = title;
        this.messageText = message;
    }

    @FXML
    private void initialize() {
        title.setText(titleText);
        message.setText(messageText);
    }
}
