package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Rule;
import org.agendapack.TestPdfs.Text;
import org.agendapack.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ruled tables as a reader sees them: whole, partly ruled, shaded, broken, turned, and the ruled things that are not tables. */
class RuledTablesTest {

    @TempDir
    Path dir;

    private List<Table> tables(TableEngine.Mode mode, Page... pages) throws Exception {
        return FoundTables.inPdf(dir, mode, pages);
    }

    private static List<List<String>> cells(Table table) {
        return table.rows();
    }

    /** The rows as the grid reads them, a one-row header first (the header's reading is the builder's). */
    private static List<List<String>> grid(Table table) {
        List<List<String>> rows = new ArrayList<>();
        if (table.headerRows() > 0) {
            rows.add(table.columns());
        }
        rows.addAll(table.rows());
        return rows;
    }

    @Test
    void aRuledTableOnATurnedPageIsReadFromItsRulings() throws Exception {
        // laid out in the displayed (landscape) frame; the stamp is upright on the unturned page
        Page page = Page.turnedPortrait(
                Text.at("District", 80, 500), Text.at("Homes built", 250, 500), Text.at("Target", 400, 500),
                Text.at("Ambridge", 80, 480), Text.at("1,204", 250, 480), Text.at("1,100", 400, 480),
                Text.at("Felpersham", 80, 460), Text.at("987", 250, 460), Text.at("1,000", 400, 460),
                Text.rotated("Item 6", 700, 300, -90))
                .withRules(TestPdfs.grid(new double[] {72, 240, 390, 520}, new double[] {515, 495, 475, 455}));

        List<Table> tables = tables(TableEngine.Mode.LATTICE, page);

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.method()).isEqualTo("lattice");
        assertThat(table.columns()).containsExactly("District", "Homes built", "Target");
        assertThat(cells(table)).containsExactly(List.of("Ambridge", "1,204", "1,100"),
                List.of("Felpersham", "987", "1,000"));
    }

    private static Rule across(double x1, double x2, double y) {
        return new Rule(x1, y, x2, y, false);
    }

    private static Rule down(double x, double y1, double y2) {
        return new Rule(x, y1, x, y2, false);
    }

    /** A row of texts on one baseline, each at its x. */
    private static List<Text> row(double y, Object... xAndText) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i + 1 < xAndText.length; i += 2) {
            texts.add(Text.at((String) xAndText[i + 1], ((Number) xAndText[i]).doubleValue(), y));
        }
        return texts;
    }

    private static Page landscape(List<List<Text>> rows, List<Rule> rules) {
        return Page.landscape(rows.stream().flatMap(List::stream).toArray(Text[]::new)).withRules(rules);
    }

    /**
     * A budget summary: each year a ruled column holding unruled core, external and total columns; header and
     * total rows ruled, the body rows between them not.
     */
    @Test
    void ruledHeaderAndTotalOverUnruledBodyRowsAndColumns() throws Exception {
        List<Rule> rules = new ArrayList<>(List.of(across(40, 560, 520), across(200, 560, 505), across(40, 560, 490),
                across(40, 560, 340), across(40, 560, 300)));
        for (double x : new double[] {40, 200, 380, 560}) {
            rules.add(down(x, 300, 520));
        }
        List<List<Text>> rows = List.of(
                row(509, 270, "2025-26", 450, "2026-27"),
                row(494, 45, "Service", 210, "Core", 270, "External", 330, "Total", 390, "Core", 450, "External",
                        510, "Total"),
                row(475, 45, "Adult social care", 210, "1,204.5", 270, "-36.0", 330, "1,168.5", 390, "1,250.0",
                        450, "0.0", 510, "1,250.0"),
                row(460, 45, "Highways", 210, "310.2", 270, "12.4", 330, "322.6", 390, "300.0", 450, "15.0",
                        510, "315.0"),
                row(445, 45, "Libraries", 210, "45.9", 330, "45.9", 390, "44.0", 510, "44.0"),
                row(430, 45, "Waste", 210, "88.1", 270, "-4.0", 330, "84.1", 390, "90.0", 450, "-4.0", 510, "86.0"),
                row(315, 45, "Total", 210, "1,648.7", 270, "-27.6", 330, "1,621.1", 390, "1,684.0", 450, "11.0",
                        510, "1,695.0"));

        Table table = tables(TableEngine.Mode.LATTICE, landscape(rows, rules)).get(0);

        assertThat(table.columns()).hasSize(7);
        assertThat(cells(table)).contains(
                List.of("Adult social care", "1,204.5", "-36.0", "1,168.5", "1,250.0", "0.0", "1,250.0"),
                List.of("Libraries", "45.9", "", "45.9", "44.0", "", "44.0"),
                List.of("Total", "1,648.7", "-27.6", "1,621.1", "1,684.0", "11.0", "1,695.0"));
        assertThat(cells(table).stream().filter(row -> !row.get(0).isEmpty()).map(row -> row.get(0)))
                .containsSubsequence("Adult social care", "Highways", "Libraries", "Waste", "Total");
    }

    /**
     * A ruled band whose cells wrap onto a second line stays one row: the next line starts no new first cell, and
     * its figures (shares under counts) fill few of the row's columns.
     */
    @Test
    void wrappedCellsInARuledRowStayOneRow() throws Exception {
        List<Rule> rules = TestPdfs.grid(new double[] {60, 100, 300, 380, 460}, new double[] {700, 680, 640, 600});
        Page page = Page.portrait(
                Text.at("Ref", 64, 686), Text.at("Scheme", 104, 686), Text.at("Cost", 304, 686),
                Text.at("Change", 384, 686),
                Text.at("1", 64, 666), Text.at("Resurfacing of the high street", 104, 666), Text.at("1,200", 304, 666),
                Text.at("100", 384, 666),
                Text.at("and market square", 104, 654), Text.at("(40%)", 304, 654), Text.at("(9.1%)", 384, 654),
                Text.at("2", 64, 626), Text.at("New cycle lanes along the", 104, 626), Text.at("850", 304, 626),
                Text.at("-50", 384, 626),
                Text.at("river path", 104, 614)).withRules(rules);

        Table table = tables(TableEngine.Mode.LATTICE, page).get(0);

        assertThat(cells(table)).containsExactly(
                List.of("1", "Resurfacing of the high street and market square", "1,200 (40%)", "100 (9.1%)"),
                List.of("2", "New cycle lanes along the river path", "850", "-50"));
    }

    /** Rows ruled across and columns ruled in the header only: the body's columns come from its words. */
    @Test
    void bodyRowsRuledWithoutColumnRules() throws Exception {
        List<Rule> rules = new ArrayList<>();
        for (double y : new double[] {700, 680, 660, 640, 620}) {
            rules.add(across(60, 460, y));
        }
        for (double x : new double[] {60, 200, 330, 460}) {
            rules.add(down(x, 680, 700));
        }
        Page page = Page.portrait(
                Text.at("Ward", 64, 686), Text.at("Electors", 204, 686), Text.at("Turnout", 334, 686),
                Text.at("Northfield", 64, 666), Text.at("4,512", 204, 666), Text.at("31%", 334, 666),
                Text.at("Southgate", 64, 646), Text.at("3,980", 204, 646), Text.at("28%", 334, 646),
                Text.at("Eastbrook", 64, 626), Text.at("5,106", 204, 626), Text.at("35%", 334, 626)).withRules(rules);

        Table table = tables(TableEngine.Mode.LATTICE, page).get(0);

        assertThat(grid(table)).containsExactly(List.of("Ward", "Electors", "Turnout"),
                List.of("Northfield", "4,512", "31%"),
                List.of("Southgate", "3,980", "28%"), List.of("Eastbrook", "5,106", "35%"));
    }

    /** Column rules between the columns only, no outer border: the grid reaches the words on either side. */
    @Test
    void interiorColumnRulesWithoutOuterBorders() throws Exception {
        List<Rule> rules = List.of(down(180, 600, 705), down(280, 600, 705), across(175, 285, 680));
        Page page = Page.portrait(
                Text.at("Parish", 72, 688), Text.at("2023", 190, 688), Text.at("2024", 290, 688),
                Text.at("Ambridge", 72, 666), Text.at("1,021", 190, 666), Text.at("1,044", 290, 666),
                Text.at("Penny Hassett", 72, 646), Text.at("812", 190, 646), Text.at("799", 290, 646),
                Text.at("Loxley Barrett", 72, 626), Text.at("430", 190, 626), Text.at("452", 290, 626))
                .withRules(rules);

        Table table = tables(TableEngine.Mode.LATTICE, page).get(0);

        assertThat(grid(table)).containsExactly(List.of("Parish", "2023", "2024"),
                List.of("Ambridge", "1,021", "1,044"),
                List.of("Penny Hassett", "812", "799"), List.of("Loxley Barrett", "430", "452"));
    }

    /** A header cell left unruled over three columns whose headings stand apart is three cells. */
    @Test
    void aMergedHeaderCellIsSplitWhereItsTextsStandApart() throws Exception {
        List<Rule> rules = new ArrayList<>(List.of(across(60, 480, 700), across(60, 480, 680),
                across(60, 480, 660), across(60, 480, 640), down(60, 640, 700), down(200, 640, 700),
                down(480, 640, 700), down(300, 640, 680), down(390, 640, 680)));
        Page page = Page.portrait(
                Text.at("Service", 64, 686), Text.at("2025-26", 204, 686), Text.at("2026-27", 304, 686),
                Text.at("Service area", 394, 686),
                Text.at("Libraries", 64, 666), Text.at("120.0", 204, 666), Text.at("0.0", 304, 666),
                Text.at("Culture", 394, 666),
                Text.at("Parks", 64, 646), Text.at("-40.0", 204, 646), Text.at("10.0", 304, 646),
                Text.at("Environment", 394, 646)).withRules(rules);

        Table table = tables(TableEngine.Mode.LATTICE, page).get(0);

        assertThat(grid(table)).containsExactly(List.of("Service", "2025-26", "2026-27", "Service area"),
                List.of("Libraries", "120.0", "0.0", "Culture"),
                List.of("Parks", "-40.0", "10.0", "Environment"));
    }

    /** Cells drawn as shaded rectangles with white gaps between them are one grid. */
    @Test
    void shadedCellsSeparatedByWhiteGapsAreOneGrid() throws Exception {
        Page page = Page.portrait(
                Text.at("Indicator", 76, 686), Text.at("Target", 224, 686), Text.at("Actual", 324, 686),
                Text.at("Visits", 76, 666), Text.at("1,000", 224, 666), Text.at("1,130", 324, 666),
                Text.at("Loans", 76, 646), Text.at("8,500", 224, 646), Text.at("7,980", 324, 646))
                .withRules(TestPdfs.shadedCells(new double[] {72, 220, 320, 420}, new double[] {700, 680, 660, 640},
                        3));

        Table table = tables(TableEngine.Mode.LATTICE, page).get(0);

        assertThat(table.columns()).containsExactly("Indicator", "Target", "Actual");
        assertThat(cells(table)).containsExactly(List.of("Visits", "1,000", "1,130"),
                List.of("Loans", "8,500", "7,980"));
    }

    /** Rules that stop a few points short of the rule they should cross still meet it. */
    @Test
    void rulesStoppingShortOfTheirCrossingStillJoin() throws Exception {
        List<Rule> rules = new ArrayList<>();
        double[] xs = {72, 220, 320, 420};
        double[] ys = {700, 680, 660, 640};
        for (double y : ys) {
            rules.add(across(xs[0] + 3, xs[3] - 3, y));
        }
        for (double x : xs) {
            rules.add(down(x, ys[3] + 3, ys[0] - 3));
        }
        Page page = Page.portrait(
                Text.at("Team", 76, 686), Text.at("Played", 224, 686), Text.at("Points", 324, 686),
                Text.at("Rovers", 76, 666), Text.at("12", 224, 666), Text.at("25", 324, 666),
                Text.at("Albion", 76, 646), Text.at("12", 224, 646), Text.at("19", 324, 646)).withRules(rules);

        List<Table> tables = tables(TableEngine.Mode.LATTICE, page);

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).columns()).containsExactly("Team", "Played", "Points");
        assertThat(cells(tables.get(0))).containsExactly(List.of("Rovers", "12", "25"), List.of("Albion", "12", "19"));
    }

    /** A chart's frame and gridlines with bars and a legend, flowchart boxes and boxed text are not tables. */
    @Test
    void chartsDiagramsAndBoxedTextAreNotTables() throws Exception {
        List<Rule> chart = new ArrayList<>();
        chart.add(down(100, 500, 700));
        chart.add(across(100, 450, 500));
        for (double y = 540; y <= 700; y += 40) {
            chart.add(across(100, 450, y));
        }
        chart.add(new Rule(130, 500, 170, 620, true));
        chart.add(new Rule(230, 500, 270, 580, true));
        chart.add(new Rule(330, 500, 370, 660, true));
        List<Rule> boxes = List.of(
                across(100, 220, 300), across(100, 220, 260), down(100, 260, 300), down(220, 260, 300),
                across(300, 420, 300), across(300, 420, 260), down(300, 260, 300), down(420, 260, 300),
                across(220, 300, 280));
        List<Rule> boxedText = List.of(across(80, 500, 200), across(80, 500, 120), down(80, 120, 200),
                down(500, 120, 200));
        List<Rule> all = new ArrayList<>(chart);
        all.addAll(boxes);
        all.addAll(boxedText);
        Page page = Page.portrait(
                Text.at("Visits per month", 200, 720), Text.at("400", 80, 660), Text.at("200", 80, 580),
                Text.at("Jan", 140, 488), Text.at("Feb", 240, 488), Text.at("Mar", 340, 488),
                Text.at("Library", 150, 630), Text.at("Online", 250, 590),
                Text.at("Referral", 120, 280), Text.at("Assessment", 310, 280),
                Text.at("Note: figures are provisional and", 90, 180), Text.at("subject to revision.", 90, 166))
                .withRules(all);

        assertThat(tables(TableEngine.Mode.LATTICE, page)).isEmpty();
    }

    /** A ruled table inside a ruled layout box is read alone; the box around it does not take its words. */
    @Test
    void aTableInsideARuledBoxIsReadAlone() throws Exception {
        List<Rule> rules = new ArrayList<>(List.of(across(50, 550, 760), across(50, 550, 600), across(50, 550, 500),
                down(50, 500, 760), down(100, 500, 760), down(550, 500, 760)));
        rules.addAll(TestPdfs.grid(new double[] {120, 220, 320, 420}, new double[] {700, 680, 660}));
        Page page = Page.portrait(
                Text.at("1.1", 60, 740), Text.at("Places planned by year:", 110, 740),
                Text.at("By 2026", 124, 686), Text.at("By 2027", 224, 686), Text.at("By 2028", 324, 686),
                Text.at("2FE", 124, 666), Text.at("5FE", 224, 666), Text.at("1FE", 324, 666),
                Text.at("A total of 8FE over the plan period.", 110, 640),
                Text.at("1.2", 60, 580), Text.at("Funding follows the plan.", 110, 580)).withRules(rules);

        List<Table> tables = tables(TableEngine.Mode.LATTICE, page);

        assertThat(tables).filteredOn(table -> grid(table).stream().flatMap(List::stream).anyMatch("2FE"::equals))
                .singleElement().satisfies(table -> assertThat(grid(table)).containsExactly(
                        List.of("By 2026", "By 2027", "By 2028"), List.of("2FE", "5FE", "1FE")));
        assertThat(tables.stream().flatMap(table -> grid(table).stream()).flatMap(List::stream))
                .noneMatch(cell -> cell.contains("By 2026 ") || cell.contains("2FE "));
    }

    /** A single rule down between labels and figures is a table's; one between two columns of prose is not. */
    @Test
    void aSingleInteriorRuleBetweenLabelsAndFigures() throws Exception {
        Page table = Page.portrait(
                Text.at("Council tax band D", 72, 700), Text.at("1,912.50", 260, 700),
                Text.at("Parish precept", 72, 685), Text.at("84.10", 260, 685),
                Text.at("Police and fire", 72, 670), Text.at("330.25", 260, 670),
                Text.at("Total", 72, 655), Text.at("2,326.85", 260, 655))
                .withRules(List.of(down(240, 650, 712)));
        Page prose = Page.portrait(
                Text.at("The council met on Tuesday", 72, 700), Text.at("and agreed the plan for", 320, 700),
                Text.at("to review the budget for", 72, 685), Text.at("the coming year, with", 320, 685),
                Text.at("the coming year and its", 72, 670), Text.at("thanks to the officers.", 320, 670))
                .withRules(List.of(down(300, 660, 712)));

        List<Table> tables = tables(TableEngine.Mode.LATTICE, table);

        assertThat(tables).hasSize(1);
        assertThat(grid(tables.get(0))).contains(List.of("Parish precept", "84.10"), List.of("Total", "2,326.85"));
        assertThat(tables(TableEngine.Mode.LATTICE, prose)).isEmpty();
    }

    /** Columns left empty in the body still stand where the headings over them stand apart. */
    @Test
    void headingsShowColumnsTheBodyLeavesEmpty() throws Exception {
        List<Rule> rules = new ArrayList<>(List.of(across(40, 380, 520), across(40, 380, 490), across(40, 380, 400)));
        for (double x : new double[] {40, 200, 380}) {
            rules.add(down(x, 400, 520));
        }
        List<List<Text>> rows = List.of(
                row(507, 210, "Core", 270, "External", 330, "Total"),
                row(495, 210, "£000s", 270, "£000s", 330, "£000s"),
                row(475, 45, "Revenue grant", 330, "11,806.0"),
                row(460, 45, "Social care grant", 330, "117,046.1"),
                row(445, 45, "Services grant", 330, "1,311.9"));

        Table table = tables(TableEngine.Mode.LATTICE, landscape(rows, rules)).get(0);

        assertThat(grid(table)).contains(List.of("", "Core £000s", "External £000s", "Total £000s"),
                List.of("Social care grant", "", "", "117,046.1"));
    }

    /** A filled rectangle from (left, bottom) to (right, top) in PDF user space: a shaded band. */
    private static Rule shade(double left, double bottom, double right, double top) {
        return new Rule(left, bottom, right, top, true);
    }

    /**
     * Rows shaded in alternate bands, with no rule: the shading bounds rows (a wrapped label stays in its band) and
     * draws no column; the columns are the text's, and the unshaded rows between the bands are rows of the table.
     */
    @Test
    void rowsShadedInAlternateBandsAreOneTable() throws Exception {
        List<Rule> bands = List.of(shade(60, 682, 440, 700), shade(60, 664, 440, 682), shade(60, 628, 440, 646),
                shade(60, 580, 440, 598), shade(60, 544, 440, 562));
        List<Text> texts = new ArrayList<>();
        texts.addAll(row(688, 64, "Service", 250, "Phone", 320, "Online", 390, "Visits"));
        texts.addAll(row(670, 64, "Libraries", 250, "1,204", 320, "3,310", 390, "912"));
        texts.addAll(row(652, 64, "Planning", 250, "611", 320, "2,044", 390, "87"));
        texts.addAll(row(634, 64, "Parks", 250, "95", 320, "410", 390, "1,380"));
        texts.addAll(row(616, 64, "Waste collection and", 250, "2,870", 320, "5,102", 390, "44"));
        texts.addAll(row(604, 64, "street cleaning"));
        texts.addAll(row(586, 64, "Leisure", 250, "730", 320, "1,906", 390, "2,211"));
        texts.addAll(row(568, 64, "Registrars", 250, "402", 320, "388", 390, "155"));
        texts.addAll(row(550, 64, "Housing", 250, "1,515", 320, "981", 390, "640"));
        Page page = Page.portrait(texts.toArray(Text[]::new)).withRules(bands);

        List<Table> tables = tables(TableEngine.Mode.AUTO, page);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("Service", "Phone", "Online", "Visits");
            assertThat(cells(table)).containsExactly(List.of("Libraries", "1,204", "3,310", "912"),
                    List.of("Planning", "611", "2,044", "87"), List.of("Parks", "95", "410", "1,380"),
                    List.of("Waste collection and street cleaning", "2,870", "5,102", "44"),
                    List.of("Leisure", "730", "1,906", "2,211"), List.of("Registrars", "402", "388", "155"),
                    List.of("Housing", "1,515", "981", "640"));
        });
    }

    /**
     * A header ruled into cells and a total row ruled across, far apart over body rows set without rules: the body
     * rows under the header, wrapped labels and all, are the table's, up to its total.
     */
    @Test
    void aRuledHeaderCarriesOnOverItsUnruledBodyToTheRuledTotal() throws Exception {
        List<Rule> rules = new ArrayList<>(TestPdfs.grid(new double[] {60, 240, 320, 400}, new double[] {700, 682}));
        rules.add(across(60, 400, 574));
        rules.add(across(60, 400, 556));
        List<Text> texts = new ArrayList<>();
        texts.addAll(row(688, 64, "Indicator", 280, "Target", 360, "Actual"));
        texts.addAll(row(664, 64, "Homes built", 280, "1,200", 360, "1,034"));
        texts.addAll(row(646, 64, "Planning decisions made", 280, "90%", 360, "87%"));
        texts.addAll(row(634, 64, "within thirteen weeks"));
        texts.addAll(row(616, 64, "Waste recycled", 280, "50%", 360, "46%"));
        texts.addAll(row(598, 64, "Roads resurfaced (km)", 280, "40", 360, "52"));
        texts.addAll(row(580, 64, "Library visits", 280, "9,000", 360, "8,115"));
        texts.addAll(row(562, 64, "All indicators", 280, "12", 360, "9"));
        texts.addAll(row(520, 64, "Source: performance team."));
        Page page = Page.portrait(texts.toArray(Text[]::new)).withRules(rules);

        List<Table> tables = tables(TableEngine.Mode.AUTO, page);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.method()).isEqualTo("lattice");
            assertThat(table.columns()).containsExactly("Indicator", "Target", "Actual");
            assertThat(cells(table)).containsExactly(List.of("Homes built", "1,200", "1,034"),
                    List.of("Planning decisions made within thirteen weeks", "90%", "87%"),
                    List.of("Waste recycled", "50%", "46%"), List.of("Roads resurfaced (km)", "40", "52"),
                    List.of("Library visits", "9,000", "8,115"), List.of("All indicators", "12", "9"));
        });
    }

    /**
     * A flowchart: boxes down the page joined by connectors, a side branch labelled beside its connector. The
     * connectors and box sides draw a grid, but its rows hold one box's words each, not values beside labels.
     */
    @Test
    void aFlowchartOfBoxesAndConnectorsIsNotATable() throws Exception {
        List<Rule> rules = new ArrayList<>();
        double[] boxTops = {700, 630, 560, 490};
        for (double top : boxTops) {
            rules.addAll(List.of(across(120, 270, top), across(120, 270, top - 40), down(120, top - 40, top),
                    down(270, top - 40, top)));
            if (top > boxTops[boxTops.length - 1]) {
                rules.add(down(195, top - 70, top - 40));
            }
        }
        rules.addAll(List.of(across(360, 510, 560), across(360, 510, 520), down(360, 520, 560), down(510, 520, 560),
                across(270, 360, 540)));
        Page page = Page.portrait(
                Text.at("Referral received", 150, 684), Text.at("by the front desk", 150, 672),
                Text.at("First screening", 150, 614), Text.at("within two days", 150, 602),
                Text.at("Needs support?", 150, 544), Text.at("No", 300, 546), Text.at("Signpost to", 380, 544),
                Text.at("yes or no", 150, 532), Text.at("local groups", 380, 532), Text.at("Yes", 200, 580),
                Text.at("Assessment by", 150, 474), Text.at("a social worker", 150, 462)).withRules(rules);

        assertThat(tables(TableEngine.Mode.LATTICE, page)).isEmpty();
    }

    /** A ruled table beside a column of prose takes as its caption the words over it, not the prose's line. */
    @Test
    void aCaptionSharingItsLineWithTextBesideTheTableIsTheTables() throws Exception {
        List<Text> texts = new ArrayList<>();
        texts.addAll(row(730, 40, "The council agreed the plan", 300, "Table 4: Visits by library"));
        texts.addAll(row(716, 40, "after a long consultation with"));
        texts.addAll(row(702, 40, "residents and the districts,"));
        texts.addAll(row(706, 304, "Library", 420, "Visits", 480, "Loans"));
        texts.addAll(row(688, 40, "whose views are set out in the"));
        texts.addAll(row(688, 304, "Ambridge", 420, "1,204", 480, "3,310"));
        texts.addAll(row(674, 40, "annex to this report."));
        texts.addAll(row(670, 304, "Felpersham", 420, "8,420", 480, "9,051"));
        Page page = Page.portrait(texts.toArray(Text[]::new))
                .withRules(TestPdfs.grid(new double[] {300, 410, 470, 530}, new double[] {718, 700, 682, 664}));

        List<Table> tables = tables(TableEngine.Mode.LATTICE, page);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.caption()).isEqualTo("Table 4: Visits by library");
            assertThat(cells(table)).containsExactly(List.of("Ambridge", "1,204", "3,310"),
                    List.of("Felpersham", "8,420", "9,051"));
        });
    }

    /** A total row ruled into the header's columns, under unruled body rows, closes the same table. */
    @Test
    void aTotalRowRuledIntoTheHeadersColumnsClosesTheSameTable() throws Exception {
        double[] columns = {60, 240, 320, 400};
        List<Rule> rules = new ArrayList<>(TestPdfs.grid(columns, new double[] {700, 682}));
        rules.addAll(TestPdfs.grid(columns, new double[] {604, 586}));
        List<Text> texts = new ArrayList<>();
        texts.addAll(row(688, 64, "District", 280, "Homes", 360, "Jobs"));
        texts.addAll(row(664, 64, "Ambridge", 280, "1,200", 360, "4,034"));
        texts.addAll(row(646, 64, "Borchester", 280, "2,310", 360, "9,120"));
        texts.addAll(row(628, 64, "Felpersham", 280, "3,055", 360, "12,480"));
        texts.addAll(row(610, 64, "Hollerton", 280, "640", 360, "1,905"));
        texts.addAll(row(592, 64, "All districts", 280, "7,205", 360, "27,539"));
        Page page = Page.portrait(texts.toArray(Text[]::new)).withRules(rules);

        List<Table> tables = tables(TableEngine.Mode.AUTO, page);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("District", "Homes", "Jobs");
            assertThat(cells(table)).containsExactly(List.of("Ambridge", "1,200", "4,034"),
                    List.of("Borchester", "2,310", "9,120"), List.of("Felpersham", "3,055", "12,480"),
                    List.of("Hollerton", "640", "1,905"), List.of("All districts", "7,205", "27,539"));
        });
    }

    /** A table ruled into the same columns under another's unruled body is a table of its own. */
    @Test
    void aGridInTheSameColumnsUnderAnUnruledBodyIsATableOfItsOwn() throws Exception {
        double[] columns = {60, 240, 320, 400};
        List<Rule> rules = new ArrayList<>(TestPdfs.grid(columns, new double[] {700, 682}));
        rules.addAll(TestPdfs.grid(columns, new double[] {640, 622, 604, 586}));
        List<Text> texts = new ArrayList<>();
        texts.addAll(row(688, 64, "Referrals", 280, "Q1", 360, "Q2"));
        texts.addAll(row(664, 64, "Received", 280, "1,200", 360, "1,034"));
        texts.addAll(row(646, 64, "Accepted", 280, "910", 360, "877"));
        texts.addAll(row(628, 64, "Assessments", 280, "Q1", 360, "Q2"));
        texts.addAll(row(610, 64, "Started", 280, "640", 360, "702"));
        texts.addAll(row(592, 64, "Completed", 280, "588", 360, "615"));
        Page page = Page.portrait(texts.toArray(Text[]::new)).withRules(rules);

        List<Table> tables = tables(TableEngine.Mode.LATTICE, page);

        assertThat(tables).hasSize(2);
        assertThat(grid(tables.get(1))).containsExactly(List.of("Assessments", "Q1", "Q2"),
                List.of("Started", "640", "702"), List.of("Completed", "588", "615"));
    }
}
