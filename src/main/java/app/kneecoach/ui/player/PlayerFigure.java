package app.kneecoach.ui.player;

import app.kneecoach.ui.common.PlannedExercise;

import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Sides;
import app.kneecoach.figure.FigureLibrary;
import app.kneecoach.figure.Limb;
import app.kneecoach.session.PhaseKind;
import app.kneecoach.session.SessionSnapshot;
import app.kneecoach.session.Side;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The exercise's start and end figures beside the big number: which exercise's, whether mirrored for the leg
 * at work, and how large: as large as the room left beside the number allows. The number comes first: where
 * keeping it at its full size leaves too little room, the figures are left out rather than drawn too small.
 */
final class PlayerFigure {
    /** The player's height below which the big number takes its smaller size (PlayerStyles.COMPACT_BELOW). */
    static final double MIN_HEIGHT = 760;
    /** The two figures narrower than this together (under 140 px each) are too small to make out from a mat. */
    static final double MIN_WIDTH = 300;

    private final Optional<Exercise> exercise;
    private final Optional<Side> drawnSide;
    private final ReadOnlyBooleanWrapper mirrored = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper width = new ReadOnlyDoubleWrapper();

    /**
     * The figures of the plain exercise only: a variation (easier, harder, another way) moves differently, and
     * a picture of the plain one would show it wrong. Mirrored only for the second leg of an exercise done on
     * each leg in turn: where the legs alternate rep by rep, a picture turning round every few seconds would
     * distract more than help (the player names the leg of each rep).
     */
    PlayerFigure(PlannedExercise planned) {
        this.exercise = Optional.of(planned.exercise())
                .filter(e -> planned.variation().isEmpty() && FigureLibrary.forExercise(e.id()).isPresent());
        this.drawnSide = exercise.filter(e -> e.dosage().sides() == Sides.EACH_SIDE)
                .flatMap(e -> FigureLibrary.forExercise(e.id())).flatMap(pair -> pair.workedLeg())
                .map(leg -> leg == Limb.LEFT_LEG ? Side.LEFT : Side.RIGHT);
    }

    /** The exercise whose figures to show; empty when there are none to show for it. */
    Optional<Exercise> exercise() {
        return exercise;
    }

    /** Whether the figures are shown mirrored: the leg at work now is the other one than drawn. */
    ReadOnlyBooleanProperty mirrored() {
        return mirrored.getReadOnlyProperty();
    }

    /** Whether the figures are shown: there are some, and the window has room for them. */
    ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** How wide the two figures are drawn, together, while shown. */
    ReadOnlyDoubleProperty width() {
        return width.getReadOnlyProperty();
    }

    /**
     * The room changed (in px: the player's text does not follow the text-size setting).
     *
     * @param playerHeight the player's height
     * @param fitting      how wide the figures can be drawn in the room the rest leaves them
     */
    void fitIn(double playerHeight, double fitting) {
        boolean room = playerHeight >= MIN_HEIGHT && fitting >= MIN_WIDTH;
        shown.set(exercise.isPresent() && room);
        width.set(room ? fitting : 0);
    }

    /**
     * Follows the session: a side switch, and the other leg's sets, mirror the figures. At the end they show as
     * drawn, as on the exercise's page: no leg is at work any more.
     */
    void follow(SessionSnapshot now) {
        Side side = now.step().side();
        boolean ended = now.step().kind() == PhaseKind.DONE;
        mirrored.set(!ended && drawnSide.isPresent() && side != Side.BOTH && side != drawnSide.get());
    }
}
