package app.kneecoach.userdata;

/**
 * Where the main window was and how large, in whole pixels, so it opens there again: its position and
 * the size of its content when last not maximized, and whether it was maximized.
 */
public record WindowPlacement(int x, int y, int width, int height, boolean maximized) {
    /** Larger than any screen; stops a damaged file from asking for a window the toolkit cannot make. */
    static final int MAX_EXTENT = 100_000;

    public WindowPlacement {
        requireWithin("x", x, -MAX_EXTENT, MAX_EXTENT);
        requireWithin("y", y, -MAX_EXTENT, MAX_EXTENT);
        requireWithin("width", width, 1, MAX_EXTENT);
        requireWithin("height", height, 1, MAX_EXTENT);
    }

    private static void requireWithin(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ": " + value);
        }
    }
}
