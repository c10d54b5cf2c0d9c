package org.agendapack.parse;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.Meeting;
import org.agendapack.model.Minutes;
import org.agendapack.model.Minutes.Apology;
import org.agendapack.model.Minutes.Attendee;
import org.agendapack.model.MinutesItem;
import org.agendapack.model.Warning;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.TextShape;
import org.agendapack.segment.Wording;
import org.agendapack.source.Line;

/**
 * Reads a set of minutes: the header, the attendance list in its groups, apologies, the numbered minutes
 * (as headings, or as the rows of an item / discussion / action table) with their decisions, the times the
 * meeting began and ended, and the chair who signed them.
 */
public final class MinutesParser {

    /** The opening of the attendance: {@code PRESENT}, {@code Present:}, {@code Members present}, {@code Councillors:}. */
    private static final Pattern PRESENT = Pattern.compile("^(?:PRESENT|Present\\s*:|Present\\s*$|PRESENT:"
            + "|(?i:(?:members|councillors|those)\\s+present|attendance|councillors)\\s*(?::|$))\\s*:?\\s*(.*)$");
    /** A group of the attendance with its people on the same line: {@code Also present: …}. */
    private static final Pattern GROUP_LABEL = Pattern.compile(
            "(?i)^(" + Wording.alternation(Wording.ATTENDANCE_GROUPS) + ")\\s*:\\s*(.*)$");
    private static final Pattern APOLOGIES_HEADING = Pattern.compile("(?i)^apologies(?:\\s+for\\s+absence)?\\s*:?\\s*(.*)$");
    private static final Pattern APOLOGIES_SENTENCE = Pattern.compile(
            "(?i)apologies\\s+(?:for\\s+absence\\s+)?(?:were|was|had\\s+been|have\\s+been)\\s+(?:received|submitted|given)\\s+(?:from|by|on\\s+behalf\\s+of)\\s+(.+?)(?:\\.\\s|\\.?$)");
    /**
     * A numbered minute: {@code 84.}, {@code 24/25.01}, {@code Min 123/24}, {@code C/45}, {@code CAB 12},
     * {@code 124/24(a)}; its title may open with a reference ({@code 24/00108 - …}) or a quote.
     */
    private static final Pattern HEADING = Pattern.compile("^((?i:min(?:ute)?s?\\.?\\s*(?:no\\.?\\s*)?)?"
            + "(?:[A-Z]{1,4}\\s?/?\\s?)?\\d{1,3}(?:/\\d{2,4})?(?:\\.\\d{1,2})?(?:\\s?\\([a-z]\\)|[a-z])?)\\.?\\s+"
            + "([\\p{Lu}\\d\"'‘“(].{2,})$");
    /** The number in a minute's label that counts up: 123 of {@code Min 123/24}, 1 of {@code 24/25.01}. */
    private static final Pattern SEQUENCE = Pattern.compile("(\\d+)/\\d+\\.(\\d+)|(\\d+)");
    /** A title that ends on a word that cannot end one ({@code … Appointment of a}) goes on to the next line. */
    private static final Pattern UNFINISHED = Pattern.compile(
            "(?i)\\b(?:a|an|the|of|and|for|to|in|on|with|by|at|from|&|-|–|:)\\s*$");
    /** A minute's agenda reference on a line of its own under its heading: {@code (Item 5)}. */
    private static final Pattern AGENDA_REF_LINE = Pattern.compile("(?i)^\\((?:agenda\\s+)?item\\s+\\d{1,2}[a-z]?\\)$");
    private static final Pattern AGENDA_REF = Pattern.compile("(?i)\\s*\\((?:agenda\\s+)?item\\s+(\\d{1,2}[a-z]?)\\)\\s*");
    private static final Pattern TABLE_HEADER = Pattern.compile("(?i)^(?:item|minute|no\\.?)\\b.*\\b(?:key\\s+points|discussion|action|notes|decision)\\b.*");
    private static final Pattern PERSON_TABLE_HEADER = Pattern.compile(
            "(?i)^(?:board\\s+member|name|member|councillor)\\s+(?:position|organisation|representing|role|council)\\b.*");
    private static final Pattern COMMENCED = Pattern.compile(
            "(?i)\\b(?:meeting\\s+)?(?:commenced|started|began|opened)\\s+(?:at\\s+)?(.{1,20}?)(?:\\s+and\\b|,|\\.\\s|\\.?\\s*$)");
    private static final Pattern CONCLUDED = Pattern.compile(
            "(?i)\\b(?:concluded|closed|ended|finished|terminated)[:\\s]+(?:at\\s+)?(.{1,20}?)(?:,|\\.\\s|\\.?\\s*$)");
    private static final Pattern END_LABEL = Wording.labelled(Wording.END_TIME_LABELS);
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(.{3,80}?)\\s*\\(((?:Vice[- ]?)?Chair(?:man|woman|person)?)\\)\\s*$");
    private static final Pattern HEADLESS_OPENING = Pattern.compile(
            "^(?:Consideration\\s+was\\s+given\\s+to|The\\s+(?:Board|Committee|Cabinet|Panel|Council)\\s+(?:considered|received))\\b.*");
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?i).*\\b(?:members?|voting|observers?|attendance|officers?|present|councillors|substitutes?|others|advisers?|co-opted|guests?)\\b.*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern MEETING_CLOSED = Pattern.compile(
            "(?i)^(?:the\\s+)?meeting\\s+(?:closed|ended|concluded|finished|terminated).*");
    /** A list of people that goes on: its line ends with a comma or {@code and}. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?s).*(?:,|\\band)$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");
    private static final Pattern NAME_THEN_SEPARATOR = Pattern.compile(NAME.pattern() + "\\s*(?:,|[–—-]\\s|\\().*");
    private static final Pattern NAME_ALONE = Pattern.compile(NAME.pattern() + "$");
    private static final Pattern TABLE_MINUTE_NUMBER = Pattern.compile("\\d{1,3}\\.?");
    /** A line that ends on a stop, colon, comma or semicolon, as no heading does. */
    private static final Pattern CLAUSE_END = Pattern.compile(".*[.:,;]$");
    private static final Pattern APOLOGIES_LABEL = Pattern.compile("(?i)^apologies\\s*:.*");
    /** The parts of a person's line: name, position, organisation, apart at commas and spaced dashes. */
    private static final Pattern PERSON_PARTS = Pattern.compile(",|\\s[–—-]\\s");
    /** The letter of a sub-minute: {@code (a)} in {@code 124/24(a)}, {@code b} in {@code 12b}. */
    private static final Pattern SUB_MINUTE = Pattern.compile("\\s?\\([a-z]\\)|(?<=\\d)[a-z]$");
    private static final Pattern NOT_NUMBER_PART = Pattern.compile("[^\\d/.]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A line that ends a sentence, and so its paragraph. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:!?]$");
    /** Minutes run on in small steps; a number further on is a paragraph's. */
    private static final int MAX_STEP = 3;
    /** A heading without a number is a short line. */
    private static final int MAX_UNNUMBERED = 60;
    /** A heading is a line or two, not a paragraph. */
    private static final int MAX_HEADING = 160;
    private static final int LAST_HOUR = 22;
    private static final int FIRST_HOUR = 8;

    private MinutesParser() {
    }

    public record Result(Minutes minutes, List<Warning> warnings) {
    }

    /**
     * A line reduced to text and cells, with where it stands and whether it is set in bold.
     *
     * @param line the line as read, for the columns of a table
     */
    private record Row(String text, List<String> cells, Integer page, Integer printed, boolean bold, Line line) {
        static Row of(PageLine line) {
            List<String> cells = line.line().cells().stream()
                    .map(cell -> WHITE_SPACE.matcher(cell.text()).replaceAll(" ").strip()).toList();
            String text = String.join(" ", cells.stream().filter(cell -> !cell.isEmpty()).toList()).strip();
            return new Row(text, cells.stream().filter(cell -> !cell.isEmpty()).toList(), line.physicalPage(),
                    line.printedPage(), line.line().bold(), line.line());
        }

        boolean blank() {
            return text.isEmpty();
        }
    }

    public static Result parse(String documentId, String agendaItem, List<PageLine> lines) {
        return new Run(documentId, agendaItem, lines).parse();
    }

    private static final class Run {
        private final String documentId;
        private final String agendaItem;
        private final List<PageLine> source;
        private final List<Row> rows;
        private final List<Warning> warnings = new ArrayList<>();
        private final List<Attendee> attendance = new ArrayList<>();
        private final List<Apology> apologies = new ArrayList<>();
        /** the minutes carry no numbers: their headings stand on lines of their own */
        private boolean unnumbered;

        Run(String documentId, String agendaItem, List<PageLine> lines) {
            this.documentId = documentId;
            this.agendaItem = agendaItem;
            this.source = lines;
            this.rows = lines.stream().map(Row::of).toList();
        }

        Result parse() {
            Meeting meeting = MeetingHeaderParser.fromMinutes(source);
            int present = indexOf(PRESENT, 0);
            int itemsStart = firstItemRow(present < 0 ? 0 : present + 1);
            if (present >= 0) {
                readAttendance(present, itemsStart);
            }
            // with no minute found, the closing line is looked for after the attendance
            int end = endOfItems(itemsStart < rows.size() ? itemsStart : Math.max(0, present + 1));
            List<MinutesItem> items = readItems(itemsStart, end);
            items.stream().map(item -> item.text()).map(APOLOGIES_SENTENCE::matcher).filter(Matcher::find)
                    .findFirst().ifPresent(m -> addApologies(PeopleParser.nameList(m.group(1))));
            String start = time(COMMENCED, end, "start");
            String finish = time(CONCLUDED, end, "end");
            finish = finish != null ? finish : labelledEnd(itemsStart);
            if (start == null && meeting != null) {
                start = meeting.time();
            }
            List<Integer> pages = rows.stream().map(Row::page).filter(Objects::nonNull).toList();
            List<Integer> printed = rows.stream().map(Row::printed).filter(Objects::nonNull).toList();
            Minutes minutes = new Minutes(documentId, agendaItem, meeting == null ? null : meeting.body(),
                    meeting == null ? null : meeting.date(), meeting == null ? null : meeting.venue(), start, finish,
                    chair(end), attendance, apologies, items, TextShape.first(pages), TextShape.last(pages),
                    TextShape.first(printed), TextShape.last(printed));
            return new Result(minutes, warnings);
        }

        private int indexOf(Pattern pattern, int from) {
            for (int i = from; i < rows.size(); i++) {
                if (pattern.matcher(rows.get(i).text()).matches()) {
                    return i;
                }
            }
            return -1;
        }

        /** The first minute: a numbered heading, or the first row of a minutes table. */
        private int firstItemRow(int from) {
            for (int i = from; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (TABLE_HEADER.matcher(row.text()).matches() && row.cells().size() > 1) {
                    return i;
                }
                Matcher heading = HEADING.matcher(row.text());
                if (heading.matches() && isHeadingTitle(heading.group(2), null, row.bold())) {
                    return i;
                }
            }
            // minutes without numbers: the first heading that stands on a line of its own
            for (int i = from; i < rows.size(); i++) {
                if (isUnnumberedHeading(i)) {
                    unnumbered = true;
                    return i;
                }
            }
            return rows.size();
        }

        /**
         * A minute's heading printed without a number: a short line in bold (PDF), or in text a short line of
         * capitalised words with no closing stop, with the minute's text under it.
         */
        private boolean isUnnumberedHeading(int index) {
            Row row = rows.get(index);
            String text = row.text();
            if (text.isEmpty() || text.length() > MAX_UNNUMBERED || !Character.isUpperCase(text.charAt(0))
                    || CLAUSE_END.matcher(text).matches() || PRESENT.matcher(text).matches()
                    || GROUP_LABEL.matcher(text).matches()
                    || index + 1 >= rows.size() || rows.get(index + 1).text().isEmpty()) {
                return false;
            }
            boolean positioned = row.line().words().stream().anyMatch(word -> word.box() != null);
            return positioned ? row.bold() : TextShape.isTitleCase(text);
        }

        /** The minutes end where the closing time is given. */
        private int endOfItems(int from) {
            for (int i = from; i < rows.size(); i++) {
                String text = rows.get(i).text();
                if (COMMENCED.matcher(text).find() && CONCLUDED.matcher(text).find()
                        || MEETING_CLOSED.matcher(text).matches()) {
                    return i;
                }
            }
            return rows.size();
        }

        private void readAttendance(int present, int end) {
            String group = null;
            boolean inApologies = false;
            boolean table = false;
            boolean organisationSecond = false;
            StringBuilder pending = new StringBuilder();
            Continued first = continued(PRESENT.matcher(rows.get(present).text()).replaceFirst("$1").strip(),
                    present + 1, end);
            String glued = first.text();
            // "Members present", "Councillors": the opening label names the group, a bare "Present" none
            String opener = rows.get(present).text().replaceFirst("\\s*:.*$", "").strip();
            if (!opener.equalsIgnoreCase("present")) {
                group = opener;
            }
            if (PeopleParser.isNameList(glued)) {
                attendance.addAll(PeopleParser.nameListAttendees(glued, group));
            } else if (startsPerson(glued)) {
                pending.append(glued);
            } else if (!glued.isEmpty()) {
                group = glued.replaceAll(":$", "");
            }
            for (int i = first.next(); i < end; i++) {
                Row row = rows.get(i);
                String text = row.text();
                if (PERSON_TABLE_HEADER.matcher(text).matches()) {
                    table = true;
                    organisationSecond = row.cells().size() > 1
                            && row.cells().get(1).matches("(?i)^(?:organisation|representing|council)\\b.*");
                    continue;
                }
                if (row.blank()) {
                    continue;
                }
                Matcher labelled = GROUP_LABEL.matcher(text);
                if (labelled.matches() && !labelled.group(2).isBlank()) {
                    // a group and its people on one line: "Also present: …", "Substitutes: …"
                    flush(pending, group);
                    group = labelled.group(1).strip();
                    inApologies = false;
                    table = false;
                    Continued list = continued(labelled.group(2).strip(), i + 1, end);
                    i = list.next() - 1;
                    String people = list.text();
                    if (PeopleParser.isNameList(people)) {
                        attendance.addAll(PeopleParser.nameListAttendees(people, group));
                    } else {
                        pending.append(people);
                    }
                    continue;
                }
                Matcher apologiesHeading = APOLOGIES_HEADING.matcher(text);
                if (apologiesHeading.matches() && !text.contains(",") || APOLOGIES_LABEL.matcher(text).matches()) {
                    flush(pending, group);
                    inApologies = true;
                    table = false;
                    String rest = apologiesHeading.matches() ? apologiesHeading.group(1) : "";
                    if (!rest.isBlank()) {
                        addApologies(PeopleParser.nameList(rest));
                    }
                    continue;
                }
                if (isGroupHeading(row)) {
                    flush(pending, group);
                    group = text.replaceAll(":$", "").strip();
                    inApologies = false;
                    table = false;
                    continue;
                }
                if (table) {
                    tableRow(row, group, inApologies, organisationSecond);
                } else if (inApologies) {
                    addApologies(PeopleParser.nameList(text));
                } else {
                    if (pending.length() > 0 && (pending.toString().endsWith(")")
                            || startsPerson(text) && isComplete(pending.toString()))) {
                        flush(pending, group);
                    }
                    pending.append(pending.length() == 0 ? "" : " ").append(text);
                }
            }
            flush(pending, group);
        }

        /** A list of people and the row after it. */
        private record Continued(String text, int next) {
        }

        /** A list that ends with a comma or {@code and} goes on over the rows after it. */
        private Continued continued(String text, int from, int end) {
            StringBuilder joined = new StringBuilder(text);
            String last = text;
            int next = from;
            // the end of the list so far is the end of its last line
            while (next < end && LIST_GOES_ON.matcher(last).matches() && !rows.get(next).blank()) {
                last = rows.get(next).text();
                joined.append(' ').append(last);
                next++;
            }
            return new Continued(joined.toString(), next);
        }

        /** The people of a run of lines: one per line, several to a line, or one wrapped over lines. */
        private void flush(StringBuilder pending, String group) {
            if (pending.length() > 0) {
                attendance.addAll(PeopleParser.attendees(pending.toString(), group));
                pending.setLength(0);
            }
        }

        /**
         * Whether the text so far can end a person: it ends with a closing parenthesis, has a name only, or its
         * last part (after the last comma or dash) is an organisation's name or two words at least. A printed
         * line that breaks a person in two ("…, Corporate" / "Manager Health Improvement, …") is not complete.
         */
        private static boolean isComplete(String text) {
            String[] parts = PERSON_PARTS.split(text);
            String last = parts[parts.length - 1].strip();
            return text.endsWith(")") || parts.length == 1 || !text.endsWith(",")
                    && (WHITE_SPACE.split(last).length >= 2 || PeopleParser.endsOrganisation(last));
        }

        /** A line that starts a new person: a title, or a name of two words or more followed by a separator. */
        private static boolean startsPerson(String text) {
            String firstWord = WHITE_SPACE.split(text, 2)[0];
            if (PeopleParser.endsOrganisation(firstWord)) {
                return false;
            }
            return PeopleParser.isTitle(firstWord) || NAME_THEN_SEPARATOR.matcher(text).matches()
                    || NAME_ALONE.matcher(text).matches();
        }

        /**
         * A row of a people table: a person (name, position, organisation), or, with one cell only, the
         * wrapped rest of the position of the person above.
         */
        private void tableRow(Row row, String group, boolean inApologies, boolean organisationSecond) {
            if (row.cells().size() > 1) {
                Attendee person = organisationSecond ? withOrganisation(PeopleParser.attendee(row.cells().get(0), group),
                        row.cells().get(1)) : PeopleParser.fromTableRow(row.cells(), group);
                if (inApologies) {
                    apologies.add(new Apology(person.name(), person.organisation()));
                } else {
                    attendance.add(person);
                }
            } else if (!inApologies && !attendance.isEmpty()) {
                Attendee last = attendance.remove(attendance.size() - 1);
                String position = last.position() == null ? row.text() : last.position() + " " + row.text();
                attendance.add(new Attendee(last.name(), last.organisation(), last.role(), position, last.group(),
                        last.forMinutes()));
            }
        }

        /** A person of a table whose second column is the organisation ({@code Name | Organisation}). */
        private static Attendee withOrganisation(Attendee named, String organisation) {
            return new Attendee(named.name(), organisation, named.role(), named.position(), named.group(),
                    named.forMinutes());
        }

        private static boolean isGroupHeading(Row row) {
            String text = row.text();
            return row.cells().size() == 1 && text.length() <= 60 && !text.contains(",") && !text.contains("(")
                    && !PeopleParser.isTitle(WHITE_SPACE.split(text, 2)[0])
                    && (text.endsWith(":") || GROUP_WORDS.matcher(text).matches());
        }

        private void addApologies(List<Apology> people) {
            Set<String> known = new HashSet<>();
            apologies.forEach(person -> known.add(person.name()));
            people.stream().filter(person -> known.add(person.name())).forEach(apologies::add);
        }

        private List<MinutesItem> readItems(int from, int to) {
            boolean table = from < to && TABLE_HEADER.matcher(rows.get(from).text()).matches();
            TableColumns columns = table ? TableColumns.under(rows.get(from).line()) : null;
            List<ItemBuilder> items = new ArrayList<>();
            Boolean shouted = null;
            int start = table ? from + 1 : from;
            for (int i = start; i < to; i++) {
                Row row = rows.get(i);
                List<String> cells = table ? columns.of(row.line()) : row.cells();
                boolean numberCell = table && cells.size() > 1 && TABLE_MINUTE_NUMBER.matcher(cells.get(0)).matches();
                int titleCells = numberCell ? 2 : 1;
                String headingText = table ? String.join(" ", cells.subList(0, Math.min(titleCells,
                        cells.size()))).strip() : row.text();
                Matcher heading = HEADING.matcher(headingText);
                ItemBuilder current = items.isEmpty() ? null : items.get(items.size() - 1);
                boolean firstTableRow = table && items.isEmpty() && cells.size() > 1 && !cells.get(0).isEmpty();
                if (heading.matches() && fits(heading.group(1), items) && (table
                        || isHeadingTitle(heading.group(2), shouted, row.bold()))) {
                    shouted = shouted != null ? shouted : TextShape.isCapitals(heading.group(2));
                    ItemBuilder item = new ItemBuilder(heading.group(1), heading.group(2), row);
                    if (table) {
                        cells.stream().skip(titleCells).filter(cell -> !cell.isEmpty()).forEach(item::addText);
                    }
                    duplicateCheck(item, items);
                    items.add(item);
                } else if (unnumbered && !table && isUnnumberedHeading(i)) {
                    items.add(new ItemBuilder(null, row.text(), row));
                } else if (firstTableRow) {
                    ItemBuilder item = new ItemBuilder(null, cells.get(0), row);
                    cells.stream().skip(1).filter(cell -> !cell.isEmpty()).forEach(item::addText);
                    items.add(item);
                } else if (current == null) {
                    continue;
                } else if (!table && current.wrapsHeading(row, shouted)) {
                    current.appendTitle(row.text());
                } else if (!table && current.decided() && HEADLESS_OPENING.matcher(row.text()).matches()) {
                    ItemBuilder headless = new ItemBuilder(null, null, row);
                    headless.addText(row.text());
                    items.add(headless);
                    warnings.add(new Warning("MINUTE_HEADING_MISSING", "minutes " + documentId + ": a minute after "
                            + current.label() + " has no heading; its text is kept as an untitled item", row.page()));
                } else if (table) {
                    current.addTableRow(row, cells);
                } else {
                    current.add(row);
                }
            }
            numberTheFirst(items);
            return items.stream().map(ItemBuilder::build).toList();
        }

        /** A first minute printed without its number, before minute 2, is minute 1. */
        private static void numberTheFirst(List<ItemBuilder> items) {
            if (items.size() >= 2 && items.get(0).number == null && items.get(0).title != null
                    && "2".equals(items.get(1).number)) {
                items.set(0, items.get(0).numbered("1"));
            }
        }

        private void duplicateCheck(ItemBuilder item, List<ItemBuilder> items) {
            if (items.stream().anyMatch(other -> item.number.equals(other.number))) {
                warnings.add(new Warning("MINUTE_NUMBER_DUPLICATED", "minutes " + documentId + ": minute "
                        + item.number + " is numbered twice; both are kept", item.first.page()));
            }
        }

        /**
         * Minute numbers run on through the year: each is the one before (a sub-minute, {@code 124/24(a)}), or a
         * little after it.
         */
        private static boolean fits(String number, List<ItemBuilder> items) {
            int value = sequence(number);
            for (int i = items.size() - 1; i >= 0; i--) {
                if (items.get(i).number != null) {
                    int last = sequence(items.get(i).number);
                    // minutes keep their numbering's shape: a "2." inside minute 24/25.02 is a paragraph's
                    return shape(number).equals(shape(items.get(i).number)) && value >= last
                            && value <= last + MAX_STEP;
                }
            }
            return true;
        }

        /** The shape of a minute's number, its digits and letters aside: {@code 9/9.9} for {@code 24/25.01}. */
        private static String shape(String number) {
            String bare = SUB_MINUTE.matcher(number).replaceAll("");
            return DIGITS.matcher(NOT_NUMBER_PART.matcher(bare).replaceAll("")).replaceAll("9");
        }

        private static int sequence(String number) {
            Matcher m = SEQUENCE.matcher(number);
            if (!m.find()) {
                return 0;
            }
            return Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        }

        /** The time a closing line gives, e.g. {@code The meeting commenced at 2.03 pm and concluded at 4.00 pm}. */
        private String time(Pattern pattern, int from, String which) {
            Matcher m = null;
            for (int i = from; i < rows.size() && m == null; i++) {
                Matcher candidate = pattern.matcher(rows.get(i).text());
                m = candidate.find() ? candidate : null;
            }
            if (m == null) {
                return null;
            }
            Optional<LocalTime> time = Dates.findTime(m.group(1));
            if (time.isEmpty()) {
                return null;
            }
            if (time.get().getHour() < FIRST_HOUR || time.get().getHour() > LAST_HOUR) {
                warnings.add(new Warning("MINUTES_TIME_IMPLAUSIBLE", "minutes " + documentId + ": the meeting's "
                        + which + " time reads " + m.group(1).strip() + ", kept as printed", null));
            }
            return time.get().toString();
        }

        /** The end time a label above the minutes gives ({@code Time Concluded: 11.45 am}). */
        private String labelledEnd(int itemsStart) {
            for (int i = 0; i < Math.min(itemsStart, rows.size()); i++) {
                Matcher label = END_LABEL.matcher(rows.get(i).text());
                Optional<LocalTime> time = label.matches() ? Dates.findTime(label.group(2)) : Optional.empty();
                if (time.isPresent()) {
                    return time.get().toString();
                }
            }
            return null;
        }

        /** The chair who signed: a {@code Name (Chairman)} line at the end, else the attendee marked chair. */
        private String chair(int end) {
            for (int i = rows.size() - 1; i >= Math.max(0, end - 1); i--) {
                Matcher signature = SIGNATURE.matcher(rows.get(i).text());
                if (signature.matches()) {
                    return signature.group(1).strip();
                }
            }
            return attendance.stream().filter(person -> person.role() != null
                            && person.role().toLowerCase().startsWith("chair")).map(Attendee::name).findFirst()
                    .orElse(null);
        }
    }

    /** Collects one minute's rows. */
    private static final class ItemBuilder {
        private final String number;
        private final StringBuilder title;
        private final Row first;
        private final List<String> lines = new ArrayList<>();
        private final DecisionProgress progress = new DecisionProgress();
        private final List<Row> rows = new ArrayList<>();

        ItemBuilder(String number, String title, Row first) {
            this.number = number;
            this.title = title == null ? null : new StringBuilder(title.strip());
            this.first = first;
            rows.add(first);
        }

        String label() {
            return number == null ? "an untitled minute" : "minute " + number;
        }

        void appendTitle(String text) {
            title.append(' ').append(text.strip());
            rows.add(null);
        }

        /**
         * Whether a row right under the heading goes on with it: its agenda reference ({@code (Item 5)}), or the
         * rest of a wrapped title, in capitals like a shouted heading or in bold like a bold one.
         */
        boolean wrapsHeading(Row row, Boolean shouted) {
            String text = row.text();
            if (!lines.isEmpty() || title == null) {
                return false;
            }
            if (AGENDA_REF_LINE.matcher(text).matches()) {
                return true;
            }
            // a title that stops on "of a" or "and" is unfinished, whatever its type says
            boolean unfinished = UNFINISHED.matcher(title).find();
            boolean sameStyle = Boolean.TRUE.equals(shouted) && TextShape.isCapitals(text)
                    || first.bold() && row.bold() && !AGENDA_REF.matcher(title).find() || unfinished;
            return sameStyle && text.length() <= 80 && !text.matches("^\\d{1,3}[.)]\\s.*")
                    && !text.matches("^RESOLVED\\b.*") && !text.endsWith(":");
        }

        boolean decided() {
            return progress.decided();
        }

        void addText(String text) {
            lines.add(text);
            progress.add(text);
        }

        void add(Row row) {
            rows.add(row);
            addText(row.text());
        }

        /** A row of a minutes table: text in the first column goes on with the title, the rest is the minute's. */
        void addTableRow(Row row, List<String> cells) {
            rows.add(row);
            // a row across the columns has the title's next line in the first; a lone cell is the minute's text
            boolean titleLine = title != null && cells.size() > 1 && !cells.get(0).isEmpty();
            if (titleLine && !title.toString().endsWith(cells.get(0))) {
                title.append(' ').append(cells.get(0));
            }
            cells.stream().skip(titleLine ? 1 : 0).filter(cell -> !cell.isEmpty()).forEach(this::addText);
        }

        /** The same minute under the number its place gives it. */
        ItemBuilder numbered(String given) {
            ItemBuilder copy = new ItemBuilder(given, title.toString(), first);
            lines.forEach(copy::addText);
            copy.rows.addAll(rows.subList(1, rows.size()));
            return copy;
        }

        MinutesItem build() {
            String titleText = title == null ? null : title.toString().replaceAll("\\s+", " ").strip();
            String agendaRef = null;
            if (titleText != null) {
                Matcher ref = AGENDA_REF.matcher(titleText);
                if (ref.find()) {
                    agendaRef = ref.group(1);
                    titleText = ref.replaceAll(" ").strip();
                }
            }
            DecisionParser.Decision decision = DecisionParser.decide(lines);
            String text = paragraphs(lines);
            List<Integer> pages = rows.stream().filter(Objects::nonNull).map(Row::page).filter(Objects::nonNull).toList();
            List<Integer> printed = rows.stream().filter(Objects::nonNull).map(Row::printed).filter(Objects::nonNull)
                    .toList();
            return new MinutesItem(number, titleText, agendaRef, text, decision.resolutions(), decision.decision(),
                    DecisionParser.votes(text), TextShape.first(pages), TextShape.last(pages),
                    TextShape.first(printed), TextShape.last(printed));
        }
    }

    /** Lines joined into paragraphs: a line that ends a sentence ends its paragraph. */
    private static String paragraphs(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean open = false;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                open = false;
                continue;
            }
            if (text.length() > 0) {
                text.append(open ? " " : "\n");
            }
            text.append(stripped);
            open = !SENTENCE_END.matcher(stripped).matches();
        }
        return text.toString();
    }

    /**
     * Whether a numbered line's text reads as a minute's heading in the house style seen so far: capitals
     * ({@code 22 MINUTES OF PREVIOUS MEETING}) or a short title ({@code 76. Apologies}).
     */
    private static boolean isHeadingTitle(String title, Boolean shoutedStyle, boolean bold) {
        if (title.length() > MAX_HEADING || title.endsWith(".") || title.chars().filter(Character::isLetter).count() < 2) {
            return false;
        }
        if (bold) {
            // set in bold like a heading: the weight says more than the wording
            return true;
        }
        int words = WHITE_SPACE.split(title).length;
        if (shoutedStyle == null) {
            return TextShape.isCapitals(title) || title.length() <= 60 && words <= 8;
        }
        return shoutedStyle ? TextShape.isCapitals(title) : title.length() <= 80 && words <= 12;
    }

}
