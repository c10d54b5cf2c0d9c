package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.model.Table;
import org.agendapack.model.TableKind;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a found grid as a table: header rows, group labels, captions, section rows and the metric kind. */
class TableReadingTest {

    @TempDir
    Path dir;

    private List<Table> pdfTables(Page... pages) throws Exception {
        return FoundTables.inPdf(dir, pages);
    }

    private List<Table> textTables(String text) throws Exception {
        return FoundTables.inText(dir, text);
    }

    private static Table build(List<List<String>> cells, List<String> above, List<String> below) {
        return TableBuilder.build(new TableGrid(cells, List.of(), "text", 1, null, null, 0.8, lines(above),
                lines(below)), "t1");
    }

    /** Lines of a text input: TABs split cells. */
    private static List<Line> lines(List<String> texts) {
        return texts.stream().map(text -> Line.horizontal(java.util.Arrays.stream(text.split("\t"))
                .map(cell -> new Cell(List.of(Word.plain(cell, false)))).toList())).toList();
    }

    // --- headers -------------------------------------------------------------------------------------------

    @Test
    void aGroupLabelOverEmptyCellsIsPrefixedToTheColumnsItSpans() throws Exception {
        Table table = textTables("""
                Intention to help

                | Rank | Actions | Responses | | |
                | --- | --- | --- | --- | --- |
                | | | Baseline | Mid | End |
                | 1 | Talk to the pupil | 67 | 10 | 10 |
                | 2 | Call the family | 55 | 8 | 9 |
                | 3 | Ask a colleague | 39 | 7 | 5 |
                """).get(0);

        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.columns()).containsExactly("Rank", "Actions", "Responses Baseline", "Responses Mid",
                "Responses End");
        assertThat(table.header()).containsExactly(List.of("Rank", "Actions", "Responses", "", ""),
                List.of("", "", "Baseline", "Mid", "End"));
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
    }

    @Test
    void aDeepHeaderWithAWordBrokenOverCellsEndsAboveItsSectionRow() {
        Table table = build(List.of(
                List.of("Intervention", "Number of r", "esponses", ""),
                List.of("", "Baseline", "Mid", "End"),
                List.of("", "(n=40)", "(n=12)", "(n=5)"),
                List.of("", "", "", ""),
                List.of("Interpersonal:", "", "", ""),
                List.of("Listening", "11", "1", "1"),
                List.of("Reassurance", "6", "1", "0")), List.of(), List.of());

        assertThat(table.headerRows()).isEqualTo(4);
        assertThat(table.columns()).containsExactly("Intervention", "Number of responses Baseline (n=40)",
                "Number of responses Mid (n=12)", "Number of responses End (n=5)");
        assertThat(table.rows().get(0)).containsExactly("Interpersonal:", "", "", "");
        assertThat(table.sectionRows()).containsExactly(true, false, false);
    }

    @Test
    void wholeWordsInNeighbouringHeaderCellsAreNotJoined() {
        Table table = build(List.of(
                List.of("Area", "Share of", "residents", ""),
                List.of("", "Baseline", "Mid", "End"),
                List.of("Ambridge", "12%", "14%", "15%")), List.of(), List.of());

        assertThat(table.columns()).containsExactly("Area", "Share of Baseline", "residents Mid", "residents End");
    }

    @Test
    void yearsOverFiguresAreAHeaderRowNotData() {
        Table table = build(List.of(
                List.of("Service", "2024-25", "2025-26"),
                List.of("Libraries", "1,200", "1,350"),
                List.of("Parks", "800", "760")), List.of(), List.of());

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.columns()).containsExactly("Service", "2024-25", "2025-26");
        assertThat(table.rows()).hasSize(2);
    }

    /** A ruled budget table: a year spanning Core / External / Total, each over its £000s unit. */
    private static Page ruledBudget() {
        double[] xs = {72, 200, 260, 320, 380};
        double[] ys = {700, 685, 670, 655, 640, 625};
        List<TestPdfs.Rule> rules = new ArrayList<>();
        for (double y : ys) {
            rules.add(new TestPdfs.Rule(xs[0], y, xs[4], y, true));
        }
        for (double x : xs) {
            double top = x == 260 || x == 320 ? ys[1] : ys[0];
            rules.add(new TestPdfs.Rule(x, ys[5], x, top, false));
        }
        return Page.portrait(
                Text.at("Service", 76, 689), Text.at("2025-26", 204, 689),
                Text.at("Core", 204, 674), Text.at("External", 264, 674), Text.at("Total", 324, 674),
                Text.at("£000s", 204, 659), Text.at("£000s", 264, 659), Text.at("£000s", 324, 659),
                Text.at("Libraries", 76, 644), Text.at("120.5", 204, 644), Text.at("30.0", 264, 644),
                Text.at("150.5", 324, 644),
                Text.at("Highways", 76, 629), Text.at("410.0", 204, 629), Text.at("0.0", 264, 629),
                Text.at("410.0", 324, 629))
                .withRules(rules);
    }

    @Test
    void stackedRuledHeaderCellsMakeOneNamePerColumn() throws Exception {
        Table table = pdfTables(ruledBudget()).get(0);

        assertThat(table.method()).isEqualTo("lattice");
        assertThat(table.headerRows()).isEqualTo(3);
        assertThat(table.columns()).containsExactly("Service", "2025-26 Core £000s", "2025-26 External £000s",
                "2025-26 Total £000s");
        assertThat(table.header().get(0)).containsExactly("Service", "2025-26", "", "");
        assertThat(table.rows()).containsExactly(List.of("Libraries", "120.5", "30.0", "150.5"),
                List.of("Highways", "410.0", "0.0", "410.0"));
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
    }

    /** A ruled table of admissions whose long labels wrap, with a rule drawn under every printed line. */
    private static Page ruledWrappedLabels() {
        double[] ys = {700, 685, 670, 655, 640, 625, 610};
        List<TestPdfs.Rule> rules = new ArrayList<>();
        for (double y : ys) {
            rules.add(new TestPdfs.Rule(72, y, 400, y, true));
        }
        for (double x : new double[] {72, 340, 400}) {
            rules.add(new TestPdfs.Rule(x, ys[6], x, ys[0], false));
        }
        return Page.portrait(
                Text.at("Admission group", 76, 689), Text.at("Total", 344, 689),
                Text.at("Falls and fractures of the hip with", 76, 674),
                Text.at("major complications", 76, 659), Text.at("412", 344, 659),
                Text.at("Chest infections without ventilation", 76, 644),
                Text.at("or intensive care", 76, 629), Text.at("275", 344, 629),
                Text.at("Heart failure", 76, 614), Text.at("198", 344, 614))
                .withRules(rules);
    }

    @Test
    void aWrappedLabelRuledLineByLineIsOneRowWithTheValueOfItsLastLine() throws Exception {
        Table table = pdfTables(ruledWrappedLabels()).get(0);

        assertThat(table.columns()).containsExactly("Admission group", "Total");
        assertThat(table.rows()).containsExactly(
                List.of("Falls and fractures of the hip with major complications", "412"),
                List.of("Chest infections without ventilation or intensive care", "275"),
                List.of("Heart failure", "198"));
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
    }

    @Test
    void aLowerCaseLabelLineEndsTheRowAboveAndWordsUnderAValueCarryItOn() {
        Table table = build(List.of(
                List.of("Outcome", "Pupils"),
                List.of("Referred to a specialist", "3 already known: not a"),
                List.of("", "new referral"),
                List.of("Advice given", "12"),
                List.of("Monitored in school, meeting with the", "4"),
                List.of("school nurse", ""),
                List.of("Sports club", "7"),
                List.of("Northern districts", ""),
                List.of("Mentoring", "2")), List.of(), List.of());

        assertThat(table.rows()).containsExactly(
                List.of("Referred to a specialist", "3 already known: not a new referral"),
                List.of("Advice given", "12"),
                List.of("Monitored in school, meeting with the school nurse", "4"),
                List.of("Sports club", "7"),
                List.of("Northern districts", ""),
                List.of("Mentoring", "2"));
    }

    @Test
    void theFirstLineOfAWrappedColumnNameIsNoGroupLabel() {
        Table table = build(List.of(
                List.of("How far do you agree with", "", "Training offered", "", ""),
                List.of("the statement: \"I feel confident\"", "Online e-learning module", "Coaching sessions",
                        "Peer visits", "Totals"),
                List.of("Agree", "3", "2", "1", "6"),
                List.of("Disagree", "1", "0", "2", "3")), List.of(), List.of());

        assertThat(table.columns()).containsExactly(
                "How far do you agree with the statement: \"I feel confident\"", "Online e-learning module",
                "Training offered Coaching sessions", "Training offered Peer visits", "Training offered Totals");
    }

    @Test
    void aBannerSentenceCutByTheColumnRulesIsNoHeaderAndLeavesTheGridUnnamed() {
        Table table = build(List.of(
                List.of("", "We pu", "t famil", "ies fir", "st"),
                List.of("11", "Visits within ten days", "60-69", "82%", "90%"),
                List.of("12", "Plans reviewed on time", "60-69", "75%", "81%")), List.of(), List.of());

        assertThat(HeaderReader.isSlicedSentence(List.of("", "We pu", "t famil", "ies fir", "st"))).isTrue();
        assertThat(HeaderReader.isSlicedSentence(List.of("Perso", "nal wellbei", "ng", "Social wellbeing"))).isFalse();
        assertThat(table.headerRows()).isZero();
        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
    }

    @Test
    void aGridOfFiguresWithACaptionButNoHeaderIsStillMetric() {
        Table table = build(List.of(
                List.of("East Borsetshire Trust", "96 delayed days"),
                List.of("West Borsetshire Trust", "52 delayed days")),
                List.of("6.6 For hospital delays in August:"), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
    }

    @Test
    void fieldsStackedLikeADeepHeaderAreAFormNotMetric() {
        Table table = build(List.of(
                List.of("Local Authority", "Borsetshire Council"),
                List.of("Health board", "NHS Borsetshire"),
                List.of("Date agreed at board:", "11/09/2024"),
                List.of("Pooled budget: 2024/25", "£2,861,506"),
                List.of("2025/26", "£10,565,000")), List.of(), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
    }

    @Test
    void aNumberedCaptionGoesOnInTheLowerCaseLinesUnderIt() {
        Table table = build(List.of(
                List.of("Group", "Mean"),
                List.of("Pre", "5.4"),
                List.of("Post", "6.9")),
                List.of("Table 8: Relationship between training taken and the perceived impact of the",
                        "project upon staff confidence", "a) Staff survey"), List.of());

        assertThat(table.caption()).isEqualTo("Table 8: Relationship between training taken and the perceived "
                + "impact of the project upon staff confidence");
    }

    @Test
    void aColumnNameSetOffItsColumnOfFiguresIsJoinedToIt() {
        Table table = build(List.of(
                List.of("", "Baseline", "Mid-point", "", "Final"),
                List.of("Knows where to get help", "37.9", "", "38.4", "34.8"),
                List.of("Feels safe at school", "32.0", "", "42.9", "39.1"),
                List.of("Talked to a member of staff", "12.6", "", "21.5", "22.0")), List.of(), List.of());

        assertThat(table.columns()).containsExactly("", "Baseline", "Mid-point", "Final");
        assertThat(table.rows().get(0)).containsExactly("Knows where to get help", "37.9", "38.4", "34.8");
    }

    @Test
    void columnsWithValuesOfTheirOwnStayApart() {
        Table table = build(List.of(
                List.of("Ward", "Q1", "", "Q3"),
                List.of("North", "12", "", "15"),
                List.of("South", "", "9", "11"),
                List.of("East", "7", "", "8")), List.of(), List.of());

        assertThat(table.columns()).hasSize(4);
    }

    @Test
    void aPartReprintingOnlyTheTopRowsOfADeepHeaderRepeatsIt() {
        List<List<String>> deep = List.of(List.of("Intervention", "Number of r", "esponses", ""),
                List.of("", "Baseline", "Mid", "End"));

        assertThat(TableJoin.repeatsTopRows(List.of(List.of("Intervention", "Number of r", "esponses", "")), deep))
                .isTrue();
        assertThat(TableJoin.repeatsTopRows(deep, List.of(List.of("Intervention", "Number of r", "esponses", ""))))
                .isTrue();
        assertThat(TableJoin.repeatsTopRows(List.of(List.of("Action", "Owner", "Date", "")), deep)).isFalse();
        assertThat(TableJoin.repeatsTopRows(List.of(List.of("", "Baseline", "", "")),
                List.of(List.of("", "Baseline", "", "")))).isFalse();
    }

    @Test
    void aTitleRowOverTheHeaderIsTheCaption() {
        Table table = build(List.of(
                List.of("Child protection audits", "", ""),
                List.of("Rating", "Q1", "Q2"),
                List.of("Good", "20%", "27%"),
                List.of("Requires improvement", "80%", "73%")), List.of(), List.of());

        assertThat(table.caption()).isEqualTo("Child protection audits");
        assertThat(table.columns()).containsExactly("Rating", "Q1", "Q2");
    }

    @Test
    void aLoneFirstColumnNameIsNoTitle() {
        Table table = build(List.of(
                List.of("Measure", "", ""),
                List.of("", "Q1", "Q2"),
                List.of("Good", "20%", "27%"),
                List.of("Requires improvement", "80%", "73%")), List.of(), List.of());

        assertThat(table.caption()).isNull();
        assertThat(table.columns()).containsExactly("Measure", "Q1", "Q2");
    }

    // --- captions ------------------------------------------------------------------------------------------

    @Test
    void numberedCaptionsOfEveryForm() {
        List<List<String>> cells = List.of(List.of("Ward", "Beds"), List.of("Oak", "12"), List.of("Elm", "9"));

        assertThat(build(cells, List.of("Table 3: Beds by ward"), List.of()).caption())
                .isEqualTo("Table 3: Beds by ward");
        assertThat(build(cells, List.of("6.6 For delays in August:"), List.of()).caption())
                .isEqualTo("6.6 For delays in August:");
        assertThat(build(cells, List.of("3b. Survey participation data."), List.of()).caption())
                .isEqualTo("3b. Survey participation data.");
        assertThat(build(cells, List.of("Figure 2"), List.of()).caption()).isEqualTo("Figure 2");
        assertThat(build(cells, List.of("APPENDIX D: ALTERNATIVE BUDGET"), List.of()).caption())
                .isEqualTo("APPENDIX D: ALTERNATIVE BUDGET");
    }

    @Test
    void aRowOfFiguresOrALowerCaseLineIsNeverACaption() {
        List<List<String>> cells = List.of(List.of("Ward", "Beds"), List.of("Oak", "12"), List.of("Elm", "9"));

        assertThat(build(cells, List.of("41 delayed days\tBorsetshire General"), List.of()).caption()).isNull();
        assertThat(build(cells, List.of("41 delayed days at Borsetshire General"), List.of()).caption()).isNull();
    }

    @Test
    void aHeadingLineAboveALeadInSentenceIsTheCaption() {
        List<List<String>> cells = List.of(List.of("Ward", "Beds"), List.of("Oak", "12"), List.of("Elm", "9"));

        Table table = build(cells, List.of("Beds by ward", "Staff were asked which wards they staffed:"), List.of());

        assertThat(table.caption()).isEqualTo("Beds by ward");
    }

    @Test
    void aShortNumberedHeadingWinsOverTheNumberedLeadInBelowIt() {
        List<List<String>> cells = List.of(List.of("Metric", "Rating"), List.of("Admissions", "Red"),
                List.of("Delays", "Green"));

        Table table = build(cells, List.of("4. National Metrics",
                "4.1. The following table gives an update on the four national metrics of the Borsetshire",
                "Better Care Fund:"), List.of());

        assertThat(table.caption()).isEqualTo("4. National Metrics");
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
    }

    @Test
    void aCaptionIsNeverBorrowedFromTheNextTable() throws Exception {
        List<Table> tables = textTables("""
                The figures were collected in March.

                | Ward | Admissions |
                | --- | --- |
                | Oak | 120 |
                | Elm | 95 |

                Table 2: Discharges by ward

                | Ward | Discharges |
                | --- | --- |
                | Oak | 118 |
                | Elm | 90 |
                """);

        assertThat(tables).extracting(Table::caption).containsExactly(null, "Table 2: Discharges by ward");
    }

    @Test
    void aCaptionBelowIsTakenUnlessTheNextTableFollowsIt() {
        List<List<String>> cells = List.of(List.of("Ward", "Beds"), List.of("Oak", "12"), List.of("Elm", "9"));

        assertThat(build(cells, List.of(), List.of("Table 4: Beds by ward", "The wards are in Borchester."))
                .caption()).isEqualTo("Table 4: Beds by ward");
        assertThat(build(cells, List.of(), List.of("Table 5: Staff by ward", "Ward\tStaff")).caption()).isNull();
        assertThat(build(cells, List.of(), List.of("7.2 Next steps", "The board will review.")).caption())
                .isNull();
    }

    @Test
    void aBoldHeadingOverARuledTableIsItsCaption() throws Exception {
        List<Text> texts = new ArrayList<>(List.of(
                Text.bold("Waiting times in Borsetshire", 72, 740),
                Text.at("The table gives the median wait in weeks.", 72, 720),
                Text.at("Clinic", 76, 689), Text.at("Weeks", 204, 689),
                Text.at("Orthopaedics", 76, 674), Text.at("14", 204, 674),
                Text.at("Dermatology", 76, 659), Text.at("9", 204, 659)));
        Page page = new Page(TestPdfs.Page.portrait().size(), 0, texts,
                TestPdfs.grid(new double[] {72, 200, 300}, new double[] {700, 685, 670, 655}));

        Table table = pdfTables(page).get(0);

        assertThat(table.caption()).isEqualTo("Waiting times in Borsetshire");
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
    }

    // --- the metric kind -----------------------------------------------------------------------------------

    @Test
    void anActionPlanNamingCllrGreenIsNotMetric() throws Exception {
        Table table = textTables("""
                | No | Action | Lead | Deadline |
                | --- | --- | --- | --- |
                | 1 | Review the parking policy | Cllr Green | March 2026 |
                | 2 | Consult the parish councils | Cllr Green | April 2026 |
                | 3 | Report back to the committee | Cllr Amber Reed | June 2026 |
                """).get(0);

        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
        assertThat(MetricValues.read("Cllr Green")).isEmpty();
        assertThat(MetricValues.read("Green").get(0).rag()).isEqualTo("green");
        assertThat(MetricValues.read("12 Amber").get(0).rag()).isEqualTo("amber");
    }

    @Test
    void aRiskLogWithAScoreColumnIsNotMetric() {
        Table table = build(List.of(
                List.of("No.", "Risk", "Score", "Mitigation"),
                List.of("1.1", "Providers leave the market", "3", "Early engagement with providers"),
                List.of("1.2", "Demand rises faster than funding", "2", "Quarterly review of the budget"),
                List.of("1.3", "Staff vacancies persist", "2", "A recruitment campaign")), List.of(), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
    }

    @Test
    void aTableOfContentsIsNotMetric() {
        Table table = build(List.of(
                List.of("Section", "Page"),
                List.of("Introduction", "3"),
                List.of("Finance", "7"),
                List.of("Performance", "12")), List.of(), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
    }

    @Test
    void aFormOfLabelledFieldsIsNotMetric() {
        Table table = build(List.of(
                List.of("Date agreed:", "11/09/2024"),
                List.of("Pooled budget:", "£2,861,506"),
                List.of("Total budget:", "£3,723,506")), List.of(), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
    }

    @Test
    void aWideSpendingTableWithABlockOfMoneyColumnsIsMetric() {
        Table table = build(List.of(
                List.of("Row Ref", "Category", "Directorate", "Member", "Headline", "Description", "2025-26 £000s",
                        "2026-27 £000s", "2027-28 £000s"),
                List.of("", "SPENDING", "", "", "", "", "", "", ""),
                List.of("1", "Demand", "Adults", "Cllr Grundy", "Care homes", "More placements", "1,200.0", "300.0",
                        "0.0"),
                List.of("2", "Prices", "Highways", "Cllr Archer", "Road repairs", "Contract uplift", "450.5", "0.0",
                        "0.0"),
                List.of("", "and footways", "", "", "", "", "", "", ""),
                List.of("3", "Savings", "Libraries", "Cllr Aldridge", "Opening hours", "Shorter hours", "-120.0",
                        "-60.0", "")), List.of(), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
        assertThat(table.sectionRows()).containsExactly(true, false, false, false);
        assertThat(table.rows().get(2).get(1)).isEqualTo("Prices and footways");
        assertThat(LabelColumns.of(table.rows(), table.sectionRows())).isEqualTo(6);
    }

    @Test
    void aTwoColumnTableOpeningWithItsFiguresIsMetric() {
        Table table = build(List.of(
                List.of("96 delayed days", "Patients at Borsetshire General"),
                List.of("41 delayed days", "Patients at Felpersham Infirmary")), List.of("6.6 For delays in August:"),
                List.of());

        assertThat(table.headerRows()).isZero();
        assertThat(table.kind()).isEqualTo(TableKind.METRIC);
        assertThat(table.caption()).isEqualTo("6.6 For delays in August:");
        assertThat(MetricValues.read("96 delayed days")).extracting(value -> value.value()).containsExactly(96.0);
        assertThat(MetricValues.read("1.1 Introduction")).isEmpty();
    }

    @Test
    void aNumberedListInAGridIsNotMetric() {
        Table table = build(List.of(
                List.of("5", "Ensure that strategy meetings are informed by the views of the child"),
                List.of("---", "---"),
                List.of("6", "Improve the quality of recording so that decisions are clear")), List.of(), List.of());

        assertThat(table.kind()).isEqualTo(TableKind.OTHER);
    }

    @Test
    void theJsonSaysTheKindInWordsAndKeepsTheHeaderAsPrinted() throws Exception {
        Table table = build(List.of(
                List.of("Ward", "Admissions", ""),
                List.of("", "Planned", "Emergency"),
                List.of("Oak", "12", "30")), List.of(), List.of());

        Path file = dir.resolve("table.json");
        Files.write(file, JsonOutput.toBytes(table));
        String json = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(json).contains("\"kind\": \"metric\"").contains("\"header\": [");
        Table read = JsonOutput.read(file, Table.class);
        assertThat(read.kind()).isEqualTo(TableKind.METRIC);
        assertThat(read.header()).isEqualTo(table.header());
        assertThat(read.columns()).containsExactly("Ward", "Admissions Planned", "Admissions Emergency");
    }

    @Test
    void aFigureWithANoteAfterItInAFigureColumnEndsTheHeader() {
        Table table = build(List.of(
                List.of("Outcome of the request", "Number of"),
                List.of("", "requests"),
                List.of("Referred to a specialist", "4 existing, 1 new referral"),
                List.of("Redirected to other services", "12"),
                List.of("Advice given", "31")), List.of(), List.of());

        assertThat(table.columns()).containsExactly("Outcome of the request", "Number of requests");
        assertThat(table.rows()).hasSize(3);
    }
}
