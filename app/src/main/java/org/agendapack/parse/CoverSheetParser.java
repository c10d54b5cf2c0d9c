package org.agendapack.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Warning;
import org.agendapack.segment.AgendaEntry;
import org.agendapack.segment.ContactBlock;
import org.agendapack.segment.DocumentHeader;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.ReportField;
import org.agendapack.segment.ReportWording;
import org.agendapack.segment.TextShape;
import org.agendapack.segment.Wording;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.MarkupReducer;

/**
 * Reads a report's cover sheet or header as label / value fields: rows of cells (TAB rows in text, cells
 * from word gaps in PDF), labels wrapped over several rows, values run over rows and lines, fields run together
 * on one line, labels without colons (in capitals, in bold, in a cell of their own), labels printed in a row
 * above their values, and tick-box options. Known labels ({@link ReportField}) fill the record's named fields;
 * every label is kept in {@code fields} as printed. A report header ends where the report's body begins.
 */
public final class CoverSheetParser {

    private static final Pattern SECTION_START = Pattern.compile("^1(?:\\.0)?\\.?\\s+\\p{Lu}.*");
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "(?:^|\\s)(\\p{Lu}[\\w&/'’()-]*(?:\\s+[\\w&/'’()-]+){0,6}?)\\s*:(?=\\s|$)");
    private static final Pattern ITEM_HEADER = Pattern.compile("(?:^|\\s)ITEM\\s*:?\\s*\\d{1,2}[a-z]?\\s*$");
    private static final Pattern SHEET_HEADING = Pattern.compile("(?i)^reports?\\s+cover\\s*sheet\\s*");
    private static final Pattern PUBLIC = Pattern.compile(
            "(?i)^this\\s+report\\s+is\\s+(public|exempt|confidential|not\\s+for\\s+publication|part\\s+(?:2|ii))\\b.*");
    private static final Pattern BULLET = Pattern.compile("^[\\s•▪●◦\\u2022\\uF0B7*–-]+");
    private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile(
            "(?i)^\\d{0,2}\\.?\\s*recommendations?(?:\\s*\\(s\\))?\\s*:?$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?\\s+(.*)$");
    /** A recommendation numbered on its own: {@code 1.}, {@code (a)}, {@code ii)}. */
    private static final Pattern LISTED = Pattern.compile("^(?:\\d{1,2}[.)]|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\))\\s+(.*)$");
    private static final Pattern BULLET_MARK = Pattern.compile("^[•▪●◦\\u2022\\uF0B7-]\\s+");
    private static final Pattern NEXT_SECTION = Pattern.compile("^\\d{1,2}\\.?\\s+\\p{Lu}[^.]{0,80}$");
    /**
     * A numbered heading or paragraph of the report's body ({@code 1. Purpose}, {@code 1.1 The Council …}); the
     * levels are bounded, here and in {@link #NUMBERING}, as each is a level of the pattern's recursion.
     */
    private static final Pattern NUMBERED_SECTION = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){0,6}\\.?\\s+\\S.*");
    private static final Pattern WRITER_OR_PRESENTER = Wording.wholeLine(ReportWording.WRITER_OR_PRESENTER_LABELS);
    private static final Pattern CONTACT_SECTION = Wording.wholeLine(ReportWording.CONTACT_SECTION_HEADINGS);
    private static final Pattern CONTACT_LABELLED = Wording.labelled(ReportWording.CONTACT_SECTION_HEADINGS);
    /** A section's or paragraph's number before its text ({@code 15.}, {@code 15.1.}). */
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){0,6}\\.?\\s+");
    static final String REPORT_HEADER = "report_header";
    static final String COVER_SHEET = "cover_sheet";
    /** A header without a date label may give the date on one of its first this many lines. */
    private static final int HEADER_DATE_LINES = 3;
    /** A value that gives nothing ({@code n/a}, {@code Not applicable}): a later field of the same kind may. */
    private static final Pattern NO_ANSWER = Pattern.compile("(?i)^(?:n/?a|none|not applicable|-+)$");
    private static final Pattern NAME_LABEL = Wording.labelled(ReportWording.NAME_LABELS);
    private static final Pattern PURPOSE_ANSWER = Wording.anywhere(ReportWording.PURPOSE_ANSWERS);
    /** A form is read from a document's first lines only. */
    private static final int FORM_ROWS = 150;
    private static final double COLUMN_TOLERANCE = 6;
    /** Cells that start within this many points of a column belong to it. */
    private static final double COLUMN_WIDTH = 40;
    /** A value runs on over at most this many lines below its label. */
    private static final int VALUE_LINES = 8;
    /** A line longer than this is a paragraph of the report, not a value wrapped in its header. */
    private static final int PARAGRAPH = 180;
    /** A short answer to a purpose label ({@code For decision}) has at most this many words. */
    private static final int PURPOSE_WORDS = 6;
    /** The contact section names its officer within this many lines of its heading. */
    private static final int CONTACT_LINES = 6;

    private CoverSheetParser() {
    }

    public record Result(CoverSheet sheet, List<Warning> warnings) {
    }

    /**
     * @param style          {@code cover_sheet} or {@code report_header}
     * @param documentTitle  the title the document's header gave, used when the form has no title field
     * @param item           the agenda item the document belongs to, or null
     * @param meetingDate    the pack's meeting date (ISO), or null
     */
    public static Result parse(String documentId, String style, String documentTitle, List<PageLine> lines,
                               AgendaEntry item, String meetingDate) {
        List<Warning> warnings = new ArrayList<>();
        List<Field> fields = fields(RuledRows.regroup(lines), style.equals(REPORT_HEADER));
        Map<String, Object> printed = new LinkedHashMap<>();
        Map<ReportField, Field> known = new LinkedHashMap<>();
        for (Field field : fields) {
            Object value = field.value(warnings, documentId);
            if (!printed.containsKey(field.label())) {
                printed.put(field.label(), value);
            }
            ReportField key = ReportField.of(field.label());
            if (key != null && answered(field)) {
                known.putIfAbsent(key, field);
            }
        }
        String title = Optional.ofNullable(text(known.get(ReportField.TITLE))).or(() -> Optional.ofNullable(documentTitle))
                .map(DocumentHeader::withoutFootnoteMarks).filter(text -> !text.isEmpty()).orElse(null);
        String keyDecisionText = text(known.get(ReportField.KEY_DECISION));
        Boolean keyDecision = keyDecisionText == null ? null
                : keyDecisionText.matches("(?i).*\\b(?:non[- ]?key|no)\\b.*") ? Boolean.FALSE
                : keyDecisionText.matches("(?i).*\\b(?:yes|key)\\b.*") ? Boolean.TRUE : null;
        Boolean isPublic = publicStatement(lines);
        if (isPublic == null && item != null) {
            isPublic = item.part() == 1;
        }
        List<Integer> pages = lines.stream().map(PageLine::physicalPage).filter(Objects::nonNull).toList();
        List<Integer> printedPages = lines.stream().map(PageLine::printedPage).filter(Objects::nonNull).toList();
        // a report the agenda does not place may say itself which item it is
        String itemNumber = item != null ? item.number() : text(known.get(ReportField.AGENDA_ITEM));
        CoverSheet sheet = new CoverSheet(documentId, itemNumber, style,
                title, dateOf(known, lines), author(fields, known, lines),
                contact(fields, known), text(known.get(ReportField.LEAD)),
                text(known.get(ReportField.REPORT_OF)), text(known.get(ReportField.PORTFOLIO)),
                text(known.get(ReportField.WARDS)), purpose(known.get(ReportField.PURPOSE)), keyDecision, isPublic,
                ticked(known.get(ReportField.PRIORITIES), false), ticked(known.get(ReportField.PRINCIPLES), false),
                recommendations(known.get(ReportField.RECOMMENDATIONS), lines), printed, TextShape.first(pages),
                TextShape.last(pages), TextShape.first(printedPages), TextShape.last(printedPages));
        mismatches(sheet, item, meetingDate, warnings);
        return new Result(sheet, warnings);
    }

    /** The e-mail address the contact fields give ({@code Contact officer:} and {@code Email:} apart), else the first. */
    private static String contact(List<Field> fields, Map<ReportField, Field> known) {
        return fields.stream().filter(field -> ReportField.of(field.label()) == ReportField.CONTACT)
                .map(CoverSheetParser::text).filter(Objects::nonNull).map(ContactBlock.EMAIL::matcher)
                .filter(Matcher::find).map(Matcher::group)
                .findFirst().orElse(text(known.get(ReportField.CONTACT)));
    }

    /** Whether a field gives a value: not none at all, nor {@code n/a}. */
    private static boolean answered(Field field) {
        return Optional.ofNullable(text(field)).filter(value -> !NO_ANSWER.matcher(value).matches()).isPresent();
    }

    /** {@code This report is Public / Exempt} on the form's lines, or null where it does not say. */
    private static Boolean publicStatement(List<PageLine> lines) {
        for (PageLine line : lines.subList(0, Math.min(lines.size(), FORM_ROWS))) {
            Matcher statement = PUBLIC.matcher(line.plainText());
            if (statement.matches()) {
                return statement.group(1).equalsIgnoreCase("public");
            }
        }
        return null;
    }

    /**
     * One field of the form: its label (perhaps wrapped over rows) and its value cells.
     * {@code closed} is set for a label known whole without its colon; {@code runsOn} for a field whose value
     * may go on over the lines below it ({@code Label: value} on a line, or a label on a line of its own).
     */
    private static final class Field {
        private final StringBuilder label = new StringBuilder();
        private final List<ValueCell> cells = new ArrayList<>();
        private List<String> values = List.of();
        private Double valueColumn;
        private boolean closed;
        private boolean runsOn;
        private int linesBelow;

        Field(String label) {
            this.label.append(label.strip());
        }

        /** A field read from one line by its known label, its value perhaps going on below. */
        static Field ofLine(String label, String value) {
            Field field = new Field(label);
            field.closed = true;
            field.runsOn = true;
            field.addValues(ValueCell.of(value));
            return field;
        }

        String label() {
            return label.toString().replaceAll("\\s+", " ").replaceAll("\\s*:$", "").strip();
        }

        boolean complete() {
            return closed || label.toString().strip().matches("(?s).*[:?]$");
        }

        boolean empty() {
            return values.isEmpty();
        }

        void addValues(List<ValueCell> added) {
            added.stream().filter(cell -> !cell.text().isBlank()).forEach(cells::add);
            if (valueColumn == null) {
                added.stream().map(ValueCell::x).filter(Objects::nonNull).findFirst().ifPresent(x -> valueColumn = x);
            }
            values = options(cells);
        }

        boolean tickField() {
            return values.stream().anyMatch(TickBoxes::hasMark);
        }

        /** The value: its text, or for a tick-box field its ticked options. */
        Object value(List<Warning> warnings, String documentId) {
            if (!tickField()) {
                return joined(values);
            }
            List<String> ticked = new ArrayList<>();
            for (String cell : values) {
                TickBoxes.Option option = TickBoxes.read(cell);
                if (option.ticked()) {
                    ticked.add(option.text());
                }
                if (!option.unknownMarks().isEmpty()) {
                    warnings.add(new Warning("COVER_SHEET_UNKNOWN_MARK", "cover sheet of " + documentId + ": "
                            + String.join(" ", option.unknownMarks()) + " beside \"" + option.text() + "\" under \""
                            + label() + "\" is not a tick mark we know; the option was not counted as ticked",
                            null));
                }
            }
            return ticked;
        }
    }

    /** A value cell and where it starts across the page (null for text input). */
    private record ValueCell(String text, Double x) {
        static List<ValueCell> of(String text) {
            return List.of(new ValueCell(text, null));
        }
    }

    /**
     * The value's options: each cell is an option (or several, cut at their marks). On a PDF printed from
     * text with HTML tick boxes, an {@code <input …>} can wrap within its column onto the next rows; such
     * fragments are joined back to the cell above them in the same column before the boxes are read.
     */
    private static List<String> options(List<ValueCell> cells) {
        List<ValueCell> joined = new ArrayList<>();
        for (ValueCell cell : cells) {
            boolean markOnly = cell.text().strip().matches("[xX]")
                    || TickBoxes.read(MarkupReducer.reduceTickBoxes(cell.text())).text().isEmpty();
            int column = -1;
            for (int i = joined.size() - 1; i >= 0 && cell.x() != null; i--) {
                ValueCell earlier = joined.get(i);
                if (earlier.x() != null && Math.abs(earlier.x() - cell.x()) <= COLUMN_WIDTH) {
                    boolean wrappedOption = Character.isLowerCase(cell.text().strip().charAt(0))
                            && !TickBoxes.hasMark(earlier.text()) && TickBoxes.hasMark(cell.text());
                    column = unclosedTag(earlier.text()) || markOnly || wrappedOption ? i : -1;
                    break;
                }
            }
            if (column < 0 && markOnly && !joined.isEmpty()) {
                // a box printed in a cell of its own belongs to the option before it
                column = joined.size() - 1;
            }
            if (column >= 0) {
                joined.set(column, new ValueCell(joined.get(column).text() + " " + cell.text(), joined.get(column).x()));
            } else {
                joined.add(cell);
            }
        }
        return joined.stream().map(cell -> MarkupReducer.reduceTickBoxes(cell.text()).strip())
                .filter(text -> !text.isEmpty()).flatMap(text -> TickBoxes.options(text).stream()).toList();
    }

    private static boolean unclosedTag(String text) {
        return text.lastIndexOf('<') > text.lastIndexOf('>');
    }

    /**
     * The form's fields, read row by row. In a report header ({@code header}) the fields end where the report's
     * body begins; a cover sheet form ends at its first numbered section.
     */
    private static List<Field> fields(List<PageLine> lines, boolean header) {
        Fields form = new Fields();
        int rows = 0;
        for (PageLine line : lines) {
            if (line.line().isBlank()) {
                continue;
            }
            String text = line.plainText();
            if (++rows > FORM_ROWS || !form.all.isEmpty() && SECTION_START.matcher(text).matches()) {
                break;
            }
            if (ITEM_HEADER.matcher(text).find()) {
                continue;
            }
            List<Cell> cells = line.line().cells();
            // a label cell with no letters ("_", "-") is an OCR speck, not a label
            List<String> texts = cells.stream().map(cell -> cell.text().strip())
                    .map(cell -> cell.codePoints().anyMatch(Character::isLetter) || cell.isEmpty() ? cell : "")
                    .toList();
            long filled = texts.stream().filter(cell -> !cell.isEmpty()).count();
            if (filled >= 2 || texts.get(0).isEmpty() && filled == 1) {
                form.row(cells, texts);
            } else if (!form.line(line, text, header)) {
                break;
            }
        }
        return form.all;
    }

    /** The fields read so far, and where the next row or line goes. */
    private static final class Fields {
        private final List<Field> all = new ArrayList<>();
        /** Fields whose labels stood alone, their values to come on the rows below, in order. */
        private final List<Field> awaiting = new ArrayList<>();
        private Field current;

        private void add(Field field) {
            all.add(field);
            current = field;
            if (!field.empty()) {
                awaiting.clear();
            } else if (!awaiting.contains(field)) {
                awaiting.add(field);
            }
        }

        /** A row of two or more cells: a label and its values, values going on, or a row of labels alone. */
        void row(List<Cell> cells, List<String> texts) {
            List<String> filledTexts = texts.stream().filter(text -> !text.isEmpty()).toList();
            if (filledTexts.size() >= 2 && filledTexts.stream().allMatch(text -> text.endsWith(":"))) {
                // labels side by side, their values on the row below
                awaiting.clear();
                filledTexts.forEach(label -> add(new Field(label)));
                return;
            }
            if (awaiting.size() >= 2 && filledTexts.size() <= awaiting.size() && !startsField(texts.get(0))) {
                filledTexts.forEach(value -> awaiting.remove(0).addValues(ValueCell.of(value)));
                return;
            }
            int labelled = labelledCell(texts);
            if (labelled > 0) {
                // a second field in the row: Wards affected: | Key Decision: No
                row(cells.subList(0, labelled), texts.subList(0, labelled));
                inlineFields(String.join(" ", texts.subList(labelled, texts.size())).strip(), null).forEach(this::add);
                return;
            }
            String labelPart = texts.get(0);
            List<ValueCell> valueCells = new ArrayList<>();
            for (int c = 1; c < cells.size(); c++) {
                valueCells.add(new ValueCell(texts.get(c), x(cells.get(c))));
            }
            Double labelX = x(cells.get(0));
            boolean allValues = current != null && current.valueColumn != null && labelX != null
                    && labelX >= current.valueColumn - COLUMN_TOLERANCE;
            if (allValues) {
                valueCells.add(0, new ValueCell(labelPart, labelX));
                current.addValues(valueCells);
            } else if (labelPart.isEmpty() && current != null) {
                current.addValues(valueCells);
            } else if (current != null && !current.complete() && !startsField(labelPart)) {
                current.label.append(' ').append(labelPart);
                current.addValues(valueCells);
            } else if (!labelPart.isEmpty()) {
                Field field = new Field(labelPart);
                field.addValues(valueCells);
                add(field);
            }
        }

        /** The first cell after the label cell that opens with a known label and its colon, or -1. */
        private static int labelledCell(List<String> texts) {
            for (int c = 1; c < texts.size(); c++) {
                int colon = texts.get(c).indexOf(':');
                if (colon > 0 && ReportField.of(texts.get(c).substring(0, colon)) != null) {
                    return c;
                }
            }
            return -1;
        }

        /** A line of one cell; false where it ends a report header. */
        boolean line(PageLine line, String text, boolean header) {
            Double x = x(line.line().cells().get(0));
            boolean inValueColumn = current != null && current.valueColumn != null && x != null
                    && x >= current.valueColumn - COLUMN_TOLERANCE;
            boolean inLabelColumn = current != null && current.valueColumn != null && x != null && !inValueColumn;
            boolean shortLabelEnd = text.split("\\s+").length <= 2 && text.endsWith(":");
            if (inLabelColumn && !current.complete() && !isHeading(text)
                    && (shortLabelEnd || !INLINE_LABEL.matcher(text).find())) {
                // the rest of a label wrapped within its cell, beside a value already read
                current.label.append(' ').append(text);
                return true;
            }
            boolean labelGoesOn = shortLabelEnd && current != null && !current.complete();
            if (!labelGoesOn && labels(line, text)) {
                return true;
            }
            if (inValueColumn) {
                current.addValues(List.of(new ValueCell(text, x)));
                return true;
            }
            return PUBLIC.matcher(text).matches() || unlabelled(text, header, shortLabelEnd);
        }

        /** Fields the line opens: {@code Label: value} (several run together), or a known label in another print. */
        private boolean labels(PageLine line, String text) {
            List<Field> inline = inlineFields(text, current);
            inline.forEach(field -> field.runsOn = true);
            inline.forEach(this::add);
            Optional<ReportField.Labelled> labelled = inline.isEmpty() ? ReportField.labelled(line.line())
                    : Optional.empty();
            labelled.ifPresent(label -> add(Field.ofLine(label.label(), label.value())));
            return !inline.isEmpty() || labelled.isPresent();
        }

        /**
         * A line with no label: the report's body beginning (which ends a header), a value going on, the rest of a
         * label wrapped over lines, or a question on a line of its own; false where it ends a report header.
         */
        private boolean unlabelled(String text, boolean header, boolean shortLabelEnd) {
            boolean bodyBegins = endsHeader(text);
            if (header && !all.isEmpty() && bodyBegins) {
                return false;
            }
            if (current != null && current.runsOn) {
                if (!bodyBegins && current.linesBelow < VALUE_LINES) {
                    goesOn(text);
                    return true;
                }
                // a form goes on after a value that ran on; a header is over
                current.runsOn = false;
                return !header;
            }
            if (current != null && !current.complete() && (shortLabelEnd || !startsField(text)) && !isHeading(text)) {
                current.label.append(' ').append(text);
            } else if (!isHeading(text) && text.endsWith("?")) {
                add(new Field(text));
            }
            return true;
        }

        /** A line that carries on a value: the first label still waiting for one takes it, else the last field. */
        private void goesOn(String text) {
            Field field = awaiting.size() >= 2 ? awaiting.remove(0) : current;
            field.addValues(ValueCell.of(text));
            field.linesBelow++;
        }
    }

    /** A line that begins the report's body: a heading ({@code Purpose}, {@code 1. Introduction}) or a paragraph. */
    private static boolean endsHeader(String text) {
        return ReportField.isSectionHeading(text) || NUMBERED_SECTION.matcher(text).matches()
                || text.length() > PARAGRAPH || isHeading(text) && text.split("\\s+").length >= 3;
    }

    /**
     * A label that is whole in one cell and begins with a capital starts a field, even after a loose label:
     * one that ends with its colon or question mark, or a known label printed without its colon.
     */
    private static boolean startsField(String label) {
        return !label.isEmpty() && Character.isUpperCase(label.charAt(0))
                && (label.matches("(?s).*[:?]$") || ReportField.isWholeLabel(label));
    }

    private static boolean isHeading(String text) {
        return TextShape.isCapitals(text) || text.matches("(?i)^(?:executive\\s+summary|reports?\\s+cover\\s*sheet)$");
    }

    /**
     * {@code Label: value} on one line, or several run together ({@code Date of meeting: 30 May 2017 Written
     * by: A Person}, the labels after the first known ones); text before the first label after a {@code Reports
     * Cover Sheet} heading is the title.
     */
    private static List<Field> inlineFields(String text, Field current) {
        String rest = text.replaceAll("\\*+", "");
        List<Field> fields = new ArrayList<>();
        Matcher heading = SHEET_HEADING.matcher(rest);
        boolean afterHeading = heading.find();
        if (afterHeading) {
            rest = rest.substring(heading.end());
        }
        Matcher label = INLINE_LABEL.matcher(rest);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            int start = knownLabelStart(rest, label.start(1), label.end());
            // a colon within a value is not a label, unless the words before it are a known one
            if (start == 0 || ReportField.of(rest.substring(start, label.end())) != null) {
                labels.add(new int[] {start, label.end()});
            }
        }
        boolean runOn = current != null && labels.size() > 0 && labels.get(0)[0] > 0;
        if (labels.isEmpty() || !afterHeading && !runOn && labels.get(0)[0] > 0) {
            return fields;
        }
        String before = rest.substring(0, labels.get(0)[0]);
        if (afterHeading && !before.isBlank()) {
            Field title = new Field("Title of Report");
            title.addValues(ValueCell.of(before));
            fields.add(title);
        } else if (runOn) {
            // a value that wrapped onto the next line before the next label
            current.addValues(ValueCell.of(before));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : rest.length();
            values.add(rest.substring(labels.get(i)[1], end).strip());
        }
        values = labelsThenValues(values);
        for (int i = 0; i < labels.size(); i++) {
            Field field = new Field(rest.substring(labels.get(i)[0], labels.get(i)[1]));
            field.addValues(ValueCell.of(values.get(i)));
            fields.add(field);
        }
        return fields;
    }

    /**
     * Labels printed in a row above one-word values, flattened onto one line ({@code Wards affected: Key
     * Decision: All Non-key}): every label but the last is empty and the last holds one word for each.
     */
    private static List<String> labelsThenValues(List<String> values) {
        String last = values.get(values.size() - 1);
        String[] words = last.split("\\s+");
        boolean flattened = values.size() >= 2 && words.length == values.size()
                && values.subList(0, values.size() - 1).stream().allMatch(String::isEmpty);
        return flattened ? List.of(words) : values;
    }

    /**
     * Where a run-on label really starts: the words before a known label belong to the value before it
     * ({@code Housing Needs Assessment Date of meeting:} is a title and the label {@code Date of meeting}).
     */
    private static int knownLabelStart(String text, int start, int end) {
        String label = text.substring(start, end);
        if (ReportField.of(label) != null) {
            return start;
        }
        int offset = 0;
        for (String word : label.split("\\s+")) {
            offset = label.indexOf(word, offset) + word.length();
            String rest = label.substring(offset).strip();
            if (rest.length() > 1 && ReportField.of(rest) != null) {
                return start + label.indexOf(rest, offset);
            }
        }
        return start;
    }

    private static Double x(Cell cell) {
        return cell.words().isEmpty() || cell.words().get(0).box() == null ? null
                : cell.words().stream().map(word -> word.box()).filter(Objects::nonNull).mapToDouble(Box::x).min()
                .orElse(0);
    }

    private static String text(Field field) {
        return field == null ? null : joined(field.values);
    }

    /** A value's cells and lines as one text, a word broken at a line's hyphen joined back; null when empty. */
    private static String joined(List<String> values) {
        String text = String.join(" ", values).replaceAll("(?<=\\w-) (?=\\w)", "").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> ticked(Field field, boolean lowerCase) {
        if (field == null || !field.tickField()) {
            return List.of();
        }
        return field.values.stream().map(TickBoxes::read).filter(TickBoxes.Option::ticked)
                .map(option -> lowerCase ? option.text().toLowerCase(Locale.ROOT) : option.text()).toList();
    }

    /**
     * The sheet's date field, else a date in the field naming the meeting ({@code Meeting: Parish Council, 10
     * March 2025}), else a date on the header's first lines (as in an {@code ITEM: N} block, or on a line of its
     * own above a report's title).
     */
    private static String dateOf(Map<ReportField, Field> known, List<PageLine> lines) {
        String text = text(known.get(ReportField.DATE));
        if (text != null) {
            return Dates.findDate(text).map(Object::toString).orElse(null);
        }
        Optional<String> meeting = Optional.ofNullable(text(known.get(ReportField.MEETING)))
                .flatMap(Dates::findDate).map(Object::toString);
        return meeting.orElseGet(() -> lines.stream().filter(line -> !line.line().isBlank()).limit(HEADER_DATE_LINES)
                .map(line -> Dates.findDate(line.text())).flatMap(Optional::stream).map(Object::toString).findFirst()
                .orElse(null));
    }

    /**
     * The report's author: the people the author label names (its value as printed where it names nobody we
     * can tell), else the people the first field naming its writers or presenters names ({@code Report of},
     * {@code Contact officer}, {@code Presenting officer}…; a post such as {@code Director of Transport} names
     * nobody), else the officer the report's contact section names. Several people are joined by {@code ; }.
     */
    private static String author(List<Field> fields, Map<ReportField, Field> known, List<PageLine> lines) {
        Field written = known.get(ReportField.AUTHOR);
        if (text(written) != null) {
            List<String> names = ReportPeople.named(written.values);
            return names.isEmpty() ? text(written) : String.join("; ", names);
        }
        return fields.stream().filter(field -> WRITER_OR_PRESENTER.matcher(field.label()).matches())
                .map(field -> ReportPeople.named(field.values)).filter(names -> !names.isEmpty())
                .map(names -> String.join("; ", names)).findFirst().orElseGet(() -> contactSection(lines));
    }

    /**
     * The officer a report's contact section names ({@code Contact Information} … {@code Name: Ann Able}, or
     * {@code Contact officer: Jane Smith, …}), usually at its end; or null.
     */
    private static String contactSection(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = NUMBERING.matcher(lines.get(i).plainText()).replaceFirst("");
            Matcher labelled = CONTACT_LABELLED.matcher(text);
            List<String> named = labelled.matches() ? ReportPeople.named(List.of(labelled.group(2))) : List.of();
            if (!named.isEmpty()) {
                return named.get(0);
            }
            if (labelled.matches() || CONTACT_SECTION.matcher(text).matches()) {
                String below = namedBelow(lines, i);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    /** The first person named on the lines just below a contact heading, by a {@code Name:} label or alone. */
    private static String namedBelow(List<PageLine> lines, int heading) {
        int seen = 0;
        for (int i = heading + 1; i < lines.size() && seen < CONTACT_LINES; i++) {
            String text = NUMBERING.matcher(lines.get(i).plainText()).replaceFirst("");
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            Matcher name = NAME_LABEL.matcher(text);
            List<String> named = ReportPeople.named(List.of(name.matches() ? name.group(2) : text));
            if (!named.isEmpty()) {
                return named.get(0);
            }
        }
        return null;
    }

    /**
     * What the report is for: a form's ticked options, or the one kind a short answer names ({@code For
     * decision}); a form's options whose marks were lost ({@code Information Discussion Decision}) say nothing.
     */
    private static List<String> purpose(Field field) {
        if (field == null || field.tickField()) {
            return ticked(field, true);
        }
        String text = text(field);
        List<String> named = text == null || text.split("\\s+").length > PURPOSE_WORDS ? List.of()
                : PURPOSE_ANSWER.matcher(text).results().map(answer -> answer.group().toLowerCase(Locale.ROOT)).toList();
        return named.size() == 1 ? named : List.of();
    }

    /**
     * The recommendations: the bullets of a key actions / recommendations field, else the numbered paragraphs
     * ({@code 2.1}, {@code 1.}, {@code (a)}) or bullets of the report's {@code Recommendation(s)} section, or
     * its one paragraph.
     */
    private static List<String> recommendations(Field field, List<PageLine> lines) {
        List<String> inField = field == null ? List.of() : fieldRecommendations(field);
        return inField.isEmpty() ? sectionRecommendations(lines) : inField;
    }

    /** The bullets of a recommendations field, its lead-in ({@code The Board is asked to:}) left out. */
    private static List<String> fieldRecommendations(Field field) {
        List<String> found = new ArrayList<>();
        for (String cell : field.values) {
            for (String part : cell.split("(?=[•▪●◦\\u2022\\uF0B7])|^-\\s")) {
                String clean = BULLET.matcher(part).replaceFirst("").strip();
                if (!clean.isEmpty() && !clean.endsWith(":")) {
                    found.add(recommendation(clean));
                }
            }
        }
        return found;
    }

    /** The numbered paragraphs, bullets or one paragraph of the report's {@code Recommendation(s)} section. */
    private static List<String> sectionRecommendations(List<PageLine> lines) {
        List<String> found = new ArrayList<>();
        boolean inSection = false;
        for (PageLine line : lines) {
            String text = line.plainText();
            // a converter's list mark before a heading or a numbered paragraph ("- 2.1 That …") is no bullet
            String item = BULLET_MARK.matcher(text).replaceFirst("");
            if (text.isEmpty()) {
                continue;
            }
            if (!inSection) {
                inSection = RECOMMENDATIONS_HEADING.matcher(item).matches();
                continue;
            }
            Matcher numbered = NUMBERED.matcher(item);
            Matcher listed = LISTED.matcher(item);
            if (numbered.matches()) {
                found.add(recommendation(numbered.group(1)));
            } else if (NEXT_SECTION.matcher(item).matches() && !found.isEmpty() || ReportField.isSectionHeading(item)) {
                break;
            } else if (listed.matches() || item.length() < text.length()) {
                found.add(recommendation(listed.matches() ? listed.group(1) : item));
            } else if (found.isEmpty() && !text.endsWith(":")) {
                // one recommendation, neither numbered nor set out as a list ("Cabinet is asked to:" only leads in)
                found.add(recommendation(text));
            } else if (!found.isEmpty()) {
                found.set(found.size() - 1, found.get(found.size() - 1) + " " + text);
            }
        }
        return found;
    }

    private static String recommendation(String text) {
        return text.replaceFirst("(?i)^that\\s+", "").strip();
    }

    /** Where the sheet and the agenda disagree, both are kept and the user is told. */
    private static void mismatches(CoverSheet sheet, AgendaEntry item, String meetingDate, List<Warning> warnings) {
        if (sheet.meetingDate() != null && meetingDate != null && !sheet.meetingDate().equals(meetingDate)) {
            warnings.add(new Warning("COVER_SHEET_MISMATCH", "the cover sheet of " + sheet.document() + " gives the"
                    + " meeting date " + sheet.meetingDate() + ", the front sheet " + meetingDate, sheet.pageStart()));
        }
        if (item != null && sheet.title() != null && TextShape.overlap(sheet.title(), item.title()) < 0.5) {
            warnings.add(new Warning("COVER_SHEET_MISMATCH", "the cover sheet of " + sheet.document() + " is titled \""
                    + sheet.title() + "\", the agenda's item " + item.number() + " \"" + item.title() + "\"",
                    sheet.pageStart()));
        }
    }
}
