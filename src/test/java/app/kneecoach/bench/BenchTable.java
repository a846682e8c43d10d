package app.kneecoach.bench;

import java.util.ArrayList;
import java.util.List;

/** Prints benchmark figures as a plain-text table that pastes straight into Markdown. */
final class BenchTable {
    private BenchTable() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            out.append(line(all.get(r), widths));
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                out.append(line(rule, widths));
            }
        }
        return out.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < cells.size(); c++) {
            line.append(' ').append(String.format("%-" + widths[c] + "s", cells.get(c))).append(" |");
        }
        return line.append('\n').toString();
    }
}
