package app.kneecoach.catalog;

import java.util.List;

/**
 * One exercise of the home program.
 *
 * @param targets       what it works, in a short phrase
 * @param whyItHelps    why it matters for the inner knee
 * @param equipment     what to have at hand; empty when nothing is needed
 * @param startPosition how to begin, its side words marked (see {@link SidedText})
 * @param steps         what to do, in order, their side words marked
 * @param cues          form points to keep in mind while doing it
 * @param cautions      when to stop or hold back
 * @param otherOptions  related exercises the article names alongside it
 */
public record Exercise(
        String id,
        String name,
        Category category,
        String targets,
        String whyItHelps,
        List<String> equipment,
        SidedText startPosition,
        List<SidedText> steps,
        List<String> cues,
        List<String> cautions,
        Dosage dosage,
        List<Variation> progressions,
        List<Variation> regressions,
        List<Variation> variations,
        List<String> otherOptions) {

    public Exercise {
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
        progressions = List.copyOf(progressions);
        regressions = List.copyOf(regressions);
        variations = List.copyOf(variations);
        otherOptions = List.copyOf(otherOptions);
    }

    /** The steps as the article writes them, for the right leg. */
    public List<String> writtenSteps() {
        return steps.stream().map(SidedText::asWritten).toList();
    }
}
