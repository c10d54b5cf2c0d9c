package org.agendapack.segment;

/**
 * The printed page number of a page and where it comes from.
 *
 * @param number null when unknown (front matter, or no footers to go by)
 */
public record PrintedPage(Integer number, Origin origin) {

    public enum Origin {
        /** read from the page's own footer */
        FOOTER,
        /** the page has no footer (a blank filler, a landscape page); its neighbours' numbering gives it */
        INFERRED,
        /** the footer disagrees with the numbering of the pages around it, which was taken instead */
        CORRECTED,
        UNKNOWN
    }

    public static final PrintedPage UNKNOWN = new PrintedPage(null, Origin.UNKNOWN);
}
