package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.agendapack.model.Table.Span;

/**
 * Body rows that are lines of one printed row, joined back into it. A row label too long for its cell wraps,
 * and every method (rules drawn under each line, aligned words, text lines) may give each printed line a row of
 * its own. The value stands on the label's last line, so:
 * <ul>
 * <li>a row with only its label, which ends on a joining word ({@code with}, {@code and}) or a comma, or is
 * followed by a row whose label goes on in lower case, is the first part of the next row's label;</li>
 * <li>a row with only its label, starting in lower case, after a row with values, is the end of that row's
 * label;</li>
 * <li>a row without a label whose filled cells are words under words, in columns of figures, is the cell above
 * carried on ({@code 4 existing: contact not a} / {@code new referral}).</li>
 * </ul>
 * A section row ({@code SPENDING}, {@code Northern districts}) neither ends on a joining word nor leads into
 * a lower-case label, so it stays a row.
 */
final class WrappedRows {

    /** Words a line of a label does not end on unless the label goes on in the next line. */
    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "with", "without", "of", "for", "to",
            "in", "on", "by", "from", "at", "the", "a", "an", "per", "than", "including", "excluding", "&");

    /** The rows joined, and where each first row went. */
    record Joined(List<List<String>> rows, int[] newIndex) {

        /** The spans of the first rows, moved to the joined rows. */
        List<Span> spans(List<Span> spans) {
            return spans.stream().map(span -> {
                int first = newIndex[span.row()];
                int last = newIndex[Math.min(newIndex.length - 1, span.row() + span.rows() - 1)];
                return new Span(first, span.column(), last - first + 1, span.columns());
            }).distinct().toList();
        }
    }

    private WrappedRows() {
    }

    static Joined of(List<List<String>> rows) {
        int labels = Math.max(1, LabelColumns.of(rows, rows.stream().map(row -> false).toList()));
        List<Boolean> figureColumns = IntStream.range(0, rows.stream().mapToInt(List::size).max().orElse(0))
                .mapToObj(c -> c >= labels && LabelColumns.isFigureColumn(LabelColumns.column(rows, c))).toList();
        List<List<String>> joined = new ArrayList<>();
        int[] newIndex = new int[rows.size()];
        List<String> pending = null;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            List<String> previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (pending != null) {
                // the look-ahead made sure this row has values
                row = prefixed(pending, row, labels);
                pending = null;
            }
            if (previous != null && hasValues(previous, labels) && isLabelOnly(row, labels)
                    && startsLowerCase(label(row, labels))) {
                joined.set(joined.size() - 1, cellwise(previous, row));
            } else if (previous != null && !hasLabel(row, labels) && carriesOn(previous, row, figureColumns)) {
                joined.set(joined.size() - 1, cellwise(previous, row));
            } else if (isLabelOnly(row, labels) && r + 1 < rows.size() && hasValues(rows.get(r + 1), labels)
                    && (endsOpen(label(row, labels)) || startsLowerCase(label(rows.get(r + 1), labels)))) {
                pending = row;
                newIndex[r] = joined.size();
                continue;
            } else {
                joined.add(row);
            }
            newIndex[r] = joined.size() - 1;
        }
        return new Joined(joined, newIndex);
    }

    /** A row with its label cells and no others filled. */
    private static boolean isLabelOnly(List<String> row, int labels) {
        return hasLabel(row, labels) && !hasValues(row, labels);
    }

    private static boolean hasLabel(List<String> row, int labels) {
        return IntStream.range(0, Math.min(labels, row.size())).anyMatch(c -> !row.get(c).isBlank());
    }

    private static boolean hasValues(List<String> row, int labels) {
        return IntStream.range(labels, row.size()).anyMatch(c -> !row.get(c).isBlank());
    }

    /** The last filled label cell. */
    private static String label(List<String> row, int labels) {
        for (int c = Math.min(labels, row.size()) - 1; c >= 0; c--) {
            if (!row.get(c).isBlank()) {
                return row.get(c).strip();
            }
        }
        return "";
    }

    /** A label line that stops where its sentence cannot: on a joining word, a comma or a hyphen. */
    static boolean endsOpen(String label) {
        if (label.endsWith(",") || label.endsWith("-") || label.endsWith("(")) {
            return true;
        }
        String[] words = label.split("\\s+");
        return words.length > 1 && JOINING_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /**
     * A row with no label whose filled cells are words rather than bare values, each in a column of figures
     * under such a cell: the wording of the value above going on ({@code 1 new referral} counts as words).
     */
    private static boolean carriesOn(List<String> previous, List<String> row, List<Boolean> figureColumns) {
        List<Integer> filled = IntStream.range(0, row.size()).filter(c -> !row.get(c).isBlank()).boxed().toList();
        return !filled.isEmpty() && filled.stream().allMatch(c -> c < figureColumns.size() && figureColumns.get(c)
                && !MetricValues.isMetric(row.get(c)) && c < previous.size() && !previous.get(c).isBlank()
                && !MetricValues.isMetric(previous.get(c)));
    }

    /** The label lines of the pending row put before the next row's label. */
    private static List<String> prefixed(List<String> pending, List<String> row, int labels) {
        List<String> result = new ArrayList<>(row);
        for (int c = 0; c < Math.min(labels, Math.min(pending.size(), row.size())); c++) {
            result.set(c, joinText(pending.get(c), row.get(c)));
        }
        return result;
    }

    /** Two rows as one, each cell's lines joined with a space. */
    private static List<String> cellwise(List<String> first, List<String> second) {
        List<String> result = new ArrayList<>(first);
        for (int c = 0; c < second.size(); c++) {
            if (c < result.size()) {
                result.set(c, joinText(result.get(c), second.get(c)));
            } else {
                result.add(second.get(c));
            }
        }
        return result;
    }

    private static String joinText(String first, String second) {
        return first.isBlank() ? second : second.isBlank() ? first : first.strip() + " " + second.strip();
    }
}
