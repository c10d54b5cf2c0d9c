package org.agendapack.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Table;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.PageSelection;
import org.agendapack.source.SourceDocument;
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
     * @param pages the pages to read; the others are not read at all
     * @param area  [top, left, bottom, right] in PDF points from the top-left, or null for the whole page
     */
    public static List<Table> extract(Path file, PageSelection pages, double[] area, TableEngine.Mode mode)
            throws SourceException {
        SourceDocument source = Sources.open(file, null, pages);
        List<TablePage> tablePages = new ArrayList<>();
        for (SourcePage page : source.pages()) {
            TablePage whole = TablePage.of(page, source.paged());
            tablePages.add(area == null ? whole : new TablePage(whole.physical(), whole.printed(), whole.width(),
                    whole.height(), within(page.lines(), area), page.rulings()));
        }
        return TableEngine.find(tablePages, mode);
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
