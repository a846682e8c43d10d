package app.kneecoach.json;

/**
 * One thing wrong with a data file (the catalog, the history...).
 *
 * @param file    the file name as the user knows it
 * @param path    the field path, e.g. {@code exercises[2].dosage.sets.min}; empty for the whole file
 * @param line    1-based line in the file, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, in plain words
 */
public record FileProblem(String file, String path, int line, int column, String message) {

    /** Where the problem is, e.g. {@code exercises.json, exercises[2].name (line 14, column 15)}. */
    public String where() {
        StringBuilder sb = new StringBuilder(file);
        if (!path.isEmpty()) {
            sb.append(", ").append(path);
        }
        if (line > 0) {
            sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
