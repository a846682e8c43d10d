package app.kneecoach.ui.exercises;

import app.kneecoach.catalog.Exercise;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Matches exercises against what the user types in the search box: every word must appear in the
 * name, category, target, equipment or steps, so "strap leg" finds the strap stretches.
 */
public final class ExerciseFilter {
    private ExerciseFilter() {
    }

    public static Predicate<Exercise> matching(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return exercise -> {
            String haystack = searchableText(exercise);
            return Stream.of(words).allMatch(haystack::contains);
        };
    }

    private static String searchableText(Exercise e) {
        return Stream.of(Stream.of(e.name(), e.category().key(), e.targets()), e.equipment().stream(),
                        e.writtenSteps().stream())
                .flatMap(s -> s)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
