package org.agendapack.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.agendapack.segment.PrintedPage.Origin;
import org.junit.jupiter.api.Test;

class PrintedPageNumberingTest {

    private static PrintedPageNumbering.Result resolve(boolean physical, Integer... stamped) {
        List<Integer> indexes = IntStream.rangeClosed(1, stamped.length).boxed().toList();
        return PrintedPageNumbering.resolve(Arrays.asList(stamped), indexes, physical);
    }

    private static List<Integer> numbers(PrintedPageNumbering.Result result) {
        List<Integer> numbers = new ArrayList<>();
        result.pages().forEach(page -> numbers.add(page.number()));
        return numbers;
    }

    @Test
    void frontMatterStaysUnnumberedAndFootersAreTakenAsPrinted() {
        PrintedPageNumbering.Result result = resolve(true, null, null, 3, 4, 5);

        assertThat(numbers(result)).containsExactly(null, null, 3, 4, 5);
        assertThat(result.pages().get(2).origin()).isEqualTo(Origin.FOOTER);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void pagesWithoutAFooterInsideTheNumberingAreInferred() {
        // a blank filler and a landscape page with no footer, and a trailing blank filler
        PrintedPageNumbering.Result result = resolve(true, null, null, 1, null, 3, null, 5, null);

        assertThat(numbers(result)).containsExactly(null, null, 1, 2, 3, 4, 5, 6);
        assertThat(result.pages().get(3).origin()).isEqualTo(Origin.INFERRED);
        assertThat(result.pages().get(7).origin()).isEqualTo(Origin.INFERRED);
    }

    @Test
    void aMisreadFooterIsCorrectedWithAWarning() {
        PrintedPageNumbering.Result result = resolve(true, 10, 11, 21, 13, 14);

        assertThat(numbers(result)).containsExactly(10, 11, 12, 13, 14);
        assertThat(result.pages().get(2).origin()).isEqualTo(Origin.CORRECTED);
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("PRINTED_PAGE_CORRECTED");
            assertThat(warning.page()).isEqualTo(3);
            assertThat(warning.message()).contains("Page 21").contains("12");
        });
    }

    @Test
    void aNumberingThatRestartsIsTwoRunsNotAMisread() {
        PrintedPageNumbering.Result result = resolve(true, 1, 2, 3, 1, 2, 3);

        assertThat(numbers(result)).containsExactly(1, 2, 3, 1, 2, 3);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void textPagesAreNotPhysicalSoOnlyOrderBreakingFootersAreMisreads() {
        // a text page may hold several printed pages: 9 then 96 is a gap, not a misread; 12 between 127 and
        // 129 is a misread of 128
        PrintedPageNumbering.Result result = resolve(false, 9, null, 96, 97, 127, 12, 129, null);

        assertThat(numbers(result)).containsExactly(9, null, 96, 97, 127, 128, 129, null);
        assertThat(result.warnings()).extracting(SegmentWarning::code).containsExactly("PRINTED_PAGE_CORRECTED");
    }

    @Test
    void noFootersMeansNoNumbers() {
        assertThat(numbers(resolve(true, null, null, null))).containsExactly(null, null, null);
    }
}
