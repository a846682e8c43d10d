package app.kneecoach.ui.common;

import app.kneecoach.catalog.DosageMode;
import app.kneecoach.session.SessionChoice;
import app.kneecoach.userdata.Progression.Attempt;
import app.kneecoach.userdata.Suggestion;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** A progression suggestion in words: what to do next, and why, with the numbers from the person's own log. */
public final class SuggestionText {
    private final Messages text;
    private final Formats formats;
    private final ZoneId zone;

    public SuggestionText(Messages text, Formats formats, ZoneId zone) {
        this.text = text;
        this.formats = formats;
        this.zone = zone;
    }

    /** "Try 2 sets of 15 reps", "Try the harder version: Ankle weights", "Go back to the easier version: …". */
    public String what(Suggestion suggestion) {
        boolean harder = suggestion.direction() == Suggestion.Direction.HARDER;
        if (suggestion.version().equals(latest(suggestion).record().variation())) {
            return text.get(harder ? "suggestion.tryDose" : "suggestion.backToDose", dose(suggestion.dose()));
        }
        return suggestion.version()
                .map(v -> text.get(harder ? "suggestion.tryHarderVersion" : "suggestion.backToEasierVersion", v))
                .orElseGet(() -> text.get("suggestion.backToPlain", dose(suggestion.dose())));
    }

    /** The reason with its numbers, e.g. "3 times in a row at 2 sets of 10 reps, every set done, pain 1 before and 1 after". */
    public String why(Suggestion suggestion) {
        List<Attempt> evidence = suggestion.evidence();
        return switch (suggestion.reason()) {
            case EASY_RUN -> easyRun(evidence);
            case HURT -> text.get("suggestion.why.hurt", day(latest(suggestion)));
            case PAIN_ROSE -> text.get("suggestion.why.painRose", evidence.size(), evidence.stream()
                    .map(a -> text.get("suggestion.why.rise", rating(a.painBefore()), rating(a.painAfter()), day(a)))
                    .collect(Collectors.joining(text.get("suggestion.why.riseSeparator"))));
        };
    }

    /** The article's own words for going back, or empty for a step up. */
    public Optional<String> advice(Suggestion suggestion) {
        return suggestion.direction() == Suggestion.Direction.EASIER ? Optional.of(text.get("handout.stop"))
                : Optional.empty();
    }

    /** "2 sets of 15 reps" or "3 sets of 30 s holds". */
    public String dose(SessionChoice dose) {
        return text.get(dose.mode() == DosageMode.HOLD ? "suggestion.dose.hold" : "suggestion.dose.reps",
                dose.sets(), dose.target());
    }

    private String easyRun(List<Attempt> run) {
        String dose = dose(run.get(run.size() - 1).record().choice());
        boolean same = run.stream().map(Attempt::painBefore).distinct().count() == 1
                && run.stream().map(Attempt::painAfter).distinct().count() == 1;
        if (same) {
            return text.get("suggestion.why.easySame", run.size(), dose, rating(run.get(0).painBefore()),
                    rating(run.get(0).painAfter()));
        }
        int highest = run.stream().mapToInt(a -> a.painAfter().orElse(0)).max().orElse(0);
        return text.get("suggestion.why.easyMixed", run.size(), dose, highest);
    }

    private static Attempt latest(Suggestion suggestion) {
        return suggestion.evidence().get(suggestion.evidence().size() - 1);
    }

    private String day(Attempt attempt) {
        return formats.shortDate(attempt.at().atZone(zone).toLocalDate());
    }

    private static int rating(OptionalInt pain) {
        // Every piece of evidence has both ratings (Progression asks for them); 0 only keeps this total.
        return pain.orElse(0);
    }
}
