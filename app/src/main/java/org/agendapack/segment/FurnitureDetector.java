package org.agendapack.segment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.FurniturePatterns;
import org.agendapack.source.Line;
import org.agendapack.source.SourcePage;

/**
 * Recognises pack furniture on a page: the {@code Page N} footer, the {@code Agenda Item N} stamp, the
 * {@code Public Document Pack} banner and the blank filler. Furniture is matched cell by cell, not line by
 * line, because on landscape pages the rotated stamps can sit beside or on top of table cells; on PDF pages a
 * candidate must also lie in a margin (or be rotated) so that a "Page 5" inside the text is left alone.
 */
public final class FurnitureDetector {

    /** The share of the page, from each edge, where stamps and footers are printed. */
    private static final double MARGIN = 0.15;
    private static final Pattern FOOTER = FurniturePatterns.PAGE_NUMBER;

    private FurnitureDetector() {
    }

    public static PackPage detect(SourcePage page, boolean physical) {
        List<Line> lines = new ArrayList<>(page.lines());
        // each cell's text is joined once for the four looks; a cell taken out leaves the others as they were
        Map<Cell, String> texts = new IdentityHashMap<>();
        Function<Cell, String> text = cell -> texts.computeIfAbsent(cell, Cell::text);
        Integer printed = take(lines, page, (cell, line) -> isFurniture(FOOTER, text.apply(cell), cell, line, page))
                .map(found -> matchedNumber(FurniturePatterns.PAGE_NUMBER, found)).map(Integer::valueOf)
                .orElse(null);
        String stampText = take(lines, page, (cell, line) -> FurniturePatterns.isAgendaItemStamp(text.apply(cell))
                && inMargin(cell, line, page)).orElse(null);
        String stamp = stampText == null ? null : matchedNumber(FurniturePatterns.AGENDA_ITEM_STAMP, stampText);
        boolean banner = (stampText != null && FurniturePatterns.PACK_BANNER.matcher(stampText).find())
                || take(lines, page, (cell, line) -> isFurniture(FurniturePatterns.PACK_BANNER, text.apply(cell), cell,
                line, page)).isPresent();
        boolean filler = take(lines, page, (cell, line) -> FurniturePatterns.isBlankFiller(text.apply(cell)))
                .isPresent();
        boolean blank = filler && lines.stream().allMatch(Line::isBlank);
        return new PackPage(page.index(), physical, page.width(), page.height(), page.rotation(), printed, stamp,
                banner, blank, Line.trimBlankLines(lines), page.rulings());
    }

    private interface CellTest {
        boolean test(Cell cell, Line line);
    }

    /**
     * Finds the best matching cell (the one deepest in the page's margin; for text input the last one), removes
     * it from its line and returns its text.
     */
    private static Optional<String> take(List<Line> lines, SourcePage page, CellTest test) {
        int bestLine = -1;
        int bestCell = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            for (int c = 0; c < line.cells().size(); c++) {
                Cell cell = line.cells().get(c);
                if (!cell.isEmpty() && test.test(cell, line)) {
                    double score = marginDepth(cellBox(cell), page, l);
                    if (score >= bestScore) {
                        bestScore = score;
                        bestLine = l;
                        bestCell = c;
                    }
                }
            }
        }
        if (bestLine < 0) {
            return Optional.empty();
        }
        Line line = lines.get(bestLine);
        String text = line.cells().get(bestCell).text();
        Line rest = withoutCell(line, bestCell);
        if (rest.isBlank()) {
            lines.remove(bestLine);
        } else {
            lines.set(bestLine, rest);
        }
        return Optional.of(text);
    }

    /** How far into a margin a cell lies; text input has no positions, so later lines win there. */
    private static double marginDepth(Box box, SourcePage page, int lineIndex) {
        if (box == null || page.width() == null) {
            return lineIndex;
        }
        double vertical = Math.max(page.height() - box.centerY(), box.centerY()) / page.height();
        double horizontal = Math.max(page.width() - box.centerX(), box.centerX()) / page.width();
        return Math.max(vertical, horizontal);
    }

    /**
     * A TAB row keeps an empty cell in place of the furniture so its columns stay aligned; positioned cells
     * simply go.
     */
    private static Line withoutCell(Line line, int index) {
        List<Cell> cells = new ArrayList<>(line.cells());
        boolean positioned = cellBox(cells.get(index)) != null;
        if (positioned || cells.size() == 1) {
            cells.remove(index);
        } else {
            cells.set(index, new Cell(List.of()));
        }
        return new Line(cells, line.direction());
    }

    private static boolean isFurniture(Pattern pattern, String text, Cell cell, Line line, SourcePage page) {
        return pattern.matcher(text.strip()).matches() && inMargin(cell, line, page);
    }

    /** Text input: the first cell of a line. PDF: within a margin band, or rotated. */
    private static boolean inMargin(Cell cell, Line line, SourcePage page) {
        Box box = cellBox(cell);
        if (box == null || page.width() == null) {
            return line.cells().indexOf(cell) == 0;
        }
        if (line.direction() != 0) {
            return true;
        }
        return box.bottom() <= page.height() * MARGIN || box.y() >= page.height() * (1 - MARGIN);
    }

    private static Box cellBox(Cell cell) {
        return new Line(List.of(cell), 0).box();
    }

    private static String matchedNumber(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
