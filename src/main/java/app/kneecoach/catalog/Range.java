package app.kneecoach.catalog;

/**
 * A whole-number range from the article, such as "10-15", "2-3", "10" or "30+".
 *
 * @param min    the lowest value the article gives
 * @param max    the highest value; equal to {@code min} for a single figure
 * @param orMore true where the article writes "+": the user may go past {@code max}
 */
public record Range(int min, int max, boolean orMore) {
    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid range " + min + "-" + max);
        }
    }

    public static Range exactly(int value) {
        return new Range(value, value, false);
    }

    public static Range between(int min, int max) {
        return new Range(min, max, false);
    }

    public static Range atLeast(int min) {
        return new Range(min, min, true);
    }

    public boolean isSingle() {
        return min == max;
    }

    public boolean contains(int value) {
        return value >= min && (orMore || value <= max);
    }
}
