package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Rule;
import org.agendapack.TestPdfs.Text;
import org.agendapack.model.Table;
import org.agendapack.model.Table.Span;
import org.agendapack.source.PdfSource;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables without ruled cells, as statistical reports print them, found whole; and tables over two pages. */
class UnruledTablesTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final double LEFT = 72;
    private static final double RIGHT = 480;

    @TempDir
    Path dir;

    private List<Table> tables(Page... pages) throws Exception {
        return FoundTables.inPdf(dir, pages);
    }

    /** A figure set flush right against {@code right}, as figure columns are. */
    private static Text rightAligned(String text, double right, double y) {
        try {
            return Text.at(text, right - HELVETICA.getStringWidth(text) / 1000 * 10, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row: the label at the left, then figures flush right against 260, 340 and 420. */
    private static List<Text> row(double y, String label, String... figures) {
        List<Text> texts = new ArrayList<>();
        if (!label.isEmpty()) {
            texts.add(Text.at(label, LEFT, y));
        }
        for (int i = 0; i < figures.length; i++) {
            texts.add(rightAligned(figures[i], 260 + 80 * i, y));
        }
        return texts;
    }

    private static Rule rule(double y) {
        return new Rule(LEFT, y, RIGHT, y, false);
    }

    /**
     * A statistical table ruled only above and below its header and at the bottom: a two-level header,
     * sub-headings, a wrapped label, right-aligned figures of different widths, and notes under it.
     */
    private static List<Text> householdsTable(double top) {
        List<Text> texts = new ArrayList<>();
        texts.add(Text.at("Table 3: Households by district, Borsetshire", LEFT, top + 20));
        texts.add(Text.at("Households (thousands)", 232, top));
        texts.add(rightAligned("Change", 420, top));
        texts.addAll(row(top - 14, "District", "2023", "2024", "%"));
        texts.add(Text.bold("Northern districts", LEFT, top - 34));
        texts.addAll(row(top - 48, "Ashwell", "12,345", "12,901", "4.5"));
        texts.addAll(row(top - 62, "Brindle Vale and the", "987", "1,004", "1.7"));
        texts.add(Text.at("Coastal Parishes", LEFT, top - 76));
        texts.addAll(row(top - 90, "Cotterstock", "10,002", "10,250", "2.5"));
        texts.add(Text.bold("Southern districts", LEFT, top - 104));
        texts.addAll(row(top - 118, "Dunmere", "8,450", "8,700", "3.0"));
        texts.addAll(row(top - 132, "Eastwick", "5,120", "5,006", "-2.2"));
        texts.add(Text.at("Source: Borsetshire Statistics Office household survey.", LEFT, top - 154));
        texts.add(Text.at("Figures are rounded to the nearest household.", LEFT, top - 168));
        return texts;
    }

    private static List<Rule> householdsRules(double top) {
        return List.of(rule(top + 12), rule(top - 20), rule(top - 140));
    }

    private static final List<List<String>> HOUSEHOLD_ROWS = List.of(
            List.of("Northern districts", "", "", ""),
            List.of("Ashwell", "12,345", "12,901", "4.5"),
            List.of("Brindle Vale and the Coastal Parishes", "987", "1,004", "1.7"),
            List.of("Cotterstock", "10,002", "10,250", "2.5"),
            List.of("Southern districts", "", "", ""),
            List.of("Dunmere", "8,450", "8,700", "3.0"),
            List.of("Eastwick", "5,120", "5,006", "-2.2"));

    /** The grids the unruled finder sees on the first page of the drawn PDF. */
    private List<TableGrid> streamGrids(Page page) throws Exception {
        TablePage tablePage = TablePage.of(PdfSource.read(TestPdfs.write(dir.resolve("s.pdf"), page)).get(0), true);
        return StreamTables.find(tablePage, tablePage.lines());
    }

    @Test
    void aStatisticalTableRuledOnlyAroundItsHeaderIsFoundWhole() throws Exception {
        Page page = Page.portrait(householdsTable(700).toArray(Text[]::new)).withRules(householdsRules(700));

        assertThat(tables(page)).singleElement().satisfies(table -> {
            assertThat(table.method()).isEqualTo("stream");
            assertThat(table.columns()).hasSize(4);
            assertThat(table.rows()).endsWith(HOUSEHOLD_ROWS.toArray(List[]::new));
        });
        assertThat(streamGrids(page)).singleElement().satisfies(grid -> {
            // the two header lines, each a row; the notes under the table are not rows
            assertThat(grid.cells()).hasSize(2 + HOUSEHOLD_ROWS.size());
            assertThat(grid.cells().get(1)).containsExactly("District", "2023", "2024", "%");
            assertThat(grid.cells().subList(2, grid.cells().size())).containsExactlyElementsOf(HOUSEHOLD_ROWS);
        });
    }

    @Test
    void aHeaderOverTwoColumnsSpansThem() throws Exception {
        TableGrid grid = streamGrids(Page.portrait(householdsTable(700).toArray(Text[]::new))).get(0);

        assertThat(grid.cells().get(0)).containsExactly("", "Households (thousands)", "", "Change");
        assertThat(grid.spans()).containsExactly(new Span(0, 1, 1, 2));
    }

    @Test
    void aHeaderLineOfOneLabelOverTheFiguresIsTheTablesFirstRow() throws Exception {
        List<Text> texts = new ArrayList<>(List.of(Text.at("Table 5: Visitors to Borsetshire museums", LEFT, 740),
                Text.at("Visitors (thousands)", 250, 720)));
        texts.addAll(row(706, "Museum", "2022", "2023", "2024"));
        texts.addAll(row(692, "Castle Museum", "41.2", "44.0", "47.9"));
        texts.addAll(row(678, "Riverside Gallery", "12.8", "13.1", "12.2"));
        texts.addAll(row(664, "Mill Heritage Centre", "8.4", "9.9", "10.6"));

        TableGrid grid = streamGrids(Page.portrait(texts.toArray(Text[]::new))).get(0);

        assertThat(grid.cells()).hasSize(5);
        assertThat(grid.cells().get(0)).containsExactly("", "Visitors (thousands)", "", "");
        assertThat(grid.spans()).containsExactly(new Span(0, 1, 1, 2));
        assertThat(grid.above()).extracting(line -> line.plainText())
                .containsExactly("Table 5: Visitors to Borsetshire museums");
    }

    @Test
    void textDrawnInAShuffledOrderGivesTheSameRows() throws Exception {
        List<Text> texts = new ArrayList<>(householdsTable(700));
        Collections.shuffle(texts, new Random(7));

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)).withRules(householdsRules(700)));

        assertThat(tables).singleElement().satisfies(table ->
                assertThat(table.rows()).endsWith(HOUSEHOLD_ROWS.toArray(List[]::new)));
    }

    @Test
    void aTableBesideARuledBoxIsFoundToo() throws Exception {
        List<Text> texts = new ArrayList<>(householdsTable(500));
        texts.add(Text.at("Ward", 76, 746));
        texts.add(Text.at("Turnout", 204, 746));
        texts.add(Text.at("Ashwell North", 76, 726));
        texts.add(Text.at("31%", 204, 726));

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new))
                .withRules(TestPdfs.grid(new double[] {72, 200, 300}, new double[] {760, 740, 720})));

        assertThat(tables).extracting(Table::method).containsExactly("lattice", "stream");
        assertThat(tables.get(1).rows()).endsWith(HOUSEHOLD_ROWS.toArray(List[]::new));
    }

    @Test
    void rowsLeftOpenUnderARuledTableAreNotATableOfTheirOwn() throws Exception {
        List<Text> texts = new ArrayList<>();
        String[][] rows = {{"Ref", "Line", "Budget"}, {"201", "Core", "152.0"}, {"202", "External", "48.9"},
                {"203", "Grants", "12.5"}, {"204", "Total", "213.4"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                texts.add(Text.at(rows[r][c], 76 + 120 * c, 746 - 20 * r));
            }
        }

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new))
                .withRules(TestPdfs.grid(new double[] {72, 192, 312, 432}, new double[] {760, 740, 720})));

        assertThat(tables).extracting(Table::method).containsExactly("lattice");
    }

    @Test
    void aLabelAndFigureColumnIsATableButProseListsAndContentsAreNot() throws Exception {
        List<Text> texts = new ArrayList<>();
        texts.add(Text.at("Age band", LEFT, 760));
        texts.add(rightAligned("Admissions", 300, 760));
        String[][] bands = {{"Under 18", "1,204"}, {"18 to 64", "15,880"}, {"65 and over", "9,311"},
                {"All ages", "26,395"}};
        for (int i = 0; i < bands.length; i++) {
            texts.add(Text.at(bands[i][0], LEFT, 746 - 14 * i));
            texts.add(rightAligned(bands[i][1], 300, 746 - 14 * i));
        }
        String[] left = {"The council consulted residents", "on the plan over the summer and",
                "received many responses from", "people across the whole county."};
        String[] right = {"Most respondents supported the", "proposals for the town centre and",
                "asked for more frequent buses", "to the outlying villages."};
        for (int i = 0; i < left.length; i++) {
            texts.add(Text.at(left[i], LEFT, 660 - 14 * i));
            texts.add(Text.at(right[i], 320, 660 - 14 * i));
        }
        String[] paragraphs = {"The board is asked to note the report.", "The board is asked to agree the plan.",
                "The board is asked to endorse the bid."};
        for (int i = 0; i < paragraphs.length; i++) {
            texts.add(Text.at((i + 1) + ".", LEFT, 580 - 20 * i));
            texts.add(Text.at(paragraphs[i], 108, 580 - 20 * i));
            texts.add(Text.at("•", 90, 500 - 14 * i));
            texts.add(Text.at(paragraphs[i], 108, 500 - 14 * i));
        }
        String[] contents = {"Introduction", "Background", "Findings", "Recommendations"};
        for (int i = 0; i < contents.length; i++) {
            texts.add(Text.at(contents[i], LEFT, 420 - 14 * i));
            texts.add(rightAligned(String.valueOf(3 + 4 * i), 300, 420 - 14 * i));
        }

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("Age band", "Admissions");
            assertThat(table.rows()).containsExactly(List.of("Under 18", "1,204"), List.of("18 to 64", "15,880"),
                    List.of("65 and over", "9,311"), List.of("All ages", "26,395"));
        });
    }

    @Test
    void bulletedProseWithAWidelyJustifiedLineIsNotATable() throws Exception {
        List<Text> texts = new ArrayList<>();
        texts.add(Text.at("•", LEFT, 700));
        texts.add(Text.at("Members welcomed the new bus routes to the outlying villages.", 90, 700));
        texts.add(Text.at("They asked that the timetable be published before the summer.", 90, 686));
        String[] justified = {"Without", "the", "grant,", "Borsetshire", "would", "lose", "routes"};
        for (int i = 0; i < justified.length; i++) {
            texts.add(Text.at(justified[i], 90 + 58 * i, 672));
        }
        texts.add(Text.at("•", LEFT, 658));
        texts.add(Text.at("Officers would report back to the committee in the autumn.", 90, 658));

        assertThat(tables(Page.portrait(texts.toArray(Text[]::new)))).isEmpty();
    }

    @Test
    void rowsSetWideApartAreOneTable() throws Exception {
        List<Text> texts = new ArrayList<>();
        String[][] rows = {{"Indicator", "Target", "Actual"}, {"Smoking quitters", "550", "612"},
                {"Health checks", "4,000", "3,100"}, {"Falls admissions", "1,250", "1,180"}};
        for (int r = 0; r < rows.length; r++) {
            texts.addAll(row(700 - 34 * r, rows[r][0], rows[r][1], rows[r][2]));
        }

        assertThat(tables(Page.portrait(texts.toArray(Text[]::new)))).singleElement()
                .satisfies(table -> assertThat(table.rows()).hasSize(3));
    }

    @Test
    void aWrappedTextColumnIsOneCell() throws Exception {
        List<Text> texts = new ArrayList<>(List.of(Text.at("Scheme", LEFT, 700), Text.at("Description", 160, 700),
                Text.at("Budget", 400, 700)));
        texts.addAll(List.of(Text.at("Live Well", LEFT, 684), Text.at("Advice on housing, benefits and", 160, 684),
                Text.at("£1.2m", 400, 684), Text.at("debt for residents of all ages", 160, 670)));
        texts.addAll(List.of(Text.at("Carers Hub", LEFT, 654), Text.at("Respite breaks for carers", 160, 654),
                Text.at("£250k", 400, 654)));
        texts.addAll(List.of(Text.at("Home First", LEFT, 638), Text.at("Support at home after a stay in", 160, 638),
                Text.at("£3.4m", 400, 638), Text.at("hospital", 160, 624)));

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> assertThat(table.rows()).containsExactly(
                List.of("Live Well", "Advice on housing, benefits and debt for residents of all ages", "£1.2m"),
                List.of("Carers Hub", "Respite breaks for carers", "£250k"),
                List.of("Home First", "Support at home after a stay in hospital", "£3.4m")));
    }

    @Test
    void theTextBesideATableIsNotPartOfIt() throws Exception {
        List<Text> texts = new ArrayList<>();
        String[] prose = {"Turnout rose in every ward this", "year, most of all in the north of",
                "the borough, where the new polling", "stations opened in the spring and", "the count was held at the",
                "civic centre on the Friday after", "the poll closed at ten o'clock."};
        for (int i = 0; i < prose.length; i++) {
            texts.add(Text.at(prose[i], LEFT, 700 - 14 * i));
        }
        texts.addAll(List.of(Text.at("Ward", 300, 686), rightAligned("Last year", 440, 686),
                rightAligned("This year", 500, 686)));
        String[][] wards = {{"Ashwell", "31%", "35%"}, {"Brindle", "28%", "30%"}, {"Cotterstock", "40%", "41%"}};
        for (int i = 0; i < wards.length; i++) {
            double y = 672 - 14 * i;
            texts.addAll(List.of(Text.at(wards[i][0], 300, y), rightAligned(wards[i][1], 440, y),
                    rightAligned(wards[i][2], 500, y)));
        }

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("Ward", "Last year", "This year");
            assertThat(table.rows()).containsExactly(List.of("Ashwell", "31%", "35%"),
                    List.of("Brindle", "28%", "30%"), List.of("Cotterstock", "40%", "41%"));
        });
    }

    @Test
    void labelsWrappedOverTwoLinesStayTheTablesLabelColumn() throws Exception {
        // labels of several words each, the last one wrapped under the table's last row: not a text beside it
        List<Text> texts = new ArrayList<>(List.of(Text.at("Table 2: Service measures, year to date", LEFT, 720),
                Text.at("Measure", LEFT, 700), rightAligned("Target", 380, 700), rightAligned("Actual", 460, 700)));
        String[][] measures = {{"Average days taken to process a new", "housing benefit claim", "21.0", "19.4"},
            {"Share of planning appeals dismissed by", "the inspector", "66.0%", "71.2%"},
            {"Number of library visits per thousand", "residents of the borough", "4.1", "3.8"}};
        double y = 682;
        for (String[] measure : measures) {
            texts.addAll(List.of(Text.at(measure[0], LEFT, y), rightAligned(measure[2], 380, y),
                    rightAligned(measure[3], 460, y), Text.at(measure[1], LEFT, y - 11)));
            y -= 29;
        }

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("Measure", "Target", "Actual");
            assertThat(table.rows()).containsExactly(
                    List.of("Average days taken to process a new housing benefit claim", "21.0", "19.4"),
                    List.of("Share of planning appeals dismissed by the inspector", "66.0%", "71.2%"),
                    List.of("Number of library visits per thousand residents of the borough", "4.1", "3.8"));
        });
    }

    @Test
    void aCaptionSharingItsLineWithTheTextBesideIsTheTablesCaption() throws Exception {
        List<Text> texts = new ArrayList<>(List.of(Text.bold("Elections", LEFT, 722)));
        String[] prose = {"Turnout rose in every ward this", "year, most of all in the north of",
            "the borough, where the new polling", "stations opened in the spring and", "the count was held at the",
            "civic centre on the Friday after", "the poll closed at ten o'clock."};
        for (int i = 0; i < prose.length; i++) {
            texts.add(Text.at(prose[i], LEFT, 700 - 14 * i));
        }
        texts.add(Text.at("Table 4: Turnout by ward", 300, 700));
        texts.addAll(List.of(Text.at("Ward", 300, 680), rightAligned("Last year", 440, 680),
                rightAligned("This year", 500, 680)));
        String[][] wards = {{"Ashwell", "31%", "35%"}, {"Brindle", "28%", "30%"}, {"Cotterstock", "40%", "41%"}};
        for (int i = 0; i < wards.length; i++) {
            double y = 664 - 17 * i;
            texts.addAll(List.of(Text.at(wards[i][0], 300, y), rightAligned(wards[i][1], 440, y),
                    rightAligned(wards[i][2], 500, y)));
        }

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.caption()).isEqualTo("Table 4: Turnout by ward");
            assertThat(table.columns()).containsExactly("Ward", "Last year", "This year");
            assertThat(table.rows()).containsExactly(List.of("Ashwell", "31%", "35%"),
                    List.of("Brindle", "28%", "30%"), List.of("Cotterstock", "40%", "41%"));
        });
    }

    @Test
    void aTableShadedOnEveryOtherRowIsOneTableOfAllItsRows() throws Exception {
        List<Text> texts = new ArrayList<>(row(700, "Service", "Phone", "Online", "Visits"));
        List<Rule> shading = new ArrayList<>(List.of(new Rule(LEFT - 4, 695, RIGHT, 713, true)));
        String[] services = {"Council tax", "Libraries", "Highways", "Planning", "Parking", "Waste"};
        for (int i = 0; i < services.length; i++) {
            double y = 682 - 18 * i;
            texts.addAll(row(y, services[i], String.valueOf(700 + i), "1,0" + i + "5", String.valueOf(40 + i)));
            if (i % 2 == 0) {
                shading.add(new Rule(LEFT - 4, y - 5, RIGHT, y + 13, true));
            }
        }

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new)).withRules(shading));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("Service", "Phone", "Online", "Visits");
            assertThat(table.rows()).hasSize(services.length);
            assertThat(table.rows().get(0)).containsExactly("Council tax", "700", "1,005", "40");
            assertThat(table.rows().get(5)).containsExactly("Waste", "705", "1,055", "45");
        });
    }

    @Test
    void aBodyUnderARuledHeaderJoinsItOverItsFirstSectionHeading() throws Exception {
        List<Text> texts = new ArrayList<>(row(700, "Ward", "Homes", "Flats", "Total"));
        texts.add(Text.at("Northern wards", LEFT, 682));
        texts.addAll(row(664, "Ashwell", "120", "45", "165"));
        texts.addAll(row(646, "Brindle", "98", "12", "110"));
        texts.add(Text.at("Southern wards", LEFT, 628));
        texts.addAll(row(610, "Cotterstock", "77", "30", "107"));
        texts.addAll(row(592, "Dunmere", "64", "8", "72"));

        List<Table> tables = tables(Page.portrait(texts.toArray(Text[]::new))
                .withRules(TestPdfs.grid(new double[] {68, 200, 280, 360, 440}, new double[] {712, 695})));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.columns()).containsExactly("Ward", "Homes", "Flats", "Total");
            assertThat(table.rows()).hasSize(6);
            assertThat(table.rows().get(0)).containsExactly("Northern wards", "", "", "");
            assertThat(table.rows().get(1)).containsExactly("Ashwell", "120", "45", "165");
            assertThat(table.rows().get(5)).containsExactly("Dunmere", "64", "8", "72");
        });
    }

    /** A text centred on {@code centre}, as a group label over the columns it groups. */
    private static Text centred(String text, double centre, double y) {
        try {
            return Text.at(text, centre - HELVETICA.getStringWidth(text) / 1000 * 10 / 2, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void groupLabelsCentredOverTheFigureColumnsSpanThem() throws Exception {
        // figure cells 180-270-350-430-510, the figures flush right in them
        List<Text> texts = new ArrayList<>(List.of(centred("Spending (£000)", 345, 728),
                centred("2023/24", 265, 714), centred("2024/25", 430, 714)));
        texts.addAll(row(700, "Service", "Core", "Other", "Core", "Other"));
        texts.addAll(row(686, "Roads", "1,204", "310", "1,322", "295"));
        texts.addAll(row(672, "Schools", "2,950", "1,018", "3,101", "987"));
        texts.addAll(row(658, "Libraries", "402", "77", "388", "81"));

        assertThat(streamGrids(Page.portrait(texts.toArray(Text[]::new)))).singleElement().satisfies(grid -> {
            assertThat(grid.cells().get(0).get(1)).isEqualTo("Spending (£000)");
            assertThat(grid.cells().get(1)).containsExactly("", "2023/24", "", "2024/25", "");
            assertThat(grid.spans()).containsExactlyInAnyOrder(new Span(0, 1, 1, 4), new Span(1, 1, 1, 2),
                    new Span(1, 3, 1, 2));
        });
    }

    /** A page holding the rows {@code from} to {@code to} of a long table, with the header on top when asked. */
    private static List<Text> spendingRows(double top, int from, int to, boolean header) {
        List<Text> texts = new ArrayList<>();
        double y = top;
        if (header) {
            texts.addAll(row(y, "Service", "Budget", "Spent", "Variance"));
            y -= 14;
        }
        for (int i = from; i <= to; i++) {
            texts.addAll(row(y, "Service line " + i, (100 + i) + ".0", (90 + i) + ".5", "-9.5"));
            y -= 14;
        }
        return texts;
    }

    @Test
    void aTableRunningOffThePageGoesOnAtTheTopOfTheNextAndKeepsEachRowsPage() throws Exception {
        List<Text> first = new ArrayList<>(TestPdfs.paragraph(780, "Appendix A sets out spending by service."));
        first.addAll(spendingRows(300, 1, 16, true));

        List<Table> tables = tables(Page.portrait(first.toArray(Text[]::new)),
                Page.portrait(spendingRows(780, 17, 22, false).toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.rows()).hasSize(22);
            assertThat(table.rows().get(16)).containsExactly("Service line 17", "117.0", "107.5", "-9.5");
            assertThat(table.pageStart()).isEqualTo(1);
            assertThat(table.pageEnd()).isEqualTo(2);
            assertThat(table.rowPages()).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, 22).mapToObj(i -> i <= 16 ? 1 : 2).toList());
        });
    }

    @Test
    void aRepeatedHeaderWithItsOwnStubLabelCarriesTheTableOn() throws Exception {
        List<Text> next = new ArrayList<>(row(780, "Service (continuing)", "Budget", "Spent", "Variance"));
        next.addAll(spendingRows(766, 17, 20, false));
        List<Table> tables = tables(Page.portrait(spendingRows(300, 1, 16, true).toArray(Text[]::new)),
                Page.portrait(next.toArray(Text[]::new)));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.rows()).hasSize(20);
            assertThat(table.rowPages()).endsWith(1, 2, 2, 2, 2);
        });
    }

    @Test
    void tablesApartOnTheirPagesUnderAHeadingOrWithAHeaderOfTheirOwnAreTwoTables() throws Exception {
        List<Text> headed = new ArrayList<>();
        headed.add(Text.bold("Capital programme", LEFT, 790));
        headed.addAll(spendingRows(770, 17, 22, false));
        List<Text> high = spendingRows(780, 1, 4, true);

        assertThat(tables(Page.portrait(spendingRows(300, 1, 16, true).toArray(Text[]::new)),
                Page.portrait(headed.toArray(Text[]::new)))).hasSize(2);
        assertThat(tables(Page.portrait(high.toArray(Text[]::new)),
                Page.portrait(spendingRows(780, 17, 22, false).toArray(Text[]::new)))).hasSize(2);
        List<Text> ownHeader = new ArrayList<>(row(780, "Project", "Start", "Finish", "Cost"));
        ownHeader.addAll(spendingRows(766, 17, 22, false));
        assertThat(tables(Page.portrait(spendingRows(300, 1, 16, true).toArray(Text[]::new)),
                Page.portrait(ownHeader.toArray(Text[]::new)))).hasSize(2);
    }

    @Test
    void theWordContinuedInProseAboveATableDoesNotJoinItToThePreviousPagesTable() throws Exception {
        List<Text> next = new ArrayList<>(TestPdfs.paragraph(790, "Demand for the services continued to grow."));
        next.addAll(row(760, "Project", "Start", "Finish", "Cost"));
        next.addAll(spendingRows(746, 17, 22, false));

        assertThat(tables(Page.portrait(spendingRows(300, 1, 16, true).toArray(Text[]::new)),
                Page.portrait(next.toArray(Text[]::new)))).hasSize(2);
    }
}
