package app.kneecoach.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Everything the app knows about the home program, loaded from {@code exercises.json}.
 *
 * @param yogaIntro  how the article suggests fitting yoga in
 * @param conditions conditions the article names as common causes of inner knee pain
 * @param guidance   general guidance, in the order the app shows it
 * @param routines   the built-in routines
 */
public record Catalog(
        int schemaVersion,
        Source source,
        List<Exercise> exercises,
        List<AerobicOption> aerobicOptions,
        String yogaIntro,
        List<YogaPose> yogaPoses,
        String avoidIntro,
        List<AvoidItem> avoidList,
        List<String> conditions,
        List<GuidanceSection> guidance,
        List<Routine> routines) {

    public Catalog {
        exercises = List.copyOf(exercises);
        aerobicOptions = List.copyOf(aerobicOptions);
        yogaPoses = List.copyOf(yogaPoses);
        avoidList = List.copyOf(avoidList);
        conditions = List.copyOf(conditions);
        guidance = List.copyOf(guidance);
        routines = List.copyOf(routines);
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Exercise> exercisesIn(Category category) {
        return exercises.stream().filter(e -> e.category() == category).toList();
    }

    /** Where the program comes from, credited in the About view. */
    public record Source(String title, String author, String published) {
    }
}
