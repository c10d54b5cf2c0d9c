package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Warning;
import org.agendapack.segment.AgendaEntry;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.TextShape;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.MarkupReducer;

/**
 * Reads a report's cover sheet or header as label / value fields: rows of cells (TAB rows in text, cells
 * from word gaps in PDF), labels wrapped over several rows, values run over rows, fields run together on
 * one line, and tick-box options. Known labels fill the record's named fields; every label is kept in
 * {@code fields} as printed.
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
    private static final Pattern NEXT_SECTION = Pattern.compile("^\\d{1,2}\\.?\\s+\\p{Lu}[^.]{0,80}$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** A form is read from a document's first lines only. */
    private static final int FORM_ROWS = 150;
    private static final double COLUMN_TOLERANCE = 6;
    /** Cells that start within this many points of a column belong to it. */
    private static final double COLUMN_WIDTH = 40;

    private enum Key {
        TITLE("^(?:title\\s+of\\s+(?:the\\s+)?report|report\\s+title|subject\\s*/\\s*title|title|subject)$"),
        DATE("^(?:date\\s+of\\s+(?:the\\s+)?meeting|meeting\\s+date|date)$"),
        AUTHOR("^(?:written\\s+by|report\\s+author|author|report\\s+writer|lead\\s+officer)$"),
        CONTACT("^(?:contact\\s+details|contact(?:\\s+officer)?|e-?mail)$"),
        LEAD(".*\\blead$"),
        REPORT_OF("^report\\s+of$"),
        PORTFOLIO("^(?:portfolio\\s+holder|cabinet\\s+member)\\b.*"),
        WARDS("^wards?\\b.*\\baffected$"),
        KEY_DECISION("^key\\s+decision\\b.*"),
        PURPOSE("^is\\s+this\\s+report\\s+for\\b.*"),
        PRIORITIES(".*\\bpriorities\\b.*"),
        PRINCIPLES(".*\\bprinciples\\b.*"),
        RECOMMENDATIONS(".*\\b(?:key\\s+actions|recommendations?)\\b.*");

        private final Pattern pattern;

        Key(String regex) {
            this.pattern = Pattern.compile("(?i)" + regex);
        }

        static Key of(String label) {
            String plain = label.replaceAll("[:?]+$", "").strip();
            return Arrays.stream(values()).filter(key -> key.pattern.matcher(plain).matches()).findFirst()
                    .orElse(null);
        }
    }

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
        List<Field> fields = fields(RuledRows.regroup(lines));
        Boolean isPublic = null;
        for (PageLine line : lines.subList(0, Math.min(lines.size(), FORM_ROWS))) {
            Matcher statement = PUBLIC.matcher(line.plainText());
            if (statement.matches()) {
                isPublic = statement.group(1).equalsIgnoreCase("public");
                break;
            }
        }
        Map<String, Object> printed = new LinkedHashMap<>();
        Map<Key, Field> known = new LinkedHashMap<>();
        for (Field field : fields) {
            Object value = field.value(warnings, documentId);
            if (!printed.containsKey(field.label())) {
                printed.put(field.label(), value);
            }
            Key key = Key.of(field.label());
            if (key != null) {
                known.putIfAbsent(key, field);
            }
        }
        String title = text(known.get(Key.TITLE));
        title = title != null ? title : documentTitle;
        String date = dateOf(known.get(Key.DATE), lines);
        String contact = text(known.get(Key.CONTACT));
        Matcher email = contact == null ? null : EMAIL.matcher(contact);
        List<String> recommendations = recommendations(known.get(Key.RECOMMENDATIONS), lines);
        String keyDecisionText = text(known.get(Key.KEY_DECISION));
        Boolean keyDecision = keyDecisionText == null ? null
                : keyDecisionText.matches("(?i).*\\b(?:non[- ]?key|no)\\b.*") ? Boolean.FALSE
                : keyDecisionText.matches("(?i).*\\b(?:yes|key)\\b.*") ? Boolean.TRUE : null;
        if (isPublic == null && item != null) {
            isPublic = item.part() == 1;
        }
        List<Integer> pages = lines.stream().map(PageLine::physicalPage).filter(Objects::nonNull).toList();
        List<Integer> printedPages = lines.stream().map(PageLine::printedPage).filter(Objects::nonNull).toList();
        CoverSheet sheet = new CoverSheet(documentId, item == null ? null : item.number(), style, title, date,
                text(known.get(Key.AUTHOR)), email != null && email.find() ? email.group() : contact,
                text(known.get(Key.LEAD)), text(known.get(Key.REPORT_OF)), text(known.get(Key.PORTFOLIO)),
                text(known.get(Key.WARDS)), ticked(known.get(Key.PURPOSE), true), keyDecision, isPublic,
                ticked(known.get(Key.PRIORITIES), false), ticked(known.get(Key.PRINCIPLES), false), recommendations,
                printed, TextShape.first(pages), TextShape.last(pages), TextShape.first(printedPages),
                TextShape.last(printedPages));
        mismatches(sheet, item, meetingDate, warnings);
        return new Result(sheet, warnings);
    }

    /** One field of the form: its label (perhaps wrapped over rows) and its value cells. */
    private static final class Field {
        private final StringBuilder label = new StringBuilder();
        private final List<ValueCell> cells = new ArrayList<>();
        private List<String> values = List.of();
        private Double valueColumn;

        Field(String label) {
            this.label.append(label.strip());
        }

        String label() {
            return label.toString().replaceAll("\\s+", " ").replaceAll("\\s*:$", "").strip();
        }

        boolean complete() {
            return label.toString().strip().matches("(?s).*[:?]$");
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
                String text = String.join(" ", values).replaceAll("\\s+", " ").strip();
                return text.isEmpty() ? null : text;
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

    private static List<Field> fields(List<PageLine> lines) {
        List<Field> fields = new ArrayList<>();
        Field current = null;
        int rows = 0;
        for (PageLine line : lines) {
            if (line.line().isBlank()) {
                continue;
            }
            String text = line.plainText();
            if (++rows > FORM_ROWS || !fields.isEmpty() && SECTION_START.matcher(text).matches()) {
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
            boolean labelEmpty = texts.get(0).isEmpty();
            if (filled >= 2 || labelEmpty && filled == 1) {
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
                    current = new Field(labelPart);
                    current.addValues(valueCells);
                    fields.add(current);
                }
                continue;
            }
            Double x = x(cells.get(0));
            boolean inValueColumn = current != null && current.valueColumn != null && x != null
                    && x >= current.valueColumn - COLUMN_TOLERANCE;
            boolean inLabelColumn = current != null && current.valueColumn != null && x != null && !inValueColumn;
            boolean shortLabelEnd = text.split("\\s+").length <= 2 && text.endsWith(":");
            if (inLabelColumn && !current.complete() && !isHeading(text)
                    && (shortLabelEnd || !INLINE_LABEL.matcher(text).find())) {
                // the rest of a label wrapped within its cell, beside a value already read
                current.label.append(' ').append(text);
                continue;
            }
            List<Field> inline = shortLabelEnd && current != null && !current.complete() ? List.of()
                    : inlineFields(text, current);
            if (!inline.isEmpty()) {
                fields.addAll(inline);
                current = inline.get(inline.size() - 1);
                continue;
            }
            if (inValueColumn) {
                current.addValues(List.of(new ValueCell(text, x)));
            } else if (current != null && !current.complete() && (shortLabelEnd || !startsField(text))
                    && !isHeading(text)) {
                current.label.append(' ').append(text);
            } else if (!isHeading(text) && !PUBLIC.matcher(text).matches() && text.endsWith("?")) {
                current = new Field(text);
                fields.add(current);
            }
        }
        return fields;
    }

    /** A label that is whole in one cell and begins with a capital starts a field, even after a loose label. */
    private static boolean startsField(String label) {
        return !label.isEmpty() && Character.isUpperCase(label.charAt(0)) && label.matches("(?s).*[:?]$");
    }

    private static boolean isHeading(String text) {
        return TextShape.isCapitals(text) || text.matches("(?i)^(?:executive\\s+summary|reports?\\s+cover\\s*sheet)$");
    }

    /**
     * {@code Label: value} on one line, or several run together ({@code Date of meeting: 30 May 2017 Written
     * by: A Person}); text before the first label after a {@code Reports Cover Sheet} heading is the title.
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
            labels.add(new int[] {knownLabelStart(rest, label.start(1), label.end()), label.end()});
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
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : rest.length();
            Field field = new Field(rest.substring(labels.get(i)[0], labels.get(i)[1]));
            field.addValues(ValueCell.of(rest.substring(labels.get(i)[1], end)));
            fields.add(field);
        }
        return fields;
    }

    /**
     * Where a run-on label really starts: the words before a known label belong to the value before it
     * ({@code Housing Needs Assessment Date of meeting:} is a title and the label {@code Date of meeting}).
     */
    private static int knownLabelStart(String text, int start, int end) {
        String label = text.substring(start, end);
        if (Key.of(label) != null) {
            return start;
        }
        int offset = 0;
        for (String word : label.split("\\s+")) {
            offset = label.indexOf(word, offset) + word.length();
            String rest = label.substring(offset).strip();
            if (rest.length() > 1 && Key.of(rest) != null) {
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
        if (field == null) {
            return null;
        }
        String text = String.join(" ", field.values).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> ticked(Field field, boolean lowerCase) {
        if (field == null || !field.tickField()) {
            return List.of();
        }
        return field.values.stream().map(TickBoxes::read).filter(TickBoxes.Option::ticked)
                .map(option -> lowerCase ? option.text().toLowerCase(Locale.ROOT) : option.text()).toList();
    }

    /** The sheet's date field, else a date on the header's first lines (as in an {@code ITEM: N} block). */
    private static String dateOf(Field field, List<PageLine> lines) {
        String text = text(field);
        if (text != null) {
            return Dates.findDate(text).map(Object::toString).orElse(null);
        }
        return lines.stream().limit(3).map(line -> Dates.findDate(line.text())).filter(date -> date.isPresent())
                .map(date -> date.get().toString()).findFirst().orElse(null);
    }

    /**
     * The recommendations: the bullets of a key actions / recommendations field, else the numbered
     * paragraphs of the report's {@code Recommendation(s)} section.
     */
    private static List<String> recommendations(Field field, List<PageLine> lines) {
        List<String> found = new ArrayList<>();
        if (field != null) {
            for (String cell : field.values) {
                String[] parts = cell.split("(?=[•▪●◦\\u2022\\uF0B7])|^-\\s");
                for (String part : parts) {
                    String clean = BULLET.matcher(part).replaceFirst("").strip();
                    if (!clean.isEmpty() && !clean.endsWith(":")) {
                        found.add(clean);
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        boolean inSection = false;
        for (PageLine line : lines) {
            String text = line.plainText().replaceFirst("^[-•]\\s+", "");
            if (text.isEmpty()) {
                continue;
            }
            if (!inSection) {
                inSection = RECOMMENDATIONS_HEADING.matcher(text).matches();
                continue;
            }
            Matcher numbered = NUMBERED.matcher(text);
            if (numbered.matches()) {
                found.add(numbered.group(1).replaceFirst("(?i)^that\\s+", "").strip());
            } else if (NEXT_SECTION.matcher(text).matches() && !found.isEmpty()) {
                break;
            } else if (!found.isEmpty()) {
                found.set(found.size() - 1, found.get(found.size() - 1) + " " + text);
            }
        }
        return found;
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
