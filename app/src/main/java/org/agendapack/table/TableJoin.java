package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.agendapack.model.Table;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * Whether a table goes on from the previous page, and the two joined into one. The layout says so: the table
 * ends near the bottom of its page, the next part starts near the top of the next page with nothing between
 * but a few notes, and it either has the same columns in the same places and no header of its own, or repeats
 * the header; or it is captioned as continued. A heading, a caption or a header of its own starts a new table.
 */
final class TableJoin {

    /** A table as found on its page (for a joined table: its last part). */
    record Found(Table table, TableGrid grid, TablePage page) {
    }

    /** A table ends near the bottom of its page when it reaches below this share of the page's height. */
    private static final double NEAR_BOTTOM = 0.6;
    /** A table starts near the top of its page when it starts above this share of the page's height. */
    private static final double NEAR_TOP = 0.4;
    /** Lines under a table that still let it go on: notes and sources, not text of the page's own. */
    private static final int MAX_NOTES = 3;
    /** Lines above the next part that still let it carry the table on: a running head, a caption. */
    private static final int MAX_LEAD = 2;
    /** Columns whose left and right ends are this close (points) are the same columns. */
    private static final double SAME_EDGE = 12;
    /** A repeated header agrees with the first in this many labelled columns at least. */
    private static final int MIN_LABELS_REPEATED = 2;
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:table|figure|chart|graph)\\s+\\d+.*");
    /**
     * A mark that a table goes on: {@code continued} (or {@code cont'd}) ending a caption or a short line, as in
     * {@code Table 2 (continued)} or {@code continued from previous page}; in running prose ({@code services
     * continued to grow}) the word says nothing of the table.
     */
    private static final Pattern CONTINUED = Pattern.compile("(?i)\\b(?:continued|cont'?d|contd)\\.?"
            + "(?:\\s+(?:from|on)\\s+(?:the\\s+)?(?:previous|last|next)\\s+page|\\s+overleaf)?\\s*[)\\]]?\\s*:?$");
    /** A line longer than this is text, not a caption or a running head saying a table goes on. */
    private static final int MARK_LENGTH = 80;

    private TableJoin() {
    }

    static boolean continues(Found previous, Found next) {
        Integer page = previous.table().pageEnd();
        Table table = next.table();
        if (page == null || table.pageStart() == null || table.pageStart() != page + 1
                || previous.table().columns().size() != table.columns().size()) {
            return false;
        }
        List<Line> between = new ArrayList<>(after(previous));
        List<Line> lead = before(next);
        between.addAll(lead);
        boolean continued = lead.stream().anyMatch(line -> marksContinued(line.plainText()))
                || table.caption() != null && marksContinued(table.caption());
        if (!continued && (table.caption() != null || between.stream().anyMatch(TableJoin::startsSomething))) {
            return false;
        }
        boolean repeatedHeader = table.headerRows() > 0 && (repeats(table.columns(), previous.table().columns())
                || repeatsTopRows(table.header(), previous.table().header()));
        if (continued) {
            return true;
        }
        // a header of its own that is not the previous one repeated heads a new table
        return (repeatedHeader || table.headerRows() == 0 && sameEdges(previous.grid().bbox(), next.grid().bbox()))
                && text(after(previous), previous) <= MAX_NOTES && text(lead, next) <= MAX_LEAD
                && nearBottom(previous) && nearTop(next);
    }

    private static boolean marksContinued(String text) {
        return text.length() <= MARK_LENGTH && CONTINUED.matcher(text).find();
    }

    /**
     * Whether a header repeats another: the labels agree (but for case and spacing, or one cut short of the
     * other) in every column but one at most, the stub's label often naming the part of the table that goes
     * on, and in two columns at least that have labels.
     */
    static boolean repeats(List<String> header, List<String> previous) {
        int same = 0;
        int labelled = 0;
        for (int c = 0; c < header.size(); c++) {
            String first = normalised(header.get(c));
            String second = normalised(previous.get(c));
            String shorter = first.length() <= second.length() ? first : second;
            boolean agree = first.equals(second) || !shorter.isEmpty()
                    && (first.startsWith(second) || second.startsWith(first));
            same += agree ? 1 : 0;
            labelled += agree && !shorter.isEmpty() ? 1 : 0;
        }
        return same >= header.size() - 1 && labelled >= MIN_LABELS_REPEATED;
    }

    /**
     * Whether a header reprints the top rows of another as they were printed, or is their top: a deep header cut
     * short at the page break ({@code Intervention | Number of responses} without its {@code Baseline | End} row),
     * or a header whose last row went over to the next page, printed there again with the rest.
     */
    static boolean repeatsTopRows(List<List<String>> header, List<List<String>> previous) {
        if (header.isEmpty() || previous.isEmpty()) {
            return false;
        }
        for (int r = 0; r < Math.min(header.size(), previous.size()); r++) {
            List<String> row = header.get(r).stream().map(TableJoin::normalised).toList();
            if (!row.equals(previous.get(r).stream().map(TableJoin::normalised).toList())) {
                return false;
            }
        }
        return header.get(0).stream().filter(cell -> !cell.isBlank()).count() >= MIN_LABELS_REPEATED;
    }

    private static String normalised(String label) {
        return label.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** A caption, or a heading: a line of one cell all in bold. */
    private static boolean startsSomething(Line line) {
        return CAPTION.matcher(line.plainText()).matches() || line.bold() && line.cells().size() == 1;
    }

    /**
     * How many of the lines are the page's own text: one cell starting at the table's left edge. Lines of
     * several cells, or starting inside the table, are rows that ran past its box (a last row left open at
     * the page break) or the page's number, not text between two tables.
     */
    private static long text(List<Line> lines, Found found) {
        Box box = found.grid().bbox();
        return lines.stream().filter(line -> box == null || line.cells().size() == 1
                && Math.abs(line.box().x() - box.x()) <= SAME_EDGE).count();
    }

    /** The lines under the table on its page. */
    private static List<Line> after(Found found) {
        Box box = found.grid().bbox();
        return box == null ? found.grid().below() : found.page().lines().stream()
                .filter(line -> line.box() != null && line.direction() == 0 && line.box().y() >= box.bottom())
                .toList();
    }

    /** The lines above the table on its page. */
    private static List<Line> before(Found found) {
        Box box = found.grid().bbox();
        return box == null ? found.grid().above() : found.page().lines().stream()
                .filter(line -> line.box() != null && line.direction() == 0 && line.box().bottom() <= box.y())
                .toList();
    }

    private static boolean nearBottom(Found found) {
        Box box = found.grid().bbox();
        Double height = found.page().height();
        return box == null || height == null || box.bottom() >= NEAR_BOTTOM * height;
    }

    private static boolean nearTop(Found found) {
        Box box = found.grid().bbox();
        Double height = found.page().height();
        return box == null || height == null || box.y() <= NEAR_TOP * height;
    }

    private static boolean sameEdges(Box first, Box second) {
        return first == null || second == null
                || Math.abs(first.x() - second.x()) <= SAME_EDGE && Math.abs(first.right() - second.right()) <= SAME_EDGE;
    }

    /** The two parts as one table; the next part's header, repeated or its own, is not a data row. */
    static Table joined(Table previous, Table next) {
        List<List<String>> rows = new ArrayList<>(previous.rows());
        List<Table.Span> spans = new ArrayList<>(previous.spans());
        next.spans().forEach(span -> spans.add(new Table.Span(span.row() + rows.size(), span.column(), span.rows(),
                span.columns())));
        rows.addAll(next.rows());
        List<Boolean> sections = new ArrayList<>(previous.sectionRows());
        sections.addAll(next.sectionRows());
        List<Integer> rowPages = previous.rowPages() == null || next.rowPages() == null ? null
                : new ArrayList<>(previous.rowPages());
        if (rowPages != null) {
            rowPages.addAll(next.rowPages());
        }
        return new Table(previous.id(), previous.document(), previous.agendaItem(), previous.caption(),
                MetricKind.of(previous.header(), previous.columns(), rows, sections, previous.caption()),
                previous.headerRows(), previous.header(), previous.columns(), rows, spans, sections, previous.method(),
                previous.pageStart(), next.pageEnd(), previous.printedPageStart(), next.printedPageEnd(),
                previous.bbox(), Math.min(previous.confidence(), next.confidence()), rowPages);
    }
}
