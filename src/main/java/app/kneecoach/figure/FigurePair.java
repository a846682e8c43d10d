package app.kneecoach.figure;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The start and end positions of an exercise. */
public record FigurePair(Figure start, Figure end) {

    /**
     * The one leg the figures show at work (highlighted in both), if they show one: the other leg's sets are
     * that leg's picture mirrored. Empty where both legs (or neither) move.
     */
    public Optional<Limb> workedLeg() {
        Set<Limb> legs = Stream.of(start, end).flatMap(f -> f.active().stream()).filter(Limb::isLeg)
                .collect(Collectors.toSet());
        boolean inBoth = legs.size() == 1 && start.active().containsAll(legs) && end.active().containsAll(legs);
        return inBoth ? legs.stream().findFirst() : Optional.empty();
    }

    /** The part of the box both figures are shown in. */
    public Frame frame() {
        return Frame.around(start, end);
    }
}
