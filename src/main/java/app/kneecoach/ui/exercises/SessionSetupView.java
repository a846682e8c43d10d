package app.kneecoach.ui.exercises;

import app.kneecoach.ui.common.Fields;
import app.kneecoach.ui.common.AppServices;
import app.kneecoach.ui.common.Blocks;
import app.kneecoach.ui.common.ChoiceBounds;
import app.kneecoach.ui.common.Messages;
import app.kneecoach.ui.common.SessionStarter;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.catalog.Exercise;
import app.kneecoach.catalog.Sides;
import app.kneecoach.session.RepStyle;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.session.Side;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The "Start this exercise" card: the dose to do within the article's range, and the Start button. */
public final class SessionSetupView {
    private final Messages text;
    private final AppServices services;
    private final SessionStarter starter;

    public SessionSetupView(Messages text, AppServices services, SessionStarter starter) {
        this.text = text;
        this.services = services;
        this.starter = starter;
    }

    Node build(Exercise exercise) {
        ChoiceBounds bounds = ChoiceBounds.of(exercise.dosage());
        SessionChoice lowest = SessionChoice.lowest(exercise.dosage());
        boolean hold = exercise.dosage().mode() == DosageMode.HOLD;

        Spinner<Integer> target = Fields.spinner("setup-target", bounds.targetMin(), bounds.targetMax(), lowest.target(),
                bounds.targetStep());
        Spinner<Integer> sets = Fields.spinner("setup-sets", bounds.setsMin(), bounds.setsMax(), lowest.sets(), 1);
        Spinner<Integer> topHold = Fields.spinner("setup-top-hold", bounds.topHoldMin(), bounds.topHoldMax(),
                lowest.topHoldSeconds(), 1);
        ToggleGroup style = new ToggleGroup();
        RadioButton paced = radio("setup-paced", text.get("setup.paced"), style);
        RadioButton selfPaced = radio("setup-self-paced", text.get("setup.selfPaced"), style);
        style.selectToggle(paced);

        List<Node> fields = new ArrayList<>();
        if (bounds.targetAdjustable()) {
            fields.add(Fields.field(text.get(hold ? "setup.holdSeconds" : "setup.reps"), target));
        }
        if (bounds.setsAdjustable()) {
            fields.add(Fields.field(text.get("setup.sets"), sets));
        }
        if (bounds.topHoldAdjustable()) {
            fields.add(Fields.field(text.get("setup.topHold"), topHold));
        }
        if (!hold) {
            fields.add(Fields.field(text.get("setup.style"), new VBox(paced, selfPaced)));
        }
        FlowPane row = new FlowPane(fields.toArray(Node[]::new));
        row.getStyleClass().add("setup-fields");

        Button start = new Button(text.get("setup.start"));
        start.setId("start-session");
        start.getStyleClass().addAll("primary", "start-button");
        start.setOnAction(event -> starter.start(exercise, lowest
                .withTarget(target.getValue())
                .withSets(sets.getValue())
                .withTopHoldSeconds(topHold.getValue())
                .withRepStyle(selfPaced.isSelected() ? RepStyle.SELF_PACED : RepStyle.PACED)));

        List<Node> content = new ArrayList<>();
        content.add(Blocks.heading(text.get("setup.title"), "h2"));
        if (!fields.isEmpty()) {
            content.add(row);
        }
        content.add(Blocks.text(order(exercise), "setup-order"));
        content.add(start);
        VBox card = Blocks.card("setup-card", content);
        card.setId("session-setup");
        return card;
    }

    private String order(Exercise exercise) {
        if (exercise.dosage().sides() == Sides.BOTH_TOGETHER) {
            return text.get("setup.bothLegs");
        }
        Side first = services.settings().firstSide();
        return text.get("setup.eachLegOrder", text.get("side." + first), text.get("side." + first.other()));
    }

    private static RadioButton radio(String id, String label, ToggleGroup group) {
        RadioButton radio = new RadioButton(label);
        radio.setId(id);
        radio.setToggleGroup(group);
        return radio;
    }
}
