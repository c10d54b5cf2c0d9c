package org.agendapack.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves the printed page number of every page from the footers that were found.
 *
 * <p>In a pack the printed number is the page's position minus a fixed offset, so footers are grouped into
 * runs that share an offset. A page without a footer inside a run takes the run's numbering, and so do the
 * pages after the last run of at least two footers (a trailing blank filler) when pages are physical. A lone
 * footer whose offset differs from neighbours that agree with each other is a misread and is corrected. Pages
 * before the first footer are front matter and stay unnumbered.
 *
 * <p>The pages of a text conversion are not physical pages: one of them may hold several printed pages whose
 * footers were lost. There a footer is only a misread when it also breaks the order of its neighbours.
 */
public final class PrintedPageNumbering {

    private PrintedPageNumbering() {
    }

    public record Result(List<PrintedPage> pages, List<SegmentWarning> warnings) {
    }

    private record Footer(int position, int number) {
        int offset() {
            return position - number;
        }
    }

    /**
     * @param stamped  the footer number of each page in order, null where a page has none
     * @param pageIndexes the page index (as reported to the user) of each position, for warnings
     * @param physical    whether each position is one physical page
     */
    public static Result resolve(List<Integer> stamped, List<Integer> pageIndexes, boolean physical) {
        List<Footer> footers = new ArrayList<>();
        for (int position = 0; position < stamped.size(); position++) {
            if (stamped.get(position) != null) {
                footers.add(new Footer(position, stamped.get(position)));
            }
        }
        boolean[] outlier = outliers(footers, physical);
        List<Footer> trusted = new ArrayList<>();
        for (int i = 0; i < footers.size(); i++) {
            if (!outlier[i]) {
                trusted.add(footers.get(i));
            }
        }
        PrintedPage[] pages = new PrintedPage[stamped.size()];
        Arrays.fill(pages, PrintedPage.UNKNOWN);
        fillRuns(trusted, pages, physical);
        List<SegmentWarning> warnings = new ArrayList<>();
        for (int i = 0; i < footers.size(); i++) {
            Footer footer = footers.get(i);
            Integer index = pageIndexes.get(footer.position());
            if (!outlier[i]) {
                pages[footer.position()] = new PrintedPage(footer.number(), PrintedPage.Origin.FOOTER);
            } else if (pages[footer.position()].number() != null) {
                int expected = pages[footer.position()].number();
                pages[footer.position()] = new PrintedPage(expected, PrintedPage.Origin.CORRECTED);
                warnings.add(new SegmentWarning("PRINTED_PAGE_CORRECTED", "the footer reads Page " + footer.number()
                        + " but the pages around it put this page at " + expected, index));
            } else {
                pages[footer.position()] = new PrintedPage(footer.number(), PrintedPage.Origin.FOOTER);
                warnings.add(new SegmentWarning("PRINTED_PAGE_OUT_OF_SEQUENCE", "the footer reads Page "
                        + footer.number() + ", out of sequence with the pages around it", index));
            }
        }
        return new Result(List.of(pages), warnings);
    }

    /** A footer is a misread when it breaks the offset that the footers on both sides of it share. */
    private static boolean[] outliers(List<Footer> footers, boolean physical) {
        boolean[] outlier = new boolean[footers.size()];
        for (int i = 0; i < footers.size(); i++) {
            Footer footer = footers.get(i);
            Footer before = i >= 1 ? footers.get(i - 1) : null;
            Footer after = i + 1 < footers.size() ? footers.get(i + 1) : null;
            boolean breaksOffset;
            if (before != null && after != null) {
                breaksOffset = before.offset() == after.offset() && footer.offset() != before.offset();
            } else if (after != null && i + 2 < footers.size()) {
                breaksOffset = after.offset() == footers.get(i + 2).offset() && footer.offset() != after.offset();
            } else if (before != null && i >= 2) {
                breaksOffset = before.offset() == footers.get(i - 2).offset() && footer.offset() != before.offset();
            } else {
                breaksOffset = false;
            }
            boolean breaksOrder = before != null && footer.number() <= before.number()
                    || after != null && footer.number() >= after.number();
            outlier[i] = breaksOffset && (physical || breaksOrder);
        }
        return outlier;
    }

    private static void fillRuns(List<Footer> trusted, PrintedPage[] pages, boolean physical) {
        int runStart = 0;
        while (runStart < trusted.size()) {
            int runEnd = runStart;
            while (runEnd + 1 < trusted.size() && trusted.get(runEnd + 1).offset() == trusted.get(runStart).offset()) {
                runEnd++;
            }
            int offset = trusted.get(runStart).offset();
            boolean lastRun = runEnd == trusted.size() - 1;
            int from = trusted.get(runStart).position();
            int to = physical && lastRun && runEnd > runStart ? pages.length - 1 : trusted.get(runEnd).position();
            for (int position = from; position <= to; position++) {
                if (position - offset >= 1) {
                    pages[position] = new PrintedPage(position - offset, PrintedPage.Origin.INFERRED);
                }
            }
            runStart = runEnd + 1;
        }
    }
}
