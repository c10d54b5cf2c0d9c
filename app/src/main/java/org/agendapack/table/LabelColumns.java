package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How many leading columns of a table name its rows rather than hold its values: the text columns before the
 * first column of figures, with a row-reference column ({@code 1, 2, 3}, {@code 1.1}, {@code a)}, {@code F12})
 * in first place and columns of years counted as labels. A table whose first column is figures has none.
 */
public final class LabelColumns {

    /** A column is a column of figures when at least this share of its filled cells are figures. */
    private static final double FIGURE_COLUMN_SHARE = 0.6;
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\\p{L}{0,3}\\d{1,3}(?:\\.\\d{1,2}){0,2}[a-z]?[.)]?|\\(?[a-z]{1,2}[.)]|\\(?[ivx]{1,4}[.)])$");

    private LabelColumns() {
    }

    /** The label columns of the body rows, section rows left out. */
    public static int of(List<List<String>> rows, List<Boolean> sections) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> body = java.util.stream.IntStream.range(0, rows.size())
                .filter(r -> r >= sections.size() || !sections.get(r)).mapToObj(rows::get).toList();
        int labels = 0;
        while (labels < columns && isLabelColumn(column(body, labels), labels)) {
            labels++;
        }
        return labels;
    }

    private static boolean isLabelColumn(List<String> cells, int index) {
        if (cells.isEmpty() || cells.stream().allMatch(Figures::isYear)) {
            return true;
        }
        if (index == 0 && isReference(cells)) {
            return true;
        }
        long figures = cells.stream().filter(Figures::isFigure).count();
        return figures < cells.size() * FIGURE_COLUMN_SHARE;
    }

    /** References in order: codes with letters or dots, or whole numbers that only go up. */
    private static boolean isReference(List<String> cells) {
        if (!cells.stream().allMatch(cell -> REFERENCE.matcher(cell).matches())) {
            return false;
        }
        List<String> numbers = cells.stream().filter(cell -> cell.matches("\\d+")).toList();
        if (numbers.size() < cells.size()) {
            return true;
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (Integer.parseInt(numbers.get(i)) <= Integer.parseInt(numbers.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The filled cells of one column. */
    private static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().filter(row -> index < row.size()).map(row -> row.get(index).strip())
                .filter(cell -> !cell.isEmpty()).toList();
    }
}
