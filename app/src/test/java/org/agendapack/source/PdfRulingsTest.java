package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.agendapack.Samples;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRulingsTest {

    @TempDir
    Path dir;

    @Test
    void strokedLinesAndThinFilledBarsAreRulingsInDisplayCoordinates() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("grid.pdf"), Page.portrait(Text.at("Label", 80, 770))
                .withRules(TestPdfs.grid(new double[] {72, 200, 500}, new double[] {780, 750, 700})));

        List<Ruling> rulings = PdfSource.read(pdf).get(0).rulings();

        assertThat(rulings).filteredOn(Ruling::horizontal).hasSize(3)
                .allSatisfy(rule -> assertThat(rule.x2() - rule.x1()).isCloseTo(428.0, within(1.0)));
        assertThat(rulings).filteredOn(Ruling::vertical).extracting(Ruling::x1)
                .containsExactlyInAnyOrder(72.0, 200.0, 500.0);
        // 780 up from the bottom of an 841.89-point page is about 62 down from the top
        assertThat(rulings).filteredOn(Ruling::horizontal).extracting(Ruling::y1)
                .anySatisfy(y -> assertThat(y).isCloseTo(841.89 - 780, within(1.0)));
    }

    @Test
    void aPageWithoutDrawingsHasNoRulings() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("plain.pdf"), Page.portrait(Text.at("Just text", 72, 700)));

        assertThat(PdfSource.read(pdf).get(0).rulings()).isEmpty();
    }

    @Test
    void theCoverSheetPagesOfASamplePackAreRuled() throws Exception {
        SourcePage coverSheet = PdfSource.read(Samples.file("000", ".pdf")).get(8);

        assertThat(coverSheet.rulings()).filteredOn(Ruling::horizontal).hasSizeGreaterThan(10);
        assertThat(coverSheet.rulings()).filteredOn(Ruling::vertical).hasSizeGreaterThan(10);
    }
}
