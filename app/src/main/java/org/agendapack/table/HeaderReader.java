package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.model.Table.Span;

/**
 * Reads a grid's header: the rows of text above the first row of figures (any depth up to
 * {@link #MAX_HEADER_ROWS}), kept as printed, and merged into one name per column. A group label spanning
 * columns (a merged cell, or a label with empty cells to its right over labelled cells below) is prefixed to
 * every column it spans ({@code Number of responses Baseline}, {@code 2025-26 Core £000s}); a word a converter
 * broke over two cells ({@code Number of r | esponses}) is joined first. A first row with a single cell merged over
 * the header, or over a first column named below it, is the table's title, kept apart from the column names.
 */
final class HeaderReader {

    /** The deepest header read; a table with more rows of text before its figures is read as text. */
    static final int MAX_HEADER_ROWS = 6;
    /** A title row stands over tables of this many columns or more (a narrower table's lone cell is a name). */
    private static final int MIN_TITLED_COLUMNS = 3;
    /** A first row of texts this short or shorter is a header in a table without figures. */
    private static final int SHORT_HEADER_CELL = 40;
    /** A sentence cut by the column rules falls into this many pieces at least (two may be a broken label). */
    private static final int MIN_SLICES = 3;
    private static final Pattern ORDINAL = Pattern.compile("^\\(?\\d{1,3}[.)]?$|^\\(?[a-z][.)]$");
    /**
     * The start of a word cut short in one cell (a single letter after a space, not the words {@code a} or
     * {@code I}) and the rest of it opening the next in lower case.
     */
    private static final Pattern BROKEN_WORD_END = Pattern.compile("(?:.*\\s)?(?![aAI]$)\\p{L}$");
    private static final Pattern BROKEN_WORD_START = Pattern.compile("^\\p{Ll}.*");
    private static final Pattern ENDS_WITH_LETTER = Pattern.compile(".*\\p{L}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A word's last letter set apart ({@code assessmen t}). */
    private static final Pattern LAST_LETTER_APART = Pattern.compile("(\\p{L}{4,})\\s+([b-z])(?![\\p{L}\\d-])");
    /** A hyphenated break ({@code Post- project}). */
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\p{L})-\\s+(\\p{Ll})");

    private HeaderReader() {
    }

    /**
     * @param rows    how many of the grid's rows are header rows
     * @param printed those rows as printed
     * @param columns one merged name per column
     * @param title   the text of a title row over the header, or null
     */
    record Header(int rows, List<List<String>> printed, List<String> columns, String title) {
    }

    static Header read(TableGrid grid) {
        List<List<String>> cells = spread(grid);
        int rows = headerRows(cells);
        // a section heading merged across the table is a section as printed, though spread it fills every column
        while (rows > 1 && SectionRows.isSection(grid.cells().get(rows - 1))) {
            rows--;
        }
        int columns = grid.columnCount();
        String title = rows >= 2 && columns >= MIN_TITLED_COLUMNS ? title(grid) : null;
        int first = title == null ? 0 : 1;
        for (int r = first; r + 1 < rows; r++) {
            joinBrokenWords(cells.get(r), cells.get(r + 1));
            spreadGroupLabels(cells, r, rows, spannedColumns(grid, r));
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            StringBuilder name = new StringBuilder();
            for (int r = first; r < rows; r++) {
                String text = c < cells.get(r).size() ? cells.get(r).get(c) : "";
                if (!text.isEmpty() && !name.toString().endsWith(text)) {
                    name.append(name.length() == 0 ? "" : " ").append(text);
                }
            }
            names.add(rejoin(name.toString()));
        }
        return new Header(rows, grid.cells().subList(0, rows), names, title);
    }

    /**
     * A first row with one cell filled names the table, not its columns, when that cell is merged over several
     * columns or the first column is named again below it; else ({@code Measure} over an empty cell) it is
     * the first column's name.
     */
    private static String title(TableGrid grid) {
        List<String> row = grid.cells().get(0);
        List<Integer> filled = java.util.stream.IntStream.range(0, row.size()).filter(c -> !row.get(c).isBlank())
                .boxed().toList();
        if (filled.size() != 1) {
            return null;
        }
        int column = filled.get(0);
        boolean merged = grid.spans().stream().anyMatch(span -> span.row() == 0 && span.column() == column
                && span.columns() > 1);
        boolean namedBelow = !grid.cells().get(1).get(0).isBlank();
        return merged || namedBelow ? row.get(column).strip() : null;
    }

    /** The rows before the first row of figures, less the section rows just above it. */
    static int headerRows(List<List<String>> cells) {
        boolean[] figureColumns = figureColumns(cells);
        for (int r = 0; r < Math.min(cells.size(), MAX_HEADER_ROWS + 1); r++) {
            if (isDataRow(cells.get(r), figureColumns)) {
                int rows = r;
                while (rows > 1 && SectionRows.isSection(cells.get(rows - 1))) {
                    rows--;
                }
                // a banner sentence over the figures, cut into pieces by the column rules, names no column
                return rows == 1 && isSlicedSentence(cells.get(0)) ? 0 : rows;
            }
        }
        // no figures at all: the rows above numbered rows (1., 2., …), else a first row of short texts
        for (int r = 0; r + 1 < cells.size() && r <= MAX_HEADER_ROWS; r++) {
            if (ORDINAL.matcher(cells.get(r).get(0)).matches() && ORDINAL.matcher(cells.get(r + 1).get(0)).matches()) {
                return r;
            }
        }
        boolean shortTexts = cells.get(0).stream().allMatch(cell -> cell.length() <= SHORT_HEADER_CELL);
        return cells.size() > 1 && shortTexts ? 1 : 0;
    }

