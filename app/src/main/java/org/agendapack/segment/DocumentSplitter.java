package org.agendapack.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agendapack.source.Line;

/**
 * Splits the papers after the front sheet into documents and gives each its agenda item, from every signal
 * a pack offers: {@code Agenda Item N} stamps, printed page numbers against the agenda's page ranges,
 * document headers (minutes, cover sheets, report headers, appendices), blank fillers, and the agenda's
 * order. Where the signals disagree the stronger one wins and a warning says so; no page is ever dropped.
 */
public final class DocumentSplitter {

    /** Header fields within this many lines of a document's opening line belong to the same header. */
    private static final int HEADER_WINDOW = 10;
    /** On a PDF page a document's opening must be among its first lines. */
    private static final int TOP_LINES = 8;
    /** Short lines above a header in text (logos, a board's name) open the document with it. */
    private static final int HEADING_LINES = 4;
    private static final int HEADING_LENGTH = 60;
    private static final Pattern LABEL_CELL = Pattern.compile("\\p{L}{3,}");
    /** How many lines at a page's edge tell whether it ends or opens with form rows. */
    private static final int FORM_ROWS = 4;
    private static final double TITLE_MATCH = 0.5;
    /** Page sizes closer than this (in points) are the same size; producers round differently. */
    private static final double SAME_SIZE = 0.005;

    private DocumentSplitter() {
    }

    public record Result(List<DocumentSpan> documents, Map<String, List<String>> documentsByItem,
                         List<SegmentWarning> warnings) {
    }

    /**
     * The blocks of one document.
     *
     * @param coveredReport the document opens where a finished cover sheet form leaves off: the report it covers
     */
    private record Group(List<Block> blocks, boolean coveredReport) {
        Block first() {
            return blocks.get(0);
        }
    }

    /** A run of one page's lines: a whole page, or part of a text page that holds several documents. */
    private record Block(PackPage page, Integer printed, boolean pageStart, DocumentHeader header,
                         List<Line> lines) {
        boolean blank() {
            return page.blank();
        }
    }

    /**
     * Splits a pack.
     *
     * @param frontKind what the pack's front matter is ({@code FRONT_SHEET}, {@code LETTER}, or {@code OTHER} for
     *                  a cover before papers that have neither)
     */
    public static Result split(List<PackPage> pages, List<PrintedPage> printed, FrontSheet.Split front,
                               List<AgendaEntry> agenda, boolean physicalPages, DocumentKind frontKind) {
        List<Block> blocks = blocks(pages, printed, front, physicalPages);
        List<Group> groups = group(blocks, agenda, physicalPages);
        return new Assignment(agenda, physicalPages).assign(frontGroups(pages, printed, front), frontKind, groups);
    }

