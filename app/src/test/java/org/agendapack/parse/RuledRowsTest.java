package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.segment.FurnitureDetector;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.PdfSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuledRowsTest {

    @TempDir
    Path dir;

    private List<PageLine> lines(Page page) throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("form.pdf"), page);
        PackPage packPage = FurnitureDetector.detect(PdfSource.read(pdf).get(0), true);
        List<PageLine> lines = new ArrayList<>();
        packPage.body().forEach(line -> lines.add(new PageLine(line, packPage, null)));
        return lines;
    }

    @Test
    void aLabelAndAValueWrappedInTheirCellsBecomeOneRowOfTwoCells() throws Exception {
        Page form = Page.portrait(
                Text.at("Reports Cover Sheet", 72, 800),
                Text.at("Please detail which, if any,", 76, 765), Text.at("Starting Well X", 206, 765),
                Text.at("of the priorities this report", 76, 753), Text.at("Ageing Well", 206, 753),
                Text.at("relates to?", 76, 741),
                Text.at("Written by:", 76, 715), Text.at("Ann Able", 206, 715),
                Text.at("1 Report Summary", 72, 650))
                .withRules(TestPdfs.grid(new double[] {72, 200, 500}, new double[] {780, 730, 700}));

        List<Line> rows = RuledRows.regroup(lines(form)).stream().map(PageLine::line).toList();

        assertThat(rows).extracting(Line::text).containsExactly(
                "Reports Cover Sheet",
                "Please detail which, if any, of the priorities this report relates to?\tStarting Well X Ageing Well",
                "Written by:\tAnn Able",
                "1 Report Summary");
        assertThat(rows.get(1).cells()).extracting(Cell::isEmpty).containsExactly(false, false);
    }

    @Test
    void aPageWithoutRulesIsLeftAsItIs() throws Exception {
        List<PageLine> lines = lines(Page.portrait(Text.at("Title of Report:", 72, 700), Text.at("X", 300, 700)));

        assertThat(RuledRows.regroup(lines)).isEqualTo(lines);
    }
}
