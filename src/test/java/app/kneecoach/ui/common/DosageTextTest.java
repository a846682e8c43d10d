package app.kneecoach.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.kneecoach.catalog.Dosage;
import app.kneecoach.catalog.Range;
import app.kneecoach.catalog.Sides;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DosageTextTest {
    private final DosageText text = new DosageText(Messages.DEFAULT);

    static Stream<Arguments> dosages() {
        return Stream.of(
                Arguments.of(Dosage.hold(Range.atLeast(30), Range.between(2, 3), Sides.EACH_SIDE),
                        "Hold 30+ s · 2–3 sets · each leg"),
                Arguments.of(Dosage.hold(Range.atLeast(60), Range.between(2, 3), Sides.BOTH_TOGETHER),
                        "Hold 60+ s · 2–3 sets · both legs together"),
                Arguments.of(Dosage.reps(Range.between(10, 15), Optional.of(Range.between(2, 5)), Range.between(1, 3),
                        Sides.BOTH_TOGETHER), "10–15 reps · hold 2–5 s at the top · up to 3 sets · both legs together"),
                Arguments.of(Dosage.reps(Range.exactly(10), Optional.empty(), Range.between(2, 3), Sides.EACH_SIDE),
                        "10 reps · 2–3 sets · each leg"),
                Arguments.of(Dosage.reps(Range.exactly(10), Optional.empty(), Range.between(2, 3), Sides.ALTERNATING),
                        "10 reps · 2–3 sets · each leg, alternating"),
                Arguments.of(Dosage.reps(Range.exactly(1), Optional.of(Range.exactly(1)), Range.exactly(1), Sides.EACH_SIDE),
                        "1 rep · hold 1 s at the top · 1 set · each leg"),
                Arguments.of(new Dosage(app.kneecoach.catalog.DosageMode.HOLD, Optional.of(Range.atLeast(20)),
                        Optional.empty(), Optional.empty(), Range.between(2, 3), Sides.EACH_SIDE,
                        app.kneecoach.catalog.Movement.LIFT, Optional.of("if tolerated")),
                        "Hold 20+ s · 2–3 sets · each leg · if tolerated"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dosages")
    void summarisesADosageOnOneLine(Dosage dosage, String expected) {
        // The separator is an en space either side of a middle dot; compare with plain spaces for readability.
        assertEquals(expected, text.summary(dosage).replace('\u2002', ' '));
    }
}
