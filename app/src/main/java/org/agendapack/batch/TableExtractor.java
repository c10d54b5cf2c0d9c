package org.agendapack.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendapack.model.Table;
import org.agendapack.parse.TableFinder;
import org.agendapack.segment.FurnitureDetector;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.SourceDocument;
import org.agendapack.source.SourceException;
import org.agendapack.source.Sources;
import org.agendapack.source.Word;

/** Tables of any PDF or text file, page by page, optionally within an area: the {@code tables} command's job. */
public final class TableExtractor {

    private TableExtractor() {
    }

    /**
     * @param pages the physical pages to read (1-based), or null for all
     * @param area  [top, left, bottom, right] in PDF points from the top-left, or null for the whole page
     */
    public static List<Table> extract(Path file, Set<Integer> pages, double[] area, TableFinder.Mode mode)
            throws SourceException {
        SourceDocument source = Sources.open(file);
        List<PageLine> lines = new ArrayList<>();
        for (var sourcePage : source.pages()) {
            if (pages != null && !pages.contains(sourcePage.index())) {
                continue;
            }
            PackPage page = FurnitureDetector.detect(sourcePage, source.paged());
            for (Line line : page.body()) {
                Line kept = area == null ? line : within(line, area);
                if (kept != null) {
                    lines.add(new PageLine(kept, page, page.stampedPrinted()));
                }
            }
        }
        return TableFinder.find(lines, null, null, 1, mode);
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
