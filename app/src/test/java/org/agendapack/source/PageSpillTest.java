package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;

class PageSpillTest {

    private static final List<SourcePage> PAGES = pages();

    private static List<SourcePage> pages() {
        try {
            return PdfSource.read(Samples.file("000", ".pdf"));
        } catch (SourceException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pagesWithinTheBudgetStayInMemory() {
        try (PageSpill spill = PageSpill.withBudget(Long.MAX_VALUE)) {
            for (SourcePage page : PAGES) {
                PageSpill.Kept kept = spill.keep(page.lines(), page.rulings());
                assertThat(PageSpill.onDisk(kept.lines())).isFalse();
                assertThat(kept.lines()).isEqualTo(page.lines());
            }
        }
    }

    @Test
    void pagesPastTheBudgetGoToDiskAndComeBackAsTheyWere() {
        SourcePage first = PAGES.get(0);
        long firstPage = PageSpill.estimate(first.lines(), first.rulings());
        try (PageSpill spill = PageSpill.withBudget(firstPage)) {
            List<PageSpill.Kept> kept = PAGES.stream().map(page -> spill.keep(page.lines(), page.rulings())).toList();

            assertThat(PageSpill.onDisk(kept.get(0).lines())).isFalse();
            assertThat(kept.subList(1, kept.size())).allMatch(page -> PageSpill.onDisk(page.lines())
                    && PageSpill.onDisk(page.rulings()));
            // read back in an order unlike the writing one, past what the spill holds at once
            for (int i = PAGES.size() - 1; i >= 0; i--) {
                assertThat(kept.get(i).lines()).as("page %d", i + 1).isEqualTo(PAGES.get(i).lines());
                assertThat(kept.get(i).rulings()).as("page %d", i + 1).isEqualTo(PAGES.get(i).rulings());
            }
            assertThat(PageSpill.held(kept.get(3).lines())).isSameAs(kept.get(3).lines());
        }
    }

    @Test
    void pagesKeptFromSeveralThreadsAtOnceEachComeBackAsTheirOwn() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (PageSpill spill = PageSpill.withBudget(0)) {
            List<Future<List<PageSpill.Kept>>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                runs.add(threads.submit(() -> PAGES.stream()
                        .map(page -> spill.keep(page.lines(), page.rulings())).toList()));
            }
            for (Future<List<PageSpill.Kept>> run : runs) {
                List<PageSpill.Kept> kept = run.get();
                for (int i = 0; i < PAGES.size(); i++) {
                    assertThat(kept.get(i).lines()).isEqualTo(PAGES.get(i).lines());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theTemporaryFileHasNoNameWhileInUseAndTheSpillRefusesReadsOnceClosed() throws Exception {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spillFiles(temporary);
        PageSpill.Kept kept;
        try (PageSpill spill = PageSpill.withBudget(0)) {
            kept = spill.keep(PAGES.get(0).lines(), PAGES.get(0).rulings());
            assertThat(kept.lines()).isEqualTo(PAGES.get(0).lines());
            assertThat(spillFiles(temporary)).isEqualTo(before);
        }
        assertThat(spillFiles(temporary)).isEqualTo(before);
        assertThatThrownBy(() -> kept.lines().size()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static List<Path> spillFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("agendapack-pages-")).sorted()
                    .toList();
        }
    }
}
