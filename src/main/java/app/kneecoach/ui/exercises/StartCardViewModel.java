package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.PlannedExercise;
import app.kneecoach.ui.common.SessionStarter;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Sides;
import app.kneecoach.catalog.Variation;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.Side;
import app.kneecoach.userdata.ExercisePlan;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The "Start this exercise" card: the dose to do within the article's range (only what the range leaves open
 * is asked), paced or self-paced reps, the order of the legs, whether rests wait for "I'm ready", and the session
 * it starts. It begins at the dose and version of a suggestion the person accepted, if any, else at the
 * article's lowest.
 */
public final class StartCardViewModel {
    private final Messages text;
    private final AppServices services;
    private final SessionStarter starter;
    private Exercise exercise;
    private Optional<Variation> variation = Optional.empty();
    /** The plan the card last began at, to see when one was accepted elsewhere (at a session's end). */
    private ExercisePlan shownPlan;
    private final ReadOnlyObjectWrapper<ChoiceBounds> bounds = new ReadOnlyObjectWrapper<>(this, "bounds");
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target");
    private final IntegerProperty sets = new SimpleIntegerProperty(this, "sets");
    private final IntegerProperty topHold = new SimpleIntegerProperty(this, "topHold");
    private final BooleanProperty selfPaced = new SimpleBooleanProperty(this, "selfPaced");
    private final BooleanProperty restUntilReady = new SimpleBooleanProperty(this, "restUntilReady");
    private final ReadOnlyStringWrapper targetLabel = new ReadOnlyStringWrapper(this, "targetLabel", "");
    private final ReadOnlyStringWrapper order = new ReadOnlyStringWrapper(this, "order", "");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyBooleanWrapper versionShown = new ReadOnlyBooleanWrapper(this, "versionShown");
    private final ReadOnlyBooleanWrapper targetShown = new ReadOnlyBooleanWrapper(this, "targetShown");
    private final ReadOnlyBooleanWrapper setsShown = new ReadOnlyBooleanWrapper(this, "setsShown");
    private final ReadOnlyBooleanWrapper topHoldShown = new ReadOnlyBooleanWrapper(this, "topHoldShown");
    private final ReadOnlyBooleanWrapper styleShown = new ReadOnlyBooleanWrapper(this, "styleShown");
    private final ReadOnlyBooleanWrapper fieldsShown = new ReadOnlyBooleanWrapper(this, "fieldsShown");

    public StartCardViewModel(Messages text, AppServices services, SessionStarter starter) {
        this.text = text;
        this.services = services;
        this.starter = starter;
    }

    /**
     * Starts over for {@code shown}, paced: at the plan's dose and version, kept within the article's range (a
     * catalog changed since may have moved it), or at the article's lowest dose.
     */
    public void show(Exercise shown) {
        exercise = shown;
        ChoiceBounds limits = ChoiceBounds.of(shown.dosage());
        ExercisePlan plan = plan(shown);
        shownPlan = plan;
        PlannedExercise begin = PlannedExercise.fromPlan(shown, plan);
        boolean hold = shown.dosage().mode() == DosageMode.HOLD;
        // The bounds before the values, so number boxes that follow both never hold a value outside them.
        bounds.set(limits);
        target.set(begin.choice().target());
        sets.set(begin.choice().sets());
        topHold.set(begin.choice().topHoldSeconds());
        variation = begin.variation();
        version.set(variation.map(v -> text.get("suggestion.version", v.name())).orElse(""));
        versionShown.set(variation.isPresent());
        selfPaced.set(false);
        restUntilReady.set(services.userSettings().settings().restUntilReady());
        targetLabel.set(text.get(hold ? "setup.holdSeconds"
                : shown.dosage().sides() == Sides.ALTERNATING ? "setup.repsEachLeg" : "setup.reps"));
        targetShown.set(limits.targetAdjustable());
        setsShown.set(limits.setsAdjustable());
        topHoldShown.set(limits.topHoldAdjustable());
        styleShown.set(!hold);
        fieldsShown.set(targetShown.get() || setsShown.get() || topHoldShown.get() || styleShown.get());
        order.set(order(shown));
    }

    /** Begins again at the plan's dose if it changed since the card was shown (taken at a session's end). */
    public void followPlan() {
        if (exercise != null && !plan(exercise).equals(shownPlan)) {
            show(exercise);
        }
    }

    private ExercisePlan plan(Exercise of) {
        return services.historyRead() ? services.routines().plans().of(of.id()) : ExercisePlan.none(of.id());
    }

    /** What Start begins: the values chosen on the card, within the dosage. */
    public SessionChoice choice() {
        return SessionChoice.lowest(exercise.dosage())
                .withTarget(target.get())
                .withSets(sets.get())
                .withTopHoldSeconds(topHold.get())
                .withRepStyle(selfPaced.get() ? RepStyle.SELF_PACED : RepStyle.PACED)
                .withRestUntilReady(restUntilReady.get());
    }

    public void start() {
        starter.start(new PlannedExercise(exercise, choice(), variation));
    }

    /** The article's version the plan chose ("Version: Ankle weights"), empty for the exercise itself. */
    public ReadOnlyStringProperty version() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty versionShown() {
        return versionShown.getReadOnlyProperty();
    }

    /** The limits of the three number boxes. */
    public ReadOnlyObjectProperty<ChoiceBounds> bounds() {
        return bounds.getReadOnlyProperty();
    }

    /** Hold seconds or reps per set, as the exercise is dosed. */
    public IntegerProperty target() {
        return target;
    }

    public IntegerProperty sets() {
        return sets;
    }

    public IntegerProperty topHold() {
        return topHold;
    }

    /** Whether the person counts the reps themselves rather than following the app's pace. */
    public BooleanProperty selfPaced() {
        return selfPaced;
    }

    /** Whether this session's rests wait for "I'm ready"; starts as the setting has it. */
    public BooleanProperty restUntilReady() {
        return restUntilReady;
    }

    public ReadOnlyStringProperty targetLabel() {
        return targetLabel.getReadOnlyProperty();
    }

    /** Which leg comes first, from the settings, and whether the legs take turns; or that both work together. */
    public ReadOnlyStringProperty order() {
        return order.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty targetShown() {
        return targetShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty setsShown() {
        return setsShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty topHoldShown() {
        return topHoldShown.getReadOnlyProperty();
    }

    /** Paced or self-paced: for reps only. */
    public ReadOnlyBooleanProperty styleShown() {
        return styleShown.getReadOnlyProperty();
    }

    /** Whether anything is left to choose (a fixed hold has nothing). */
    public ReadOnlyBooleanProperty fieldsShown() {
        return fieldsShown.getReadOnlyProperty();
    }

    private String order(Exercise shown) {
        Side first = services.settings().firstSide();
        return switch (shown.dosage().sides()) {
            case BOTH_TOGETHER -> text.get("setup.bothLegs");
            case ALTERNATING -> text.get("setup.alternatingOrder", text.get("side." + first));
            case EACH_SIDE -> text.get("setup.eachLegOrder", text.get("side." + first),
                    text.get("side." + first.other()));
        };
    }
}
