package app.kneecoach.architecture.crossing.catalog;

/** Crosses a layer on purpose (see LayersRulesCatchTest): a domain class that uses JavaFX. */
public final class DomainWithWindow {
    public javafx.beans.property.StringProperty name() {
        return new javafx.beans.property.SimpleStringProperty();
    }
}
