package app.kneecoach.catalog;

/** Builds and walks field paths such as {@code exercises[2].dosage.sets}. */
final class FieldPath {
    private FieldPath() {
    }

    static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
