package org.agendapack.model;

import java.util.List;

/**
 * A table found in the input.
 *
 * @param id         {@code t1}, {@code t2}, ... in input order
 * @param document   the id of the document it is in, or null
 * @param kind       {@code metric} when most value cells (outside the label columns) are figures; else
 *                   {@code other}
 * @param headerRows how many of the source's rows were merged into {@code columns}
 * @param header     those header rows as printed, one string per column (a merged cell's text in its first
 *                   column)
 * @param columns    one label per column (header rows merged)
 * @param rows       the data rows, one string per column
 * @param spans      merged cells of the data rows ({@code row}, {@code column} 0-based within {@code rows})
 * @param method     {@code lattice} (ruled), {@code stream} (aligned words) or {@code text} (a text input's
 *                   TAB, pipe or HTML table)
 * @param bbox       [x0, y0, x1, y1] on the first page in PDF points from the top-left (PDF only)
 * @param confidence 0..1: how sure the detection is that this is a table with this structure
 * @param rowPages   the page each data row is on (a table continued over pages has rows on several), or null
 *                   for input without pages
 */
public record Table(String id, String document, String agendaItem, String caption, TableKind kind,
                    int headerRows, List<List<String>> header,
                    List<String> columns, List<List<String>> rows, List<Span> spans, List<Boolean> sectionRows,
                    String method, Integer pageStart, Integer pageEnd, Integer printedPageStart,
                    Integer printedPageEnd, List<Double> bbox, double confidence,
                    List<Integer> rowPages) {

    public Table {
        header = header == null ? List.of() : header.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        spans = List.copyOf(spans);
        sectionRows = List.copyOf(sectionRows);
        bbox = bbox == null ? null : List.copyOf(bbox);
        rowPages = rowPages == null ? null : List.copyOf(rowPages);
    }

    /** The same table known by another id, in a document and under an agenda item (either may be null). */
    public Table in(String newId, String newDocument, String newAgendaItem) {
        return new Table(newId, newDocument, newAgendaItem, caption, kind, headerRows, header, columns, rows, spans,
                sectionRows, method, pageStart, pageEnd, printedPageStart, printedPageEnd, bbox, confidence,
                rowPages);
    }

    /** A merged cell: it starts at ({@code row}, {@code column}) and covers the given rows and columns. */
    public record Span(int row, int column, int rows, int columns) {
    }
}
