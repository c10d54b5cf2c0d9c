package org.agendapack.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.source.Box;

/**
 * Reads the items of a front-sheet agenda. It knows the shapes of an agenda, not any council's wording:
 * numbered items whose page range follows the title in parentheses, stands in a page column, or sits on a
 * line of its own; titles that wrap; descriptions, contact blocks and notes under an item; part headings;
 * and leading items printed without numbers, whose numbers follow from the first numbered item.
 */
public final class AgendaParser {

    private static final Pattern ITEM = Pattern.compile(
            "^(?:[-*•]\\s*)?(\\d{1,2}(?:\\.\\d{1,2})?(?:[a-z]|\\s?\\([a-z]\\))?)\\s*[.):]?\\s+([\\p{Lu}\\d\"'‘“(].*)$");
    private static final Pattern PART_HEADING = Pattern.compile("(?i)^" + Wording.alternation(Wording.PART_WORDS)
            + "\\s+(1|2|i{1,2}|one|two|a|b)\\b\\s*(?:[-–—:./]|$)(.*)$");
    private static final Pattern EXEMPT_HEADING = Wording.wholeLine(Wording.EXEMPT_PART_HEADINGS);
    private static final Pattern PUBLIC_HEADING = Wording.wholeLine(Wording.PUBLIC_PART_HEADINGS);
    private static final Pattern ITEM_LIST_HEADING = Wording.wholeLine(Wording.ITEM_LIST_HEADINGS);
    private static final Pattern ITEM_LIST_COLUMN = Wording.wholeLine(Wording.ITEM_LIST_COLUMNS);
    private static final Pattern NO_ITEMS = Pattern.compile("(?i)^there\\s+are\\s+no\\s+.*items.*");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,2}[a-z]?\\.?$");
    private static final Pattern GLUED_ITEM = Pattern.compile("\\s(\\d{1,2}[a-z]?\\.\\s+\\p{Lu}.*)$");
    private static final Pattern AGENDA_HEADING = Pattern.compile("(?i)^(?:supplementary\\s+)?agenda\\b.{0,25}$");
    private static final Pattern COLUMN_HEADING = Pattern.compile("(?i)^(?:item\\s+)?(?:pages?|page\\s+no\\.?|page\\(s\\))$");
    private static final Pattern END = Wording.opening(Wording.AGENDA_ENDS);
    private static final Pattern CONTACT = Wording.labelled(Wording.ITEM_CONTACT_LABELS);
    private static final Pattern PHONE = Wording.labelled(Wording.PHONE_LABELS);
    private static final Pattern EMAIL_LINE = Wording.labelled(Wording.EMAIL_LABELS);
    private static final Pattern CONTACT_LEAD = Pattern.compile("(?i)^for\\s+(?:requests\\s+for\\s+)?further\\s+information.*");
    private static final Pattern NOTE = Pattern.compile(
            "(?i)^[-–•*(]*\\s*" + Wording.alternation(Wording.ITEM_NOTES) + "\\s*[).]*$");
    private static final Pattern DESCRIPTION_START = Pattern.compile(
            "(?i)^" + Wording.alternation(Wording.ITEM_DESCRIPTION_STARTS) + "\\s+\\p{L}+.*");
    private static final Pattern VERBAL = Wording.anywhere(Wording.VERBAL_WORDS);
    private static final Pattern WITHDRAWN = Wording.anywhere(Wording.WITHDRAWN_WORDS);
    private static final Pattern TO_FOLLOW = Wording.anywhere(Wording.TO_FOLLOW_WORDS);
    private static final Pattern LABEL = Pattern.compile("^[^:]{1,40}:(\\s|$).*");
    /** {@code 1 December 2025}: a date whose day reads as an item number, not an item. */
    private static final Pattern DATE_TITLE = Pattern.compile(
            "(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}\\b.{0,20}$");
    /** Items count up in small steps: a number further on, without pages, is not the next item. */
    private static final int MAX_STEP = 3;
    /**
     * A line this close below the one above (in font sizes, baseline to baseline) is in the same paragraph: a
     * wrapped title, not the description or note set apart below it.
     */
    private static final double SAME_PARAGRAPH = 1.45;
    /** A title continuation in a page-column layout is a few words, not a sentence. */
    private static final int MAX_CONTINUATION = 40;
    private static final int MAX_TITLE = 300;

    private AgendaParser() {
    }

    /**
     * One non-blank line of the front sheet, reduced to what the agenda needs.
     *
     * @param joinsAbove whether the line is in the same paragraph as the line above: true when it sits at the
     *                   line spacing below it (or, in text without positions, starts in lower case), false when
     *                   set apart, null when unknown
     */
    private record Row(String text, List<String> cells, boolean bold, Integer page, Integer printed,
                       Boolean joinsAbove) {
        static Row of(PageLine line, PageLine above, boolean blankAbove) {
            List<String> cells = line.line().cells().stream().map(cell -> clean(cell.text()))
                    .filter(text -> !text.isEmpty()).toList();
            String text = String.join(" ", cells);
            return new Row(text, cells, line.line().bold(), line.page().physical() ? line.page().index() : null,
                    line.printedPage(), joinsAbove(line, above, blankAbove, text));
        }

        private static Boolean joinsAbove(PageLine line, PageLine above, boolean blankAbove, String text) {
            Box box = line.line().box();
            Double size = line.line().fontSize();
            if (box == null || size == null) {
                return Character.isLowerCase(text.charAt(0)) ? Boolean.TRUE : blankAbove ? Boolean.FALSE : null;
            }
            if (above == null || above.page() != line.page() || above.line().box() == null) {
                return false;
            }
            double drop = box.y() - above.line().box().y();
            return drop > 0 && drop <= SAME_PARAGRAPH * size;
        }

        Row withText(String text) {
            return new Row(text, List.of(text), bold, page, printed, joinsAbove);
        }
    }

    public static List<AgendaEntry> parse(List<PageLine> frontSheet) {
        return new Run().parse(rows(frontSheet));
    }

    /**
     * The rows, with an item that was run onto its part heading split off onto a row of its own, and an item
     * number printed on a line of its own joined to the title on the next line.
     */
    private static List<Row> rows(List<PageLine> frontSheet) {
        List<Row> rows = new ArrayList<>();
        Row loneNumber = null;
        PageLine above = null;
        boolean blankAbove = false;
        for (PageLine line : frontSheet) {
            if (line.line().isBlank()) {
                blankAbove = true;
                continue;
            }
            Row row = Row.of(line, above, blankAbove);
            above = line;
            blankAbove = false;
            if (loneNumber != null) {
                boolean title = Character.isUpperCase(row.text().charAt(0)) && !LONE_NUMBER.matcher(row.text()).matches();
                rows.add(title ? loneNumber.withText(loneNumber.text() + " " + row.text()) : loneNumber);
                loneNumber = null;
                if (title) {
                    continue;
                }
            }
            if (LONE_NUMBER.matcher(row.text()).matches()) {
                loneNumber = row;
                continue;
            }
            Matcher glued = GLUED_ITEM.matcher(row.text());
            if (PART_HEADING.matcher(row.text()).matches() && glued.find()) {
                rows.add(row.withText(row.text().substring(0, glued.start()).strip()));
                rows.add(row.withText(glued.group(1)));
            } else {
                rows.add(row);
            }
        }
        if (loneNumber != null) {
            rows.add(loneNumber);
        }
        return rows;
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The state of one pass over the rows. */
    private static final class Run {
        private final List<ItemBuilder> items = new ArrayList<>();
        private final List<ItemBuilder> unnumbered = new ArrayList<>();
        private ItemBuilder current;
        private boolean agendaStarted;
        /** under a letter's list of items, whose numbers may start anywhere */
        private boolean itemList;
        private int part = 1;

        List<AgendaEntry> parse(List<Row> rows) {
            for (Row row : rows) {
                if (!items.isEmpty() && END.matcher(row.text()).matches()) {
                    break;
                }
                accept(row);
            }
            return items.stream().map(ItemBuilder::build).toList();
        }

        private void accept(Row row) {
            String text = row.text();
            Optional<Integer> heading = partHeading(text);
            if (heading.isPresent()) {
                part = heading.get();
                agendaStarted = true;
                closeItem();
                return;
            }
            boolean listHeading = ITEM_LIST_HEADING.matcher(text).matches()
                    || row.cells().size() > 1 && ITEM_LIST_HEADING.matcher(row.cells().get(0)).matches()
                    && row.cells().subList(1, row.cells().size()).stream()
                    .allMatch(cell -> ITEM_LIST_COLUMN.matcher(cell).matches());
            if (AGENDA_HEADING.matcher(text).matches() || COLUMN_HEADING.matcher(text).matches() || listHeading) {
                agendaStarted = true;
                itemList |= listHeading;
                closeItem();
                unnumbered.clear();
                return;
            }
            Matcher item = ITEM.matcher(text);
            if (item.matches() && hasWords(item.group(2)) && !DATE_TITLE.matcher(item.group(2)).matches()
                    && fitsSequence(item.group(1), hasPageReference(row))) {
                startItem(row, item.group(1).replace(" ", ""), item.group(2));
                return;
            }
            if (NO_ITEMS.matcher(text).matches() || isShoutedHeading(text) && current != null
                    && current.hasDescription()) {
                closeItem();
                return;
            }
            if (current != null) {
                current.add(row);
            } else if (agendaStarted && items.isEmpty()) {
                acceptBeforeFirstNumber(row);
            }
        }

        /** Before the first numbered item: title-like rows may be items printed without numbers. */
        private void acceptBeforeFirstNumber(Row row) {
            ItemBuilder last = unnumbered.isEmpty() ? null : unnumbered.get(unnumbered.size() - 1);
            if (last != null && !last.isTitleLike(row)) {
                last.add(row);
            } else if (isUnnumberedTitle(row.text())) {
                unnumbered.add(new ItemBuilder(null, row.text(), row, part));
            }
        }

        private void startItem(Row row, String number, String title) {
            if (items.isEmpty()) {
                adoptUnnumbered(number);
            }
            current = new ItemBuilder(number, title, row, part);
            items.add(current);
        }

        /** Leading unnumbered items count up to the first printed number (items 1 and 2 before item 3). */
        private void adoptUnnumbered(String firstNumber) {
            int missing = leadingInteger(firstNumber) - 1;
            if (missing > 0 && unnumbered.size() >= missing) {
                List<ItemBuilder> adopted = unnumbered.subList(unnumbered.size() - missing, unnumbered.size());
                for (int i = 0; i < adopted.size(); i++) {
                    adopted.get(i).number = String.valueOf(i + 1);
                    items.add(adopted.get(i));
                }
            }
            unnumbered.clear();
        }

        /**
         * Whether a number can be the next item's. An agenda counts up from 1 in small steps; a supplement or a
         * letter lists a few items from anywhere in it, each with its pages: an item that gives its pages may
         * start the list or jump ahead.
         */
        private boolean fitsSequence(String number, boolean pages) {
            int value = leadingInteger(number);
            if (items.isEmpty() && unnumbered.isEmpty()) {
                return value >= 1 && (value <= 3 || itemList || pages);
            }
            if (items.isEmpty()) {
                return value >= 1 && (value <= unnumbered.size() + 1 || pages);
            }
            String previous = items.get(items.size() - 1).number;
            int last = leadingInteger(previous);
            boolean subItem = value == last && !number.replace(" ", "").equals(previous);
            return subItem || value > last && (value <= last + MAX_STEP || pages);
        }

        private void closeItem() {
            current = null;
        }
    }

    private static Optional<Integer> partHeading(String text) {
        Matcher part = PART_HEADING.matcher(text);
        if (part.matches() && (TextShape.isCapitals(text) || !part.group(2).isBlank() || text.length() < 12)) {
            String which = part.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(Arrays.asList("2", "ii", "two", "b").contains(which) ? 2 : 1);
        }
        if (EXEMPT_HEADING.matcher(text).matches() && (TextShape.isCapitals(text) || text.length() < 60)) {
            return Optional.of(2);
        }
        if (PUBLIC_HEADING.matcher(text).matches() && text.length() < 60) {
            return Optional.of(1);
        }
        return Optional.empty();
    }

    /** An all-capitals line of several words ends the item above it: a section heading, a council's name. */
    private static boolean isShoutedHeading(String text) {
        return TextShape.isCapitals(text) && text.split(" ").length >= 2;
    }

    /** Whether a row gives an item's pages: in parentheses, or in a page column of its own. */
    private static boolean hasPageReference(Row row) {
        return PageRange.parenthesised(row.text()).isPresent()
                || row.cells().size() > 1 && PageRange.bare(row.cells().get(row.cells().size() - 1)).isPresent();
    }

    /** A title has words; a number or a page range alone is not one. */
    private static boolean hasWords(String title) {
        return title.chars().filter(Character::isLetter).count() >= 2 && PageRange.bare(title).isEmpty();
    }

    private static boolean isUnnumberedTitle(String text) {
        return text.length() <= 80 && Character.isUpperCase(text.charAt(0)) && !text.endsWith(".")
                && !LABEL.matcher(text).matches() && !DESCRIPTION_START.matcher(text).matches()
                && PageRange.bare(text).isEmpty() && text.split(" ").length <= 10;
    }

    private static int leadingInteger(String number) {
        Matcher digits = Pattern.compile("^\\d+").matcher(number);
        return digits.find() ? Integer.parseInt(digits.group()) : 0;
    }

    /** Collects the rows of one item. */
    private static final class ItemBuilder {
        private String number;
        private final boolean numberPrinted;
        private final StringBuilder title;
        private final StringBuilder description = new StringBuilder();
        private final List<String> notes = new ArrayList<>();
        private final int part;
        private final Row first;
        private final boolean titleBold;
        private PageRange range;
        private boolean rangeFromColumn;
        private String contactName;
        private String phone;
        private String email;
        private boolean inContact;

        ItemBuilder(String number, String titleText, Row row, int part) {
            this.number = number;
            this.numberPrinted = number != null;
            this.part = part;
            this.first = row;
            this.titleBold = row.bold();
            this.title = new StringBuilder();
            String text = titleText;
            if (number != null && row.cells().size() > 1) {
                // a page column: the last cell is the range
                Optional<PageRange> column = PageRange.bare(row.cells().get(row.cells().size() - 1));
                if (column.isPresent()) {
                    range = column.get();
                    rangeFromColumn = true;
                    text = text.substring(0, text.lastIndexOf(row.cells().get(row.cells().size() - 1))).strip();
                }
            }
            appendTitle(text);
        }

        boolean hasDescription() {
            return description.length() > 0;
        }

        /** Whether a row under an unnumbered item starts another item rather than continuing this one. */
        boolean isTitleLike(Row row) {
            boolean unfinishedSentence = hasDescription() && !description.toString().endsWith(".");
            return isUnnumberedTitle(row.text()) && !unfinishedSentence;
        }

        private void appendTitle(String text) {
            String joined = (title + " " + text).strip();
            title.setLength(0);
            Optional<PageRange> found = range != null ? Optional.empty()
                    : PageRange.parenthesised(joined).or(() -> PageRange.trailing(joined));
            found.ifPresent(value -> range = value);
            title.append(found.map(PageRange::text).orElse(joined));
        }

        void add(Row row) {
            String text = row.text();
            if (acceptContact(text)) {
                return;
            }
            if (NOTE.matcher(text).matches()) {
                notes.add(text.replaceAll("^[-–•*(\\s]+|[).\\s]+$", ""));
                return;
            }
            if (!hasDescription() && continuesTitle(row)) {
                appendTitle(text);
                return;
            }
            if (!hasDescription() && range == null && PageRange.bare(text).isPresent()) {
                range = PageRange.bare(text).get();
                return;
            }
            description.append(description.length() == 0 ? "" : " ").append(text);
        }

        private boolean continuesTitle(Row row) {
            String text = row.text();
            boolean lowerCase = Character.isLowerCase(text.charAt(0));
            // a bold title does not run on into plain text: that is the description under it
            boolean sameParagraph = Boolean.TRUE.equals(row.joinsAbove()) && !NOTE.matcher(text).matches()
                    && (row.bold() || !titleBold) && !text.endsWith(".");
            if (DESCRIPTION_START.matcher(text).matches() && !(sameParagraph && lowerCase)
                    || LABEL.matcher(text).matches() || title.length() + text.length() > MAX_TITLE) {
                return false;
            }
            if (sameParagraph && (range == null || !rangeFromColumn || lowerCase)) {
                return true;
            }
            String titleText = title.toString();
            boolean brokenRange = titleText.matches("(?i).*\\(\\s*(?:pages?(?:\\s+\\d+\\s*[-–]?)?)?\\s*$")
                    && text.matches("^\\d.*\\)$");
            if (range == null) {
                return brokenRange || PageRange.parenthesised(text).isPresent()
                        || titleBold && row.bold() && numberPrinted;
            }
            if (Boolean.FALSE.equals(row.joinsAbove())) {
                // set apart from the title: a description, a note or a signature, not more of the title
                return false;
            }
            return rangeFromColumn && row.cells().size() == 1 && text.length() <= MAX_CONTINUATION
                    && Character.isLetter(text.charAt(0)) && !text.endsWith(".");
        }

        private boolean acceptContact(String text) {
            Matcher contact = CONTACT.matcher(text);
            if (contact.matches()) {
                contactName = contact.group(2).strip();
                inContact = true;
                return true;
            }
            if (CONTACT_LEAD.matcher(text).matches()) {
                inContact = true;
                return true;
            }
            Matcher phoneLine = PHONE.matcher(text);
            Matcher emailLine = EMAIL_LINE.matcher(text);
            if (inContact && phoneLine.matches()) {
                phone = phoneLine.group(2).strip();
                return true;
            }
            if (inContact && emailLine.matches()) {
                Matcher address = ContactBlock.EMAIL.matcher(emailLine.group(2));
                email = address.find() ? address.group() : emailLine.group(2).strip();
                return true;
            }
            return false;
        }

        AgendaEntry build() {
            String titleText = clean(title.toString().replaceAll("\\*+", ""));
            String descriptionText = description.length() == 0 ? null : clean(description.toString());
            String all = titleText + " " + (descriptionText == null ? "" : descriptionText) + " " + notes;
            boolean withdrawn = WITHDRAWN.matcher(all).find();
            boolean verbal = range == null && VERBAL.matcher(all).find();
            AgendaEntry.Contact contact = contactName == null && phone == null && email == null ? null
                    : new AgendaEntry.Contact(contactName, phone, email);
            return new AgendaEntry(number, numberPrinted, titleText, descriptionText, part,
                    range == null ? null : range.start(), range == null ? null : range.end(), contact, verbal,
                    withdrawn, TO_FOLLOW.matcher(all).find(), notes, first.page(), first.printed());
        }
    }
}
