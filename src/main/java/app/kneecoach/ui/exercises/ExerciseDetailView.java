package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.FigurePairView;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.Shown;
import app.kneecoach.ui.common.SuggestionView;
import app.kneecoach.ui.common.Views;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Variation;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The exercise's details (ExerciseDetailView.fxml) bound to an {@link ExerciseDetailViewModel}. Built in code,
 * because they repeat the catalog's lists: the bullets and numbered steps ({@link Blocks}), the variation cards,
 * and the figures ({@link FigurePairView}); the suggestion and the start card are views of their own, loaded
 * into their places.
 */
public final class ExerciseDetailView {
    private final ExerciseDetailViewModel model;
    private final StartCardView startCardView;

    @FXML
    private Label category;
    @FXML
    private Label name;
    @FXML
    private Label summary;
    @FXML
    private Label hurtNote;
    @FXML
    private VBox suggestion;
    @FXML
    private VBox startCard;
    @FXML
    private VBox figures;
    @FXML
    private Label targets;
    @FXML
    private Label why;
    @FXML
    private Label noEquipment;
    @FXML
    private VBox equipment;
    @FXML
    private Label startPosition;
    @FXML
    private VBox stepsSection;
    @FXML
    private VBox steps;
    @FXML
    private VBox cuesSection;
    @FXML
    private VBox cues;
    @FXML
    private VBox cautionsCard;
    @FXML
    private VBox cautions;
    @FXML
    private VBox progressionsSection;
    @FXML
    private VBox progressions;
    @FXML
    private VBox regressionsSection;
    @FXML
    private VBox regressions;
    @FXML
    private VBox variationsSection;
    @FXML
    private VBox variations;
    @FXML
    private VBox otherOptionsSection;
    @FXML
    private VBox otherOptions;

    public ExerciseDetailView(ExerciseDetailViewModel model) {
        this.model = model;
        this.startCardView = new StartCardView(model.startCard());
    }

    @FXML
    private void initialize() {
        category.textProperty().bind(model.category());
        name.textProperty().bind(model.name());
        summary.textProperty().bind(model.summary());
        hurtNote.textProperty().bind(model.hurtNote());
        Shown.when(model.hurtNoteShown(), hurtNote);
        // Back on screen after a session (the window shows the page again): the records may say more now.
        hurtNote.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.showFromRecords();
            }
        });
        targets.textProperty().bind(model.targets());
        why.textProperty().bind(model.why());
        startPosition.textProperty().bind(model.startPosition());
        suggestion.getChildren().setAll(Views.load(SuggestionView.FXML, new SuggestionView(model.suggestion())));
        Shown.when(model.suggestion().shown(), suggestion);
        startCard.getChildren().setAll(Views.load("StartCardView.fxml", startCardView));
        Shown.when(model.figuresShown(), figures);
        showFigures(model.exercise().get());
        model.exercise().addListener((obs, old, exercise) -> showFigures(exercise));
        Shown.when(model.noEquipmentShown(), noEquipment);
        fill(equipment, model.equipment(), Blocks::bullets);
        fill(steps, model.steps(), Blocks::numbered);
        fill(cues, model.cues(), Blocks::bullets);
        fill(cautions, model.cautions(), Blocks::bullets);
        fill(progressions, model.progressions(), ExerciseDetailView::cards);
        fill(regressions, model.regressions(), ExerciseDetailView::cards);
        fill(variations, model.variations(), ExerciseDetailView::cards);
        fill(otherOptions, model.otherOptions(), Blocks::bullets);
        Shown.when(model.steps().shown(), stepsSection);
        Shown.when(model.cues().shown(), cuesSection);
        Shown.when(model.cautions().shown(), cautionsCard);
        Shown.when(model.progressions().shown(), progressionsSection);
        Shown.when(model.regressions().shown(), regressionsSection);
        Shown.when(model.variations().shown(), variationsSection);
        Shown.when(model.otherOptions().shown(), otherOptionsSection);
    }

    void focusStart() {
        startCardView.focusStart();
    }

    private void showFigures(Exercise exercise) {
        figures.getChildren().setAll(exercise == null ? List.of()
                : FigurePairView.of(Messages.DEFAULT, exercise).stream().toList());
    }

    /** Keeps {@code box} showing one row per item of {@code section}. */
    private static <T> void fill(VBox box, ExerciseDetailViewModel.Section<T> section,
                                 Function<List<T>, List<Node>> rows) {
        ObservableList<T> items = section.items();
        box.getChildren().setAll(rows.apply(items));
        items.addListener((ListChangeListener<T>) change -> box.getChildren().setAll(rows.apply(items)));
    }

    private static List<Node> cards(List<Variation> variations) {
        return variations.stream()
                .<Node>map(v -> Blocks.card("variation-card", List.of(
                        Blocks.text(v.name(), "variation-name"), Blocks.text(v.description()))))
                .toList();
    }
}
