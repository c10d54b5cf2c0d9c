package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * How many leading columns of a table name its rows rather than hold its values: the text columns before the
 * first column of figures, with a row-reference column ({@code 1, 2, 3}, {@code 1.1}, {@code a)}, {@code F12})
 * before any column of names and columns of years counted as labels. A table whose first column is figures has none.
 */
public final class LabelColumns {

    /** A column is a column of figures when at least this share of its filled cells are figures. */
    private static final double FIGURE_COLUMN_SHARE = 0.6;
    /** A column is a reference column when this share of its cells are references. */
    private static final double REFERENCE_SHARE = 0.8;
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\d]");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:\\p{L}{0,3}\\d{1,3}(?:\\.\\d{1,2}){0,2}[a-z]?[.)]?|\\(?[a-z]{1,2}[.)]|\\(?[ivx]{1,4}[.)])$");

    private LabelColumns() {
    }

    /** The label columns of the body rows, section rows left out. */
    public static int of(List<List<String>> rows, List<Boolean> sections) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> body = IntStream.range(0, rows.size())
                .filter(r -> r >= sections.size() || !sections.get(r)).mapToObj(rows::get).toList();
        int labels = 0;
        boolean named = false;
        while (labels < columns) {
            List<String> cells = column(body, labels);
            if (cells.isEmpty() || cells.stream().allMatch(Figures::isYear) || !named && isReference(cells)) {
                labels++;
            } else if (isFigureColumn(cells)) {
                break;
            } else {
                named = true;
                labels++;
            }
        }
        return labels;
    }

    /** Whether a column's filled cells are mostly figures. */
    static boolean isFigureColumn(List<String> cells) {
        long figures = cells.stream().filter(Figures::isFigure).count();
        return !cells.isEmpty() && figures >= cells.size() * FIGURE_COLUMN_SHARE;
    }

    /**
     * References: most cells are codes ({@code 1.1}, {@code a)}, {@code F12}), whole numbers among them mostly
     * going up (a count column goes up and down). A repeated header cell may sit among them; marks without letters
     * or digits ({@code ---}) are not counted.
     */
    private static boolean isReference(List<String> column) {
        List<String> cells = column.stream().filter(cell -> LETTER_OR_DIGIT.matcher(cell).find()).toList();
        long references = cells.stream().filter(cell -> REFERENCE.matcher(cell).matches()).count();
        if (references < cells.size() * REFERENCE_SHARE) {
            return false;
        }
        List<Integer> numbers = cells.stream().filter(cell -> WHOLE_NUMBER.matcher(cell).matches())
                .map(Integer::valueOf).toList();
        long rising = IntStream.range(1, numbers.size()).filter(i -> numbers.get(i) > numbers.get(i - 1)).count();
        return numbers.size() < 2 || rising >= (numbers.size() - 1) * REFERENCE_SHARE;
    }

    /** The filled cells of one column. */
    static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().filter(row -> index < row.size()).map(row -> row.get(index).strip())
                .filter(cell -> !cell.isEmpty()).toList();
    }
}