    /**
     * The front matter as documents: its pages as one, and the blank pages that end it (a filler, or a page left
     * empty) as blank documents of their own. No page of a pack is left out of every document.
     */
    private static List<Group> frontGroups(List<PackPage> pages, List<PrintedPage> printed, FrontSheet.Split front) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < Math.min(front.paperPage(), pages.size()); i++) {
            blocks.add(new Block(pages.get(i), printed.get(i).number(), true, null, pages.get(i).body()));
        }
        if (front.paperLine() > 0) {
            PackPage page = pages.get(front.paperPage());
            blocks.add(new Block(page, null, true, null, page.body().subList(0, front.paperLine())));
        }
        int end = blocks.size();
        while (end > 0 && isEmpty(blocks.get(end - 1))) {
            end--;
        }
        List<Group> groups = new ArrayList<>();
        if (end > 0) {
            groups.add(new Group(new ArrayList<>(blocks.subList(0, end)), false));
        }
        blocks.subList(end, blocks.size()).forEach(block -> groups.add(new Group(List.of(block), false)));
        return groups;
    }

    private static boolean isEmpty(Block block) {
        return block.blank() || block.lines().stream().allMatch(Line::isBlank);
    }

    private static List<Block> blocks(List<PackPage> pages, List<PrintedPage> printed, FrontSheet.Split front,
                                      boolean physicalPages) {
        List<Block> blocks = new ArrayList<>();
        for (int i = front.paperPage(); i < pages.size(); i++) {
            PackPage page = pages.get(i);
            Integer number = printed.get(i).number();
            int from = i == front.paperPage() ? front.paperLine() : 0;
            if (physicalPages) {
                blocks.add(new Block(page, number, from == 0, pageHeader(page.body(), from), page.body()));
            } else {
                blocks.addAll(textBlocks(page, number, from));
            }
        }
        return blocks;
    }

    /** A PDF document opens at the top of a page. */
    private static DocumentHeader pageHeader(List<Line> body, int from) {
        for (int j = from; j < Math.min(body.size(), from + TOP_LINES); j++) {
            Optional<DocumentHeader> found = DocumentHeader.at(body, j);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /**
     * A text page may hold several documents whose page breaks were lost: it is cut at each header, taking
     * along the short heading lines just above it (a board's name, a logo's text). The page's footer number
     * belongs to its last part only.
     */
    private static List<Block> textBlocks(PackPage page, Integer number, int from) {
        List<Line> body = page.body();
        List<Block> blocks = new ArrayList<>();
        int start = from;
        DocumentHeader header = null;
        int headerLine = Integer.MIN_VALUE / 2;
        for (int j = from; j < body.size(); j++) {
            Optional<DocumentHeader> found = DocumentHeader.at(body, j);
            if (found.isEmpty() || j - headerLine <= HEADER_WINDOW
                    && DocumentHeader.isField(DocumentHeader.textOf(body.get(j)))) {
                continue;
            }
            int cut = headingStart(body, start, j);
            if (header == null && cut == start) {
                header = found.get();
            } else {
                blocks.add(new Block(page, null, start == 0, header, body.subList(start, cut)));
                start = cut;
                header = found.get();
            }
            headerLine = j;
        }
        blocks.add(new Block(page, number, start == 0, header, body.subList(start, body.size())));
        return blocks;
    }

    /** Where the heading of a document whose header is at {@code header} begins. */
    private static int headingStart(List<Line> body, int start, int header) {
        int cut = header;
        int taken = 0;
        for (int j = header - 1; j >= start && taken < HEADING_LINES; j--) {
            String text = DocumentHeader.textOf(body.get(j));
            if (text.isEmpty()) {
                continue;
            }
            long letters = text.chars().filter(Character::isLetter).count();
            if (text.length() > HEADING_LENGTH || text.contains(":") || text.endsWith(".")
                    || letters * 10 < text.replace(" ", "").length() * 8) {
                break;
            }
            cut = j;
            taken++;
        }
        return cut;
    }

    /**
     * Groups blocks into documents: a new one starts at a stamp, a header, a blank filler or (on physical pages)
     * where the printed pages pass into another item's range.
     */
    private static List<Group> group(List<Block> blocks, List<AgendaEntry> agenda, boolean physicalPages) {
        List<Group> groups = new ArrayList<>();
        Block previous = null;
        for (Block block : blocks) {
            boolean stamped = block.pageStart() && block.page().agendaItemStamp() != null;
            AgendaEntry owner = ownerByRange(agenda, block.printed());
            AgendaEntry previousOwner = previous == null ? null : ownerByRange(agenda, previous.printed());
            // footers in a text conversion are too sparse to cut documents by
            boolean rangeChange = physicalPages && owner != null && previousOwner != null && owner != previousOwner;
            boolean afterForm = physicalPages && previous != null && block.header() == null && !block.blank()
                    && followsFinishedForm(groups.get(groups.size() - 1), previous, block);
            boolean headed = block.header() != null && !continuesAppendix(groups, block);
            boolean starts = previous == null || stamped || headed || block.blank() != previous.blank()
                    || rangeChange || afterForm || physicalPages && (skipsNumber(previous, block)
                    || otherPaperSize(previous, block));
            if (starts) {
                groups.add(new Group(new ArrayList<>(), afterForm && !stamped && !rangeChange));
            }
            groups.get(groups.size() - 1).blocks().add(block);
            previous = block;
        }
        return groups;
    }

    /**
     * A printed page number skipped between two pages is a blank filler that carried no number, and fillers
     * end documents.
     */
    private static boolean skipsNumber(Block previous, Block block) {
        return previous.printed() != null && block.printed() != null && block.printed() > previous.printed() + 1;
    }

    /**
     * A pack is made by joining documents, each keeping its own page size: a page of another size (not merely
     * turned, as a landscape table in a report is) opens another document.
     */
    private static boolean otherPaperSize(Block previous, Block block) {
        PackPage a = previous.page();
        PackPage b = block.page();
        if (a.width() == null || b.width() == null || previous.blank() || block.blank()) {
            return false;
        }
        double shortA = Math.min(a.width(), a.height());
        double longA = Math.max(a.width(), a.height());
        double shortB = Math.min(b.width(), b.height());
        double longB = Math.max(b.width(), b.height());
        return Math.abs(shortA - shortB) > SAME_SIZE || Math.abs(longA - longB) > SAME_SIZE;
    }

    /** An appendix heading repeated at the top of its next pages ({@code APPENDIX F: … SAVINGS}) opens nothing. */
    private static boolean continuesAppendix(List<Group> groups, Block block) {
        if (groups.isEmpty() || block.header().kind() != DocumentKind.APPENDIX) {
            return false;
        }
        DocumentHeader opening = groups.get(groups.size() - 1).first().header();
        return opening != null && opening.kind() == DocumentKind.APPENDIX
                && DocumentHeader.appendixLabel(opening.title()).equals(DocumentHeader.appendixLabel(block.header().title()));
    }

    /**
     * A cover sheet is a form of label and value rows. When a page of one ends on form rows and the next page
     * opens with none, the form is finished and the next page opens the report it covers.
     */
    private static boolean followsFinishedForm(Group current, Block previous, Block block) {
        Block opening = current.first();
        if (opening.header() == null || opening.header().kind() != DocumentKind.COVER_SHEET) {
            return false;
        }
        List<Line> before = nonBlank(previous.lines());
        List<Line> after = nonBlank(block.lines());
        long formRowsAtEnd = before.subList(Math.max(0, before.size() - FORM_ROWS), before.size()).stream()
                .filter(DocumentSplitter::isFormRow).count();
        // lenient here: any row of cells near the top may still belong to the form
        boolean opensWithForm = after.subList(0, Math.min(after.size(), 2 * FORM_ROWS)).stream()
                .anyMatch(line -> line.cells().size() > 1);
        return formRowsAtEnd >= 2 && !after.isEmpty() && !opensWithForm;
    }

    /** A label and its value in cells of their own; a bullet or a numbered paragraph is not one. */
    private static boolean isFormRow(Line line) {
        return line.cells().size() > 1 && LABEL_CELL.matcher(line.cells().get(0).text()).find();
    }

    private static List<Line> nonBlank(List<Line> lines) {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    static AgendaEntry ownerByRange(List<AgendaEntry> agenda, Integer printedPage) {
        return agenda.stream().filter(entry -> entry.covers(printedPage)).findFirst().orElse(null);
    }

    /** Gives each document an item and a kind, in pack order. */
    private static final class Assignment {
        private final List<AgendaEntry> agenda;
        private final boolean physicalPages;
        private final List<SegmentWarning> warnings = new ArrayList<>();
        private final Map<String, List<String>> byItem = new LinkedHashMap<>();
        private final Map<String, AgendaEntry> unlisted = new LinkedHashMap<>();

        Assignment(List<AgendaEntry> agenda, boolean physicalPages) {
            this.agenda = agenda;
            this.physicalPages = physicalPages;
            agenda.forEach(entry -> byItem.put(entry.number(), new ArrayList<>()));
        }

        Result assign(List<Group> front, DocumentKind frontKind, List<Group> groups) {
            List<DocumentSpan> documents = new ArrayList<>();
            for (Group group : front) {
                DocumentKind kind = isEmpty(group.first()) ? DocumentKind.BLANK : frontKind;
                documents.add(span("d" + (documents.size() + 1), kind, null, group.blocks()));
            }
            List<AgendaEntry> owners = new ArrayList<>();
            List<DocumentKind> kinds = new ArrayList<>();
            AgendaEntry previous = null;
            for (Group group : groups) {
                Block first = group.first();
                DocumentKind kind = first.blank() ? DocumentKind.BLANK
                        : first.header() != null ? first.header().kind()
                        : group.coveredReport() ? DocumentKind.REPORT : null;
                AgendaEntry owner = owner(group.blocks(), kind, previous, owners);
                owners.add(owner);
                kinds.add(kind);
                previous = owner == null ? previous : owner;
            }
            for (int i = 0; i < groups.size(); i++) {
                List<Block> group = groups.get(i).blocks();
                AgendaEntry owner = owners.get(i);
                DocumentKind kind = kinds.get(i) != null ? kinds.get(i) : unheadedKind(i, owners, kinds);
                DocumentSpan span = span("d" + (documents.size() + 1), kind, owner, group);
                documents.add(span);
                if (owner != null) {
                    byItem.computeIfAbsent(owner.number(), number -> new ArrayList<>()).add(span.id());
                }
                check(span, owner);
            }
            // a front sheet published alone has its papers elsewhere, and exempt papers whose pages lie beyond the
            // pack's were kept out of the public pack: nothing is missing then
            int lastPrinted = groups.stream().flatMap(group -> group.blocks().stream()).map(Block::printed)
                    .filter(Objects::nonNull).max(Integer::compare).orElse(0);
            for (AgendaEntry entry : groups.isEmpty() ? List.<AgendaEntry>of() : agenda) {
                boolean withheld = entry.part() == 2 && entry.pageStart() != null && entry.pageStart() > lastPrinted;
                if (entry.expectsPapers() && !withheld && byItem.get(entry.number()).isEmpty()) {
                    warnings.add(new SegmentWarning("MISSING_PAPERS", "item " + entry.number() + " ("
                            + entry.title() + ") lists pages " + entry.pageStart() + "-" + entry.pageEnd()
                            + " but no papers for it were found", null));
                }
            }
            return new Result(documents, byItem, warnings);
        }

        /**
         * The item a document belongs to. Its stamp or {@code ITEM: N} block decides; then, on physical pages,
         * the agenda range its printed pages fall in; then the title its header gives; then (in text, whose
         * footers are sparse) the range; then continuity for blank fillers, appendices and unheaded pages, the
         * minutes item for minutes, and the agenda's order for other headed documents.
         */
        private AgendaEntry owner(List<Block> group, DocumentKind kind, AgendaEntry previous,
                                  List<AgendaEntry> earlier) {
            Block first = group.get(0);
            String stamp = first.pageStart() ? first.page().agendaItemStamp() : null;
            String ref = stamp != null ? stamp : first.header() == null ? null : first.header().itemRef();
            AgendaEntry explicit = ref == null ? null : byNumber(ref).orElseGet(() -> unlisted(ref));
            AgendaEntry byRange = majorityByRange(group);
            if (explicit != null) {
                if (physicalPages && byRange != null && explicit != byRange) {
                    warnings.add(new SegmentWarning("PAGE_RANGE_MISMATCH", "pages " + pagesOf(group)
                            + " are marked as item " + explicit.number() + " but the agenda gives them to item "
                            + byRange.number(), first.page().index()));
                }
                return explicit;
            }
            if (physicalPages && byRange != null) {
                return byRange;
            }
            AgendaEntry byTitle = first.header() == null ? null : byTitle(first.header().title(), previous, earlier);
            if (byTitle != null) {
                return byTitle;
            }
            if (kind == null && byRange != null) {
                return byRange;
            }
            if (kind == DocumentKind.MINUTES) {
                Optional<AgendaEntry> minutes = agenda.stream()
                        .filter(entry -> entry.title().toLowerCase(Locale.ROOT).contains("minutes"))
                        .filter(entry -> !earlier.contains(entry)).findFirst();
                if (minutes.isPresent()) {
                    return minutes.get();
                }
            }
            if (kind == null || kind == DocumentKind.BLANK || kind == DocumentKind.APPENDIX) {
                return previous;
            }
            return nextWithPapers(previous, earlier);
        }

        /** The first item after {@code previous} that expects papers and has none yet. */
        private AgendaEntry nextWithPapers(AgendaEntry previous, List<AgendaEntry> earlier) {
            int from = previous == null ? 0 : agenda.indexOf(previous) + 1;
            return agenda.subList(Math.min(from, agenda.size()), agenda.size()).stream()
                    .filter(AgendaEntry::expectsPapers).filter(entry -> !earlier.contains(entry))
                    .findFirst().orElse(null);
        }

        private Optional<AgendaEntry> byNumber(String number) {
            return agenda.stream().filter(entry -> entry.number().equalsIgnoreCase(number)).findFirst();
        }

        /**
         * An item that papers are stamped with but the agenda does not list (a supplement whose letter lists no
         * items, or papers without a front sheet): the stamp still says which item they are for.
         */
        private AgendaEntry unlisted(String number) {
            return unlisted.computeIfAbsent(number.toUpperCase(Locale.ROOT), key -> new AgendaEntry(number, true,
                    "", null, 1, null, null, null, false, false, false, List.of(), null, null));
        }

        private AgendaEntry majorityByRange(List<Block> group) {
            Map<AgendaEntry, Long> votes = group.stream().map(block -> ownerByRange(agenda, block.printed()))
                    .filter(Objects::nonNull).collect(Collectors.groupingBy(entry -> entry, LinkedHashMap::new,
                            Collectors.counting()));
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(null);
        }

        /**
         * The item whose title shares most of the header's title words (two at least, or all of the shorter
         * title), preferring items later in the agenda than the previous document's that have no papers yet.
         */
        private AgendaEntry byTitle(String title, AgendaEntry previous, List<AgendaEntry> earlier) {
            if (title == null) {
                return null;
            }
            int after = previous == null ? -1 : agenda.indexOf(previous);
            AgendaEntry best = null;
            double bestScore = 0;
            for (int i = 0; i < agenda.size(); i++) {
                AgendaEntry entry = agenda.get(i);
                int shorter = Math.min(TextShape.titleWords(title).size(), TextShape.titleWords(entry.title()).size());
                int common = TextShape.sharedWords(title, entry.title()).size();
                if (shorter == 0 || common < Math.min(2, shorter)) {
                    continue;
                }
                double score = (double) common / shorter;
                boolean expected = i > after && !earlier.contains(entry);
                if (score >= TITLE_MATCH && score + (expected ? 1 : 0) > bestScore) {
                    best = entry;
                    bestScore = score + (expected ? 1 : 0);
                }
            }
            return best;
        }

        /**
         * A document without a header is the item's report when the item has no other report, cover sheet or
         * minutes; otherwise it is an appendix (which may come before the report, as packs sometimes do).
         */
        private static DocumentKind unheadedKind(int index, List<AgendaEntry> owners, List<DocumentKind> kinds) {
            AgendaEntry owner = owners.get(index);
            if (owner == null) {
                return DocumentKind.OTHER;
            }
            boolean itemHasMain = false;
            boolean firstUnheaded = true;
            for (int i = 0; i < owners.size(); i++) {
                if (owners.get(i) != owner) {
                    continue;
                }
                DocumentKind kind = kinds.get(i);
                itemHasMain |= kind == DocumentKind.REPORT || kind == DocumentKind.COVER_SHEET
                        || kind == DocumentKind.MINUTES;
                if (i < index && kind == null) {
                    firstUnheaded = false;
                }
            }
            return !itemHasMain && firstUnheaded ? DocumentKind.REPORT : DocumentKind.APPENDIX;
        }

        private DocumentSpan span(String id, DocumentKind kind, AgendaEntry owner, List<Block> group) {
            List<Integer> physical = group.stream().filter(block -> physicalPages || block.page().physical())
                    .map(block -> block.page().index()).toList();
            List<Integer> printed = group.stream().map(Block::printed).filter(Objects::nonNull).toList();
            String title = kind == DocumentKind.BLANK ? null
                    : kind == DocumentKind.FRONT_SHEET || kind == DocumentKind.LETTER ? headingOf(group) : titleOf(group);
            PageLines lines = PageLines.of(group.stream()
                    .map(block -> new PageLines.Part(block.page(), block.printed(), block.lines())).toList());
            return new DocumentSpan(id, kind, owner == null ? null : owner.number(), title,
                    TextShape.first(physical), TextShape.last(physical), TextShape.first(printed),
                    TextShape.last(printed), group.get(0).header(), lines);
        }

        private static String titleOf(List<Block> group) {
            Block first = group.get(0);
            if (first.header() != null && first.header().title() != null) {
                return first.header().title();
            }
            return group.stream().flatMap(block -> block.lines().stream()).map(DocumentHeader::textOf)
                    .filter(text -> !text.isEmpty()).findFirst().orElse(null);
        }

        /** The front matter's heading: its first bold or capitalised line (a letter's subject), else its first line. */
        private static String headingOf(List<Block> group) {
            List<Line> lines = group.stream().flatMap(block -> block.lines().stream())
                    .filter(line -> !line.isBlank()).toList();
            return lines.stream().filter(line -> line.bold() || TextShape.isCapitals(line.plainText()))
                    .map(Line::plainText).findFirst().orElseGet(() -> titleOf(group));
        }

        private void check(DocumentSpan span, AgendaEntry owner) {
            if (owner != null && !agenda.isEmpty() && unlisted.containsValue(owner)) {
                warnings.add(new SegmentWarning("UNLISTED_ITEM", "document " + span.id() + " is stamped as item "
                        + owner.number() + ", which the agenda does not list", span.pageStart()));
                return;
            }
            if (owner == null) {
                warnings.add(new SegmentWarning("UNEXPECTED_DOCUMENT", "document " + span.id() + " (" + span.kind()
                        .name().toLowerCase(Locale.ROOT) + ", pages " + range(span) + ") belongs to no agenda item",
                        span.pageStart()));
                return;
            }
            if (physicalPages && owner.pageStart() != null && span.printedPageStart() != null
                    && (!owner.covers(span.printedPageStart()) || !owner.covers(span.printedPageEnd()))) {
                warnings.add(new SegmentWarning("PAGE_RANGE_MISMATCH", "document " + span.id() + " of item "
                        + owner.number() + " is on printed pages " + span.printedPageStart() + "-"
                        + span.printedPageEnd() + ", outside the agenda's " + owner.pageStart() + "-"
                        + owner.pageEnd(), span.pageStart()));
            }
        }

        private static String range(DocumentSpan span) {
            return span.pageStart() == null ? "unknown" : span.pageStart() + "-" + span.pageEnd();
        }

        private static String pagesOf(List<Block> group) {
            return group.get(0).page().index() + "-" + group.get(group.size() - 1).page().index();
        }
    }
}
