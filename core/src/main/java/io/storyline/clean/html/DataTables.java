package io.storyline.clean.html;

import org.jsoup.nodes.Element;

/** Tells tables of data (kept whole) from tables used for layout (cleaned like any container). */
final class DataTables {
    private DataTables() {
    }

    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation")) return false;
        if (table.attr("datatable").equals("0")) return false;
        if (table.hasAttr("summary")) return true;
        Element caption = table.selectFirst("> caption");
        if (caption != null && caption.childNodeSize() > 0) return true;
        if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) return true;
        if (table.getElementsByTag("table").size() > 1) return false;
        int rows = table.select("tr").size();
        int columns = 0;
        for (Element row : table.select("tr")) {
            int cells = 0;
            for (Element cell : row.select("> td, > th")) {
                String span = cell.attr("colspan");
                cells += span.matches("\\d+") ? Integer.parseInt(span) : 1;
            }
            columns = Math.max(columns, cells);
        }
        if (rows >= 10 || columns > 4) return true;
        return rows * columns > 10;
    }
}
