package org.agendapack.source;

import java.util.regex.Pattern;

/**
 * The printed furniture of a ModernGov pack. The text reader needs the page-number footer and the blank
 * filler to find page breaks; the segment stage uses the same patterns to take furniture out of the body.
 */
public final class FurniturePatterns {

    /** A page-number footer on its own: {@code Page 12}. */
    public static final Pattern PAGE_NUMBER = Pattern.compile("(?i)page\\s+(\\d{1,5})");
    /** The filler that pads a document to an even page count. */
    public static final Pattern BLANK_FILLER =
            Pattern.compile("(?i)this\\s+page\\s+(?:is\\s+)?(?:has\\s+been\\s+)?intentionally\\s+(?:been\\s+)?left\\s+blank\\.?");
    /** The stamp on the first page of an item's papers, possibly after the pack banner on the same line. */
    public static final Pattern AGENDA_ITEM_STAMP =
            Pattern.compile("(?i)agenda\\s+item\\s+(\\d{1,3}(?:\\.\\d{1,2}|[a-z])?)");
    public static final Pattern PACK_BANNER = Pattern.compile("(?i)public\\s+document\\s+pack");
    private static final Pattern STAMP =
            Pattern.compile("(?i)(?:" + PACK_BANNER.pattern() + "\\s+)?" + AGENDA_ITEM_STAMP.pattern());

    private FurniturePatterns() {
    }

    public static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /** An {@code Agenda Item N} stamp, possibly after the pack banner. */
    public static boolean isAgendaItemStamp(String text) {
        return STAMP.matcher(text.strip()).matches();
    }

    public static boolean isBlankFiller(String text) {
        return BLANK_FILLER.matcher(text.strip()).matches();
    }
}
