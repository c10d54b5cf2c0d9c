package org.agendapack.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text or markdown conversion of a pack into the same page model as a PDF. Pages are recovered from
 * the furniture the conversion kept: a {@code Page N} footer line (or a first table cell, where a rotated
 * stamp was read into a row) closes a page, an {@code Agenda Item N} stamp opens one (it is printed on the
 * first page of an item's papers), a blank filler is a page of its own, and a form feed (as
 * {@code pdftotext} writes) is a page break.
 */
public final class TextSource {

    /**
     * The longest line kept as one: a longer one (a whole file on one line, say) is cut at a space into lines
     * of about this length, so that a recogniser reading a line reads a bounded text. Paragraphs run to a few
     * thousand characters; no heading, label or row comes near this.
     */
    static final int MAX_LINE = 10_000;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private TextSource() {
    }

    /**
     * The pages of the text, whether any page break was found, the encoding it was read in, and what was worked
     * around: the encoding's replacements ({@code ENCODING_REPLACED}, for the whole file) and the lines cut
     * ({@code LINE_CUT}, one warning per page with its count).
     */
    public record Pages(List<SourcePage> pages, boolean paged, String encoding, List<SourceWarning> fileWarnings,
                        List<SourceWarning> pageWarnings) {

        public Pages {
            pages = List.copyOf(pages);
            fileWarnings = List.copyOf(fileWarnings);
            pageWarnings = List.copyOf(pageWarnings);
        }

        /** The warnings for the selected pages, and those about the file as a whole. */
        List<SourceWarning> warnings(PageSelection selection) {
            List<SourceWarning> warnings = new ArrayList<>(fileWarnings);
            warnings.addAll(selection.of(pageWarnings, SourceWarning::page));
            return warnings;
        }
    }

    public static Pages read(byte[] bytes) throws SourceException {
        return split(TextEncoding.decode(bytes));
    }

    static Pages split(TextEncoding.Decoded decoded) {
        String text = decoded.text();
        PageBuilder builder = new PageBuilder();
        EmphasisParser emphasis = new EmphasisParser();
        int replacedPage = 0;
        Matcher lineBreak = LINE_BREAK.matcher(text);
        // where the part being read starts in the text, to find the page of the first replaced character
        int offset = 0;
        for (boolean more = true; more; ) {
            more = lineBreak.find();
            String[] formFeedParts = text.substring(offset, more ? lineBreak.start() : text.length()).split("\f", -1);
            for (int part = 0; part < formFeedParts.length; part++) {
                if (part > 0) {
                    builder.breakPage();
                }
                String partText = formFeedParts[part];
                boolean replacedHere = decoded.firstReplaced() >= offset
                        && decoded.firstReplaced() < offset + partText.length();
                offset += partText.length() + 1;
                if (MarkupReducer.isPipeDelimiterRow(partText)) {
                    continue;
                }
                for (String line : MarkupReducer.reduce(partText).split("\n", -1)) {
                    int page = builder.add(pieces(line).stream()
                            .map(piece -> Line.horizontal(emphasis.parse(asRead(piece)))).toList());
                    replacedPage = replacedHere && replacedPage == 0 ? page : replacedPage;
                }
            }
            offset = more ? lineBreak.end() : offset;
        }
        List<SourceWarning> fileWarnings = decoded.replaced() == 0 ? List.of()
                : List.of(replacedWarning(decoded, Math.max(replacedPage, 1)));
        return builder.finish(decoded.encoding(), fileWarnings);
    }

    private static SourceWarning replacedWarning(TextEncoding.Decoded decoded, int page) {
        return new SourceWarning("ENCODING_REPLACED", decoded.replaced() + " byte sequence"
                + (decoded.replaced() == 1 ? "" : "s") + " not valid in " + decoded.encoding()
                + " replaced by U+FFFD (read as " + decoded.encoding() + " for " + decoded.reason() + ")", page);
    }

    private static SourceWarning cutWarning(int lines, int page) {
        return new SourceWarning("LINE_CUT", lines + (lines == 1 ? " line" : " lines") + " longer than "
                + MAX_LINE + " characters cut at spaces into shorter lines (no text is lost)", page);
    }

    /** The line cut at white space into pieces of at most {@link #MAX_LINE} characters (a word longer is cut). */
    static List<String> pieces(String line) {
        if (line.length() <= MAX_LINE) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (line.length() - start > MAX_LINE) {
            int end = start + MAX_LINE;
            int space = end;
            while (space > start && !Character.isWhitespace(line.charAt(space))) {
                space--;
            }
            if (space > start) {
                end = space;
            } else if (Character.isLowSurrogate(line.charAt(end))) {
                end--;
            }
            pieces.add(line.substring(start, end));
            start = space > start ? end + 1 : end;
        }
        pieces.add(line.substring(start));
        return pieces;
    }

    /**
     * The line as a reader sees it, as a PDF's glyphs are read: normalised once its markup and entities are
     * decoded (an {@code &#160;} is a space too), and letter-spaced capitals joined while the spaces that tell
     * them apart are still there.
     */
    private static String asRead(String line) {
        return LetterSpacing.joinSpacedCapitals(TextNormaliser.normalise(line));
    }

    private static final class PageBuilder {
        private final List<SourcePage> pages = new ArrayList<>();
        private List<Line> current = new ArrayList<>();
        private boolean paged;
        /** the current page is a blank filler, which may still take its own footer */
        private boolean filler;
        private final Map<Integer, Integer> cutsByPage = new TreeMap<>();

        /** Adds the pieces of one line of the text, counting a cut if there are several; the page of the first. */
        int add(List<Line> pieces) {
            int page = add(pieces.get(0));
            for (Line piece : pieces.subList(1, pieces.size())) {
                add(piece);
            }
            if (pieces.size() > 1) {
                cutsByPage.merge(page, 1, Integer::sum);
            }
            return page;
        }

        /** Adds the line; the index of the page it is on. */
        private int add(Line line) {
            String text = line.text().strip();
            if (filler && !text.isEmpty() && !FurniturePatterns.isPageNumber(text)) {
                breakPage();
            }
            if (FurniturePatterns.isBlankFiller(text)) {
                breakPage();
                current.add(line);
                filler = true;
                return pages.size() + 1;
            }
            if (FurniturePatterns.isAgendaItemStamp(line.cells().isEmpty() ? "" : line.cells().get(0).text())) {
                breakPage();
            }
            current.add(line);
            int page = pages.size() + 1;
            if (FurniturePatterns.isPageNumber(text) || startsWithPageNumberCell(line)) {
                breakPage();
            }
            return page;
        }

        private static boolean startsWithPageNumberCell(Line line) {
            return line.cells().size() > 1 && FurniturePatterns.isPageNumber(line.cells().get(0).text());
        }

        void breakPage() {
            filler = false;
            if (current.stream().anyMatch(line -> !line.isBlank())) {
                pages.add(SourcePage.text(pages.size() + 1, Line.trimBlankLines(current)));
                paged = true;
            }
            current = new ArrayList<>();
        }

        Pages finish(String encoding, List<SourceWarning> fileWarnings) {
            if (current.stream().anyMatch(line -> !line.isBlank()) || pages.isEmpty()) {
                pages.add(SourcePage.text(pages.size() + 1, Line.trimBlankLines(current)));
            }
            List<SourceWarning> cuts = cutsByPage.entrySet().stream()
                    .map(entry -> cutWarning(entry.getValue(), entry.getKey())).toList();
            return new Pages(pages, paged, encoding, fileWarnings, cuts);
        }
    }
}
