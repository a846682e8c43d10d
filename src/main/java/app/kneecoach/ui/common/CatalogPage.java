package app.kneecoach.ui.common;

import app.kneecoach.catalog.Catalog;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A scrolling page (page.fxml) whose content a subclass builds from the catalog. */
public abstract class CatalogPage {
    /** The one page layout every catalog page shares. */
    public static final String FXML = "/app/kneecoach/ui/common/page.fxml";
    protected final Catalog catalog;
    protected final Messages text = Messages.DEFAULT;

    @FXML
    private VBox page;

    public CatalogPage(Catalog catalog) {
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
