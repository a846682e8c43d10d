package app.kneecoach.ui.common;

import app.kneecoach.catalog.Catalog;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** A section that waits for the records to open: its title and a line saying so, replaced once they are. */
public final class ReadingPage extends CatalogPage {
    public static final String ID = "section-reading";
    private final String titleKey;
    private final String messageKey;

    public ReadingPage(Catalog catalog, String titleKey, String messageKey) {
        super(catalog);
        this.titleKey = titleKey;
        this.messageKey = messageKey;
    }

    @Override
    protected List<Node> content() {
        Label reading = Blocks.text(text.get(messageKey), "lead");
        reading.setId(ID);
        return List.of(Blocks.heading(text.get(titleKey), "h1"), reading);
    }
}
