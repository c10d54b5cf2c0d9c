package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.model.Table;
import org.agendapack.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableEngineTest {

    @TempDir
    Path dir;

    private List<Table> tables(Page... pages) throws Exception {
        return FoundTables.inPdf(dir, pages);
    }

    private List<Table> textTables(String text) throws Exception {
        return FoundTables.inText(dir, text);
    }

    /** A ruled table: a two-row header whose first cell spans both rows and whose second spans two columns. */
    private static Page ruledScorecard() {
        List<TestPdfs.Rule> rules = new ArrayList<>();
        double[] xs = {72, 200, 300, 400};
        double[] ys = {700, 680, 660, 640, 620};
        for (double x : xs) {
            rules.add(new TestPdfs.Rule(x, ys[4], x, ys[0], false));
        }
        rules.add(new TestPdfs.Rule(72, 700, 400, 700, true));
        rules.add(new TestPdfs.Rule(200, 680, 400, 680, true));   // not under "Measure": it spans two rows
        rules.add(new TestPdfs.Rule(72, 660, 400, 660, true));
        rules.add(new TestPdfs.Rule(72, 640, 400, 640, true));
        rules.add(new TestPdfs.Rule(72, 620, 400, 620, true));
        rules.removeIf(rule -> rule.x1() == 300 && rule.y2() == 700);
        rules.add(new TestPdfs.Rule(300, 620, 300, 680, false));  // "Maturity assessment" spans two columns
        return Page.portrait(
                Text.at("Table 2: Scorecard", 72, 710),
                Text.at("Measure", 76, 675), Text.at("Maturity assessment", 204, 688),
                Text.at("Q1 18/19", 204, 666), Text.at("Q2 18/19", 304, 666),
                Text.at("Referrals", 76, 646), Text.at("87%", 204, 646), Text.at("91%", 304, 646),
                Text.at("Budget", 76, 626), Text.at("£3.8bn", 204, 626), Text.at("(1,234)", 304, 626))
                .withRules(rules);
    }

    @Test
    void aRuledTableWithMergedHeaderCells() throws Exception {
        Table table = tables(ruledScorecard()).get(0);

        assertThat(table.method()).isEqualTo("lattice");
        assertThat(table.caption()).isEqualTo("Table 2: Scorecard");
        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.columns()).containsExactly("Measure", "Maturity assessment Q1 18/19",
                "Maturity assessment Q2 18/19");
        assertThat(table.rows()).containsExactly(List.of("Referrals", "87%", "91%"),
                List.of("Budget", "£3.8bn", "(1,234)"));
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
        assertThat(table.bbox()).hasSize(4);
        assertThat(table.pageStart()).isEqualTo(1);
    }

    @Test
    void aTableContinuedOnTheNextPageIsOneTable() throws Exception {
        Page second = Page.portrait(Text.at("Table 2: Scorecard (continued)", 72, 670),
                Text.at("Waiting times", 76, 646), Text.at("12", 204, 646),
                Text.at("14", 304, 646)).withRules(TestPdfs.grid(new double[] {72, 200, 300, 400},
                new double[] {660, 640}));

        List<Table> tables = tables(ruledScorecard(), second);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.pageStart()).isEqualTo(1);
            assertThat(table.pageEnd()).isEqualTo(2);
            assertThat(table.rows()).hasSize(3).last().isEqualTo(List.of("Waiting times", "12", "14"));
        });
    }

    @Test
    void anUnruledTableFromAlignedWords() throws Exception {
        List<Text> texts = new ArrayList<>(List.of(Text.at("Indicator", 72, 700), Text.at("Target", 260, 700),
                Text.at("Actual", 360, 700), Text.at("RAG", 460, 700)));
        String[][] rows = {{"Smoking quitters", "550", "612", "Green"}, {"Health checks", "4,000", "3,100", "Red"},
                {"Breastfeeding at 6-8 weeks", "45%", "41.2%", "Amber"}};
        for (int r = 0; r < rows.length; r++) {
            double y = 684 - 16 * r;
            texts.add(Text.at(rows[r][0], 72, y));
            texts.add(Text.at(rows[r][1], 260, y));
            texts.add(Text.at(rows[r][2], 360, y));
            texts.add(Text.at(rows[r][3], 460, y));
        }
        texts.addAll(TestPdfs.paragraph(600, "The board noted the indicators above, which were discussed at",
                "length by members of the board and officers who attended the meeting."));

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.method()).isEqualTo("stream");
            assertThat(table.columns()).containsExactly("Indicator", "Target", "Actual", "RAG");
            assertThat(table.rows()).hasSize(3);
            assertThat(table.rows().get(1)).containsExactly("Health checks", "4,000", "3,100", "Red");
            assertThat(table.kind()).isEqualTo(TableKind.METRIC);
        });
    }

    @Test
    void proseAndNumberedParagraphsAreNotTables() throws Exception {
        assertThat(tables(Page.portrait(TestPdfs.paragraph(760, "5.2 The public consultation ran for twelve weeks",
                "and heard from 1,200 people across the borough, most of whom supported", "option two.")
                .toArray(Text[]::new)))).isEmpty();
        assertThat(textTables("1.1\tThe Health and Wellbeing Board is asked to note the report and its appendices.\n"
                + "1.2\tThe Board is asked to agree the next steps set out in section five of the report.\n"))
                .isEmpty();
    }

    @Test
    void textTablesFromTabsPipesAndHtmlWithMergedHeadersAndSectionRows() throws Exception {
        List<Table> tables = textTables(String.join("\n",
                "Table 6: Staff outcomes",
                "\tBaseline\tMid-point\tPost-",
                "\t(n=77)\t(n=10)\tproject",
                "Knowledge of causes\t32\t15.4\t25",
                "Personal stigma items: % disagree",
                "Weakness\t57.2\t74.1\t56.5",
                "",
                "Some prose between the tables.",
                "",
                "| Scheme | Fund |",
                "|---|---|",
                "| Live Well | £1.2m |",
                "| Carers | £250k |",
                "",
                "Rates by area:",
                "<table><tr><td>Area</td><td>Rate</td></tr><tr><td>North</td><td>12.5</td></tr></table>"));

        assertThat(tables).hasSize(3);
        Table staff = tables.get(0);
        assertThat(staff.caption()).isEqualTo("Table 6: Staff outcomes");
        // the second header line has no label of its own: it continues the first line's cells
        assertThat(staff.headerRows()).isEqualTo(1);
        assertThat(staff.columns()).containsExactly("", "Baseline (n=77)", "Mid-point (n=10)", "Post-project");
        assertThat(staff.rows()).hasSize(3);
        assertThat(staff.sectionRows()).containsExactly(false, true, false);
        assertThat(tables.get(1).columns()).containsExactly("Scheme", "Fund");
        assertThat(tables.get(1).rows()).containsExactly(List.of("Live Well", "£1.2m"), List.of("Carers", "£250k"));
        assertThat(tables.get(2).rows()).containsExactly(List.of("North", "12.5"));
        assertThat(tables).allMatch(table -> table.method().equals("text") && table.bbox() == null);
    }

    @Test
    void aLabelOrValueWrappedOntoAnUnlabelledLineIsOneRow() throws Exception {
        List<Table> tables = textTables(String.join("\n",
                "Board Member\tPosition\tOrganisation",
                "Ann Able\tChair and Portfolio Holder for\tBorsetshire Council",
                "\tAdult Social Care and Health\t",
                "Bob Baker\tDirector of Housing\tBorsetshire Council"));

        assertThat(tables).singleElement().satisfies(table -> assertThat(table.rows()).containsExactly(
                List.of("Ann Able", "Chair and Portfolio Holder for Adult Social Care and Health", "Borsetshire Council"),
                List.of("Bob Baker", "Director of Housing", "Borsetshire Council")));
    }

    @Test
    void aLabelWrappedAboveOrBelowItsValuesIsOneRowAndALabelAloneStaysARow() throws Exception {
        List<Table> tables = textTables(String.join("\n",
                "Reason for admission\tPatients",
                "Influenza\t96",
                "Lower respiratory tract infection with complications lasting more than\t",
                "two days\t412",
                "Falls and fractures",
                "Fracture of the neck of femur, treated in the Borsetshire trauma unit\t88",
                "within two days.\t",
                "Falls without injury\t51"));

        assertThat(tables).singleElement().satisfies(table -> assertThat(table.rows()).containsExactly(
                List.of("Influenza", "96"),
                List.of("Lower respiratory tract infection with complications lasting more than two days", "412"),
                List.of("Falls and fractures", ""),
                List.of("Fracture of the neck of femur, treated in the Borsetshire trauma unit within two days.",
                        "88"),
                List.of("Falls without injury", "51")));
    }
}
