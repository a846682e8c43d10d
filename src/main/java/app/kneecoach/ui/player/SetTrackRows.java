package app.kneecoach.ui.player;

import java.util.List;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The player's set trackers, built in code because the plan decides how many there are: a row per side
 * with a dot per set, kept in step with the view model's rows. A row is built again only when the number
 * of sides changes; its dots are filled in place.
 */
final class SetTrackRows {
    private SetTrackRows() {
    }

    static void follow(Pane box, ObservableList<TrackRow> rows) {
        rows.addListener((Observable changed) -> show(box, rows));
        show(box, rows);
    }

    private static void show(Pane box, List<TrackRow> rows) {
        if (box.getChildren().size() != rows.size()) {
            box.getChildren().setAll(rows.stream().map(SetTrackRows::row).toList());
        }
        for (int i = 0; i < rows.size(); i++) {
            TrackRow track = rows.get(i);
            HBox row = (HBox) box.getChildren().get(i);
            row.pseudoClassStateChanged(PlayerStyles.CURRENT, track.current());
            row.setAccessibleText(track.accessibleText());
            List<Node> dots = row.getChildren().subList(1, row.getChildren().size());
            for (int d = 0; d < dots.size(); d++) {
                dots.get(d).pseudoClassStateChanged(PlayerStyles.FILLED, d < track.done());
            }
        }
    }

    private static HBox row(TrackRow track) {
        HBox row = new HBox();
        row.getStyleClass().add("set-track");
        // On one line ("Right leg", never "Right" over "leg"): the header gives the rows the width they need.
        Label side = new Label(track.side());
        side.getStyleClass().add("set-track-side");
        side.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().add(side);
        for (int d = 0; d < track.total(); d++) {
            Region dot = new Region();
            dot.getStyleClass().add("set-dot");
            row.getChildren().add(dot);
        }
        return row;
    }
}
