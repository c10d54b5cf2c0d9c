package org.agendapack.table;

import java.util.List;

/**
 * Section rows: a row of a table of three columns or more with only its label filled ({@code SPENDING},
 * {@code Northern districts}), in the first column, or in the second after an empty reference cell when set
 * as a banner (in capitals or ending with a colon; a wrapped line of a long name there is no section). They
 * head the rows below them and hold no values.
 */
final class SectionRows {

    private static final int MIN_COLUMNS = 3;

    private SectionRows() {
    }

    static List<Boolean> of(List<List<String>> rows, int columns) {
        return rows.stream().map(row -> columns >= MIN_COLUMNS && isSection(row)).toList();
    }

    static boolean isSection(List<String> row) {
        List<Integer> filled = java.util.stream.IntStream.range(0, row.size())
                .filter(c -> !row.get(c).isBlank()).boxed().toList();
        if (filled.size() != 1 || Figures.isFigure(row.get(filled.get(0)))) {
            return false;
        }
        String text = row.get(filled.get(0)).strip();
        return filled.get(0) == 0 || filled.get(0) == 1 && isBanner(text);
    }

    /** A heading set as a banner: in capitals, or ending with a colon (a wrapped line of a name is neither). */
    private static boolean isBanner(String text) {
        return text.endsWith(":") || text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }
}
