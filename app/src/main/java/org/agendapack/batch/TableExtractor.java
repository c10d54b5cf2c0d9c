package org.agendapack.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Table;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.PageSelection;
import org.agendapack.source.PageSpill;
import org.agendapack.source.SourceException;
import org.agendapack.source.SourcePage;
import org.agendapack.source.Sources;
import org.agendapack.source.Word;
import org.agendapack.table.TableEngine;
import org.agendapack.table.TablePage;

/**
 * Tables of any PDF or text file, page by page, optionally within an area: the {@code tables} command's job.
 * Nothing is taken for page furniture: the file need not be a council's.
 */
public final class TableExtractor {

    private TableExtractor() {
    }

    /**
     * @param password the password for an encrypted PDF, or null
     * @param pages    the pages to read; the others are not read at all
     * @param area     [top, left, bottom, right] in PDF points from the top-left, or null for the whole page
     */
    public static List<Table> extract(Path file, String password, PageSelection pages, double[] area,
                                      TableEngine.Mode mode) throws SourceException {
        return extract(file, password, pages, area, mode, PageSpill.DEFAULT_BUDGET);
    }

    /** Extracts the tables, keeping pages in memory up to {@code memoryBudget} bytes and the others on disk. */
    static List<Table> extract(Path file, String password, PageSelection pages, double[] area, TableEngine.Mode mode,
                               long memoryBudget) throws SourceException {
        // pages are kept in the spill as they are read, so a large file is not held whole
        try (PageSpill spill = PageSpill.withBudget(memoryBudget)) {
            Sources.Read<TablePage> read = Sources.read(file, password, pages, 1,
                    (page, paged) -> tablePage(page, paged, area, spill));
            return TableEngine.find(read.pages(), mode);
        }
    }

    private static TablePage tablePage(SourcePage page, boolean paged, double[] area, PageSpill spill) {
        TablePage whole = TablePage.of(page, paged);
        PageSpill.Kept kept = spill.keep(area == null ? whole.lines() : within(page.lines(), area), page.rulings());
        return new TablePage(whole.physical(), whole.printed(), whole.width(), whole.height(), kept.lines(),
                kept.rulings());
    }

    private static List<Line> within(List<Line> lines, double[] area) {
        return lines.stream().map(line -> within(line, area)).filter(line -> line != null).toList();
    }

    /** The part of a line inside the area (by word centres), or null when none of it is. */
    private static Line within(Line line, double[] area) {
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : line.cells()) {
            List<Word> words = cell.words().stream().filter(word -> inside(word.box(), area)).toList();
            if (!words.isEmpty()) {
                cells.add(new Cell(words));
            }
        }
        return cells.isEmpty() ? null : new Line(cells, line.direction());
    }

    private static boolean inside(Box box, double[] area) {
        return box == null || box.centerY() >= area[0] && box.centerX() >= area[1] && box.centerY() <= area[2]
                && box.centerX() <= area[3];
    }
}
