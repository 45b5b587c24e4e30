package io.storyline.cli;

import java.io.PrintWriter;
import java.util.List;

/** Rows under headers for people, each column as wide as its widest cell up to a maximum. */
final class TextTable {
    private TextTable() {
    }

    static void print(List<String> headers, List<List<String>> rows, int maxWidth, PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.min(maxWidth, Math.max(widths[c], cell(row.get(c)).length()));
            }
        }
        line(headers, widths, out);
        rows.forEach(r -> line(r, widths, out));
        out.flush();
    }

    private static void line(List<String> cells, int[] widths, PrintWriter out) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cell(cells.get(c));
            if (cell.length() > widths[c]) {
                cell = cell.substring(0, widths[c] - 1) + "…";
            }
            b.append(cell);
            if (c < widths.length - 1) {
                b.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    private static String cell(String s) {
        return s == null || s.isEmpty() ? "-" : s.replace('\n', ' ');
    }
}
