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

    /** The id of the guidance on when to see a professional, which the app shows first and with every warning. */
    public static final String SEE_A_PROFESSIONAL = "see-a-professional";

    /** When to see a professional: shown first in About, on handouts, and with every pain warning. */
    public Optional<GuidanceSection> seeAProfessional() {
        return guidance.stream().filter(g -> g.id().equals(SEE_A_PROFESSIONAL)).findFirst();
    }

    /** The rest of the general guidance, in the catalog's order. */
    public List<GuidanceSection> otherGuidance() {
        return guidance.stream().filter(g -> !g.id().equals(SEE_A_PROFESSIONAL)).toList();
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
