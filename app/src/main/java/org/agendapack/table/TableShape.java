package org.agendapack.table;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a ruled grid holds a table: text in at least two rows and two columns of cells (or one row of three
 * cells or more), most of its rows of text in several cells, in a real share of its cells. Chart frames and
 * gridlines, bars, diagram and flowchart boxes, boxed text and forms of one or two cells are ruled too, and are
 * not tables; their words are left to be read as text.
 */
final class TableShape {

    private static final int MIN_FILLED_CELLS_IN_LINE = 2;
    private static final int MIN_LINES = 2;
    /** A single row is a table's row (the last of a table continued from the page before) with this many cells. */
    private static final int MIN_CELLS_OF_ONE_ROW = 3;
    /**
     * At least this share of a table's cells hold text, unless it is headed along its first row and first column (a
     * matrix of ticks); a chart's plot area is mostly empty and its labels stand outside it.
     */
    private static final double MIN_FILLED_SHARE = 0.3;
    /**
     * At least this share of the rows that hold text fill two cells or more: a table's rows set values beside their
     * labels, where a diagram's boxes stand one to a row, its connectors drawing the columns between them.
     */
    private static final double MIN_FULL_ROW_SHARE = 0.5;
    /** At most this share of the words run across a column rule; text laid over a chart's gridlines does. */
    static final double MAX_CROSSING_SHARE = 0.1;

    private TableShape() {
    }

    /**
     * Whether the cells (a merged cell's text in its first position, {@code owned} false in the positions it
     * covers) make a table.
     */
    static boolean isTable(List<List<String>> cells, boolean[][] owned) {
        int rows = cells.size();
        int columns = rows == 0 ? 0 : cells.get(0).size();
        int filledRows = 0;
        int textRows = 0;
        int widestRow = 0;
        int cellCount = 0;
        int filledCount = 0;
        int[] filledInColumn = new int[columns];
        for (int r = 0; r < rows; r++) {
            int filledInRow = 0;
            for (int c = 0; c < columns; c++) {
                if (!owned[r][c]) {
                    continue;
                }
                cellCount++;
                if (!cells.get(r).get(c).isBlank()) {
                    filledCount++;
                    filledInRow++;
                    filledInColumn[c]++;
                }
            }
            widestRow = Math.max(widestRow, filledInRow);
            if (filledInRow > 0) {
                textRows++;
            }
            if (filledInRow >= MIN_FILLED_CELLS_IN_LINE) {
                filledRows++;
            }
        }
        long filledColumns = Arrays.stream(filledInColumn).filter(n -> n >= MIN_FILLED_CELLS_IN_LINE).count();
        boolean rowsAndColumns = filledRows >= MIN_LINES && filledColumns >= MIN_LINES
                || rows == 1 && widestRow >= MIN_CELLS_OF_ONE_ROW;
        boolean mostlyFullRows = filledRows >= textRows * MIN_FULL_ROW_SHARE;
        return rowsAndColumns && mostlyFullRows
                && (filledCount >= cellCount * MIN_FILLED_SHARE || headed(cells, owned, filledInColumn[0]));
    }

    private static boolean headed(List<List<String>> cells, boolean[][] owned, int filledInFirstColumn) {
        long filledInFirstRow = 0;
        for (int c = 0; c < cells.get(0).size(); c++) {
            if (owned[0][c] && !cells.get(0).get(c).isBlank()) {
                filledInFirstRow++;
            }
        }
        return filledInFirstRow >= MIN_LINES && filledInFirstColumn >= MIN_LINES;
    }
}
