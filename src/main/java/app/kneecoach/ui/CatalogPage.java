package app.kneecoach.ui;

import app.kneecoach.catalog.Catalog;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A scrolling page (page.fxml) whose content a subclass builds from the catalog. */
abstract class CatalogPage {
    protected final Catalog catalog;
    protected final Messages text = Messages.DEFAULT;

    @FXML
    private VBox page;

    CatalogPage(Catalog catalog) {
        this.catalog = catalog;
    }

    @FXML
    private void initialize() {
        refresh();
    }

    /** Builds the content again, after what it shows has changed. */
    protected void refresh() {
        page.getChildren().setAll(content());
    }

    protected abstract List<Node> content();
}
