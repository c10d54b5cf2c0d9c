package org.agendapack.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** The pages of the text, and whether any page break was found. */
    public record Pages(List<SourcePage> pages, boolean paged) {
    }

    public static Pages read(byte[] bytes) throws SourceException {
        return split(decode(bytes));
    }

    static String decode(byte[] bytes) throws SourceException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableInputException("not a text file: it holds binary data");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older converters on Windows write cp1252; it maps every byte, so this cannot fail.
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Pages split(String text) {
        PageBuilder builder = new PageBuilder();
        EmphasisParser emphasis = new EmphasisParser();
        for (String rawLine : LINE_BREAK.split(text, -1)) {
            String[] formFeedParts = rawLine.split("\f", -1);
            for (int part = 0; part < formFeedParts.length; part++) {
                if (part > 0) {
                    builder.breakPage();
                }
                if (MarkupReducer.isPipeDelimiterRow(formFeedParts[part])) {
                    continue;
                }
                for (String line : MarkupReducer.reduce(formFeedParts[part]).split("\n", -1)) {
                    for (String piece : pieces(line)) {
                        builder.add(Line.horizontal(emphasis.parse(asRead(piece))));
                    }
                }
            }
        }
        return builder.finish();
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

        void add(Line line) {
            String text = line.text().strip();
            if (filler && !text.isEmpty() && !FurniturePatterns.isPageNumber(text)) {
                breakPage();
            }
            if (FurniturePatterns.isBlankFiller(text)) {
                breakPage();
                current.add(line);
                filler = true;
                return;
            }
            if (FurniturePatterns.isAgendaItemStamp(line.cells().isEmpty() ? "" : line.cells().get(0).text())) {
                breakPage();
            }
            current.add(line);
            if (FurniturePatterns.isPageNumber(text) || startsWithPageNumberCell(line)) {
                breakPage();
            }
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

        Pages finish() {
            if (current.stream().anyMatch(line -> !line.isBlank()) || pages.isEmpty()) {
                pages.add(SourcePage.text(pages.size() + 1, Line.trimBlankLines(current)));
            }
            return new Pages(pages, paged);
        }
    }
}