    /**
     * A row of one sentence printed across the columns and cut at each rule ({@code We ta | ke act | ion t}):
     * three pieces or more, every piece but the last ending in a letter and the next going on in lower case.
     * A group label broken over its columns ({@code Perso | nal wellbei | ng | Inte}) has a whole word somewhere.
     */
    static boolean isSlicedSentence(List<String> row) {
        List<String> pieces = row.stream().filter(cell -> !cell.isBlank()).map(String::strip).toList();
        return pieces.size() >= MIN_SLICES && java.util.stream.IntStream.range(1, pieces.size())
                .allMatch(i -> ENDS_WITH_LETTER.matcher(pieces.get(i - 1)).matches()
                        && BROKEN_WORD_START.matcher(pieces.get(i)).matches());
    }

    /** The columns mostly of figures, over all rows: where a row of figures shows itself in a wide table. */
    private static boolean[] figureColumns(List<List<String>> cells) {
        int columns = cells.stream().mapToInt(List::size).max().orElse(0);
        boolean[] figures = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            figures[c] = LabelColumns.isFigureColumn(LabelColumns.column(cells, c));
        }
        return figures;
    }

    /**
     * A row of figures: at least half of its filled cells are figures, counting the cells in the table's figure
     * columns when it has any (a wide table's text columns say nothing; there a figure with a note after it counts
     * too), else every cell but the row's label (that counted only when it is a figure itself).
     */
    private static boolean isDataRow(List<String> row, boolean[] figureColumns) {
        boolean anyFigureColumn = false;
        for (boolean figure : figureColumns) {
            anyFigureColumn |= figure;
        }
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            boolean counted = anyFigureColumn ? figureColumns[c] : c > 0 || Figures.isFigure(cell);
            if (!cell.isBlank() && counted) {
                values.add(cell);
            }
        }
        boolean notesCount = anyFigureColumn;
        long figures = values.stream().filter(cell -> Figures.isFigure(cell) || notesCount && opensWithFigure(cell))
                .count();
        return figures > 0 && figures * 2 >= values.size();
    }

    /** A figure with a note after it ({@code 4 existing: contact not a new referral}), in a column of figures. */
    private static boolean opensWithFigure(String cell) {
        String[] words = SPACES.split(cell.strip(), 2);
        return words.length == 2 && Figures.isFigure(words[0]);
    }

    /** The cells with each merged cell's text repeated over the rows and columns it covers. */
    private static List<List<String>> spread(TableGrid grid) {
        List<List<String>> cells = new ArrayList<>();
        grid.cells().forEach(row -> cells.add(new ArrayList<>(row)));
        for (Span span : grid.spans()) {
            String text = cells.get(span.row()).get(span.column());
            for (int c = span.column(); c < span.column() + span.columns(); c++) {
                for (int r = span.row(); r < span.row() + span.rows() && r < cells.size(); r++) {
                    cells.get(r).set(c, text);
                }
            }
        }
        return cells;
    }

    /** The columns of row {@code r} that a merged cell of the grid covers (those are spread already). */
    private static boolean[] spannedColumns(TableGrid grid, int r) {
        boolean[] spanned = new boolean[grid.columnCount()];
        grid.spans().stream().filter(span -> span.row() <= r && r < span.row() + span.rows())
                .forEach(span -> java.util.Arrays.fill(spanned, span.column(), span.column() + span.columns(), true));
        return spanned;
    }

    /** {@code Number of r | esponses}: the two cells become one label in the first, the second left empty. */
    private static void joinBrokenWords(List<String> row, List<String> below) {
        for (int c = 0; c + 1 < row.size(); c++) {
            String left = row.get(c);
            String right = row.get(c + 1);
            if (BROKEN_WORD_END.matcher(left).matches() && BROKEN_WORD_START.matcher(right).matches()
                    && !below.get(c).isBlank() && !below.get(c + 1).isBlank()) {
                row.set(c, left + right);
                row.set(c + 1, "");
            }
        }
    }

    /**
     * A label with empty cells to its right, over columns labelled in the rows below, spans those columns: it
     * is repeated in each.
     */
    private static void spreadGroupLabels(List<List<String>> cells, int r, int headerRows, boolean[] spanned) {
        List<String> row = cells.get(r);
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).isBlank() || spanned[c]) {
                continue;
            }
            int end = c + 1;
            while (end < row.size() && row.get(end).isBlank() && !spanned[end]
                    && labelledBelow(cells, r, headerRows, end)) {
                end++;
            }
            List<String> next = cells.get(r + 1);
            boolean wrapped = goesOnBelow(row.get(c), c < next.size() ? next.get(c) : "");
            if (end > c + 1 && labelledBelow(cells, r, headerRows, c) && !wrapped) {
                for (int k = c + 1; k < end; k++) {
                    row.set(k, row.get(c));
                }
            }
            c = end - 1;
        }
    }

    /**
     * The first line of a name wrapped in its own column ({@code To what extent do you agree with} /
     * {@code the statement ...}): it ends on a joining word or the cell below opens in lower case. It names
     * that column only.
     */
    private static boolean goesOnBelow(String label, String below) {
        return WrappedRows.endsOpen(label.strip()) || WrappedRows.startsLowerCase(below.strip());
    }

    private static boolean labelledBelow(List<List<String>> cells, int r, int headerRows, int c) {
        for (int below = r + 1; below < headerRows; below++) {
            if (c < cells.get(below).size() && !cells.get(below).get(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rejoins words that a converter split across cells or lines of a header: a hyphenated break
     * ({@code Post- project}) and a word's last letters set apart ({@code assessmen t}).
     */
    static String rejoin(String label) {
        return HYPHEN_BREAK.matcher(LAST_LETTER_APART.matcher(label).replaceAll("$1$2")).replaceAll("$1-$2");
    }
}
