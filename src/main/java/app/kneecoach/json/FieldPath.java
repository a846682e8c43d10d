package app.kneecoach.json;

/** Builds and walks field paths such as {@code exercises[2].dosage.sets}. */
public final class FieldPath {
    private FieldPath() {
    }

    public static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
