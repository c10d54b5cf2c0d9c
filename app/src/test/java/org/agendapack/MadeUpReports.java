package org.agendapack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendapack.TestPdfs.Rule;
import org.agendapack.TestPdfs.Text;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Reports of bodies that do not exist (Felpersham Council, the Wessex Combined Authority, Ambridge Parish
 * Council, Borsetshire County Council), each opening with its own template of header, written once as the rows
 * it prints and rendered both as a PDF and as the text a converter gives.
 *
 * <p>A row is one or more cells, each starting at its own distance across the page and wrapping over lines of
 * its own; the rows of a ruled table are drawn with borders round every cell, as word processors print header
 * tables. In the PDF lines go down from near the top, 14pt apart, a stamp {@code Agenda Item N} at the top right
 * and a {@code Page N} footer at the bottom; in the text a row's cells are separated by TABs (a wrapped cell's
 * lines joined, as converters read a table), the stamp is the first line of its page and the footer the last,
 * and pages are separated by form feeds.
 */
public final class MadeUpReports {

    private static final double LEFT = 72;
    /** Where the value column of a header table starts. */
    private static final double VALUE = 226;
    private static final double RIGHT = 523;
    private static final double LEADING = 14;
    /** A ruled cell's text stands this far inside its borders. */
    private static final double PADDING = 4;
    private static final double FONT = 10;

    private MadeUpReports() {
    }

    // ---------------------------------------------------------------- the fixtures

    /**
     * A unitary council's policy committee report: its header is a ruled table of labels without colons, the
     * title and one label wrapped within their cells; the author is labelled.
     */
    public static Report felpershamPolicyCommitteeReport() {
        return new Report(List.of(new Page(null, null, List.of(
                row("FELPERSHAM COUNCIL").bold(),
                gap(),
                ruled("Meeting", "Policy and Resources Committee"),
                ruled("Date of meeting", "Tuesday 4 March 2025"),
                ruled(List.of("Report title"), List.of("Parking Strategy for the Market Towns", "2025-2030")),
                ruled("Report of", "Director of Place"),
                ruled("Report author", "Ruth Archer, Transport Policy Manager"),
                ruled("Ward(s) affected", "All wards"),
                ruled("Key decision", "Yes"),
                ruled(List.of("Cabinet Member /", "Portfolio holder"), List.of("Councillor Usha Franks")),
                ruled("Decision maker", "Policy and Resources Committee"),
                gap(),
                row("1. Purpose of report").bold(),
                row("1.1 This report sets out a new approach to parking in the market towns of Felpersham."),
                row("2. Recommendations").bold(),
                row("2.1 That the Committee approves the strategy for public consultation."),
                row("2.2 That the Director of Place be authorised to make minor changes before consultation."),
                row("3. Background").bold(),
                row("3.1 Car parks in Felpersham are full on most weekday mornings.")))));
    }

    /**
     * A combined authority's report: the labels in capitals without colons, each on the line with its value;
     * the report is of a post, and its lead officer is the one person the header names.
     */
    public static Report wessexCombinedAuthorityReport() {
        return new Report(List.of(new Page(null, null, List.of(
                row("WESSEX COMBINED AUTHORITY").bold(),
                row("Transport and Infrastructure Board").bold(),
                gap(),
                row("MEETING DATE 12 March 2025"),
                row("REPORT OF Director of Transport and Infrastructure"),
                row("LEAD OFFICER Jane Smith, Head of Bus Strategy"),
                row("PORTFOLIO HOLDER Councillor Dan Hebden"),
                row("SUBJECT Bus Service Improvement Plan: Progress Report"),
                row("KEY DECISION No"),
                row("WARDS AFFECTED All"),
                gap(),
                row("1. PURPOSE OF REPORT").bold(),
                row("1.1 This report updates the Board on the Bus Service Improvement Plan."),
                row("2. RECOMMENDATIONS").bold(),
                row("2.1 That the Board notes the progress made in the first year."),
                row("2.2 That the Board approves the revised targets for 2025-26.")))));
    }

    /**
     * A parish clerk's report: the meeting and its date on one labelled line, a subject, the clerk as the one
     * who reports, a short purpose, and a single recommendation under an unnumbered heading.
     */
    public static Report ambridgeClerksReport() {
        return new Report(List.of(new Page(null, null, List.of(
                row("AMBRIDGE PARISH COUNCIL").bold(),
                row("Clerk's Report").bold(),
                gap(),
                row("Meeting: Ordinary Meeting of the Parish Council, Monday 10 March 2025"),
                row("Subject: Village Green Maintenance Contract 2025-2028"),
                row("Report by: Mrs Jo Bloggs, Clerk and Responsible Financial Officer"),
                row("Purpose of report: For decision"),
                gap(),
                row("Background").bold(),
                row("The contract for mowing the green and the verges ends in April. Three quotations"),
                row("have been received, as set out below."),
                gap(),
                row("Recommendation").bold(),
                row("That the Council accepts the quotation of Grundy Groundworks at \u00a32,400 a year.")))));
    }

    /**
     * A county council's cabinet report with {@code Report of:} but no author label: the report is of a cabinet
     * member and a director, whose label wraps onto the next line, as does the title; a contact officer below.
     */
    public static Report borsetshireCabinetReport() {
        return new Report(List.of(borsetshireCabinetReportPage(null, null)));
    }

    /** The cabinet report in the Cabinet's pack, as item 3 on pages 1 and 2, after the agenda. */
    public static Report borsetshireCabinetPack() {
        return new Report(List.of(
                new Page(null, null, List.of(
                        row("BORSETSHIRE COUNTY COUNCIL").bold(),
                        row("CABINET").bold(),
                        row("Date: Thursday, 13th March, 2025"),
                        row("Time: 10.00 am"),
                        row("Venue: Council Chamber, County Hall, Felpersham"),
                        gap(),
                        row("AGENDA").bold(),
                        row("1. Apologies"),
                        row("2. Declarations of Interest"),
                        row("3. Highways Asset Management Plan and Resurfacing Programme (Pages 1 - 2)"))),
                borsetshireCabinetReportPage("3", 1),
                new Page(null, 2, List.of(
                        row("(b) delegate the choice of schemes in each year to the Corporate Director."),
                        gap(),
                        row("Reasons for recommendations").bold(),
                        row("The plan meets the Department for Transport's incentive fund criteria.")))));
    }

    private static Page borsetshireCabinetReportPage(String stamp, Integer footer) {
        return new Page(stamp, footer, List.of(
                row("BORSETSHIRE COUNTY COUNCIL").bold(),
                row("Cabinet").bold(),
                gap(),
                row("Date: Thursday 13 March 2025"),
                row("Report of: Councillor Ruth Archer, Cabinet Member for Highways, and"),
                row("Robert Snell, Corporate Director of Growth and Environment"),
                row("Title: Highways Asset Management Plan and Resurfacing"),
                row("Programme 2025-2030"),
                row("Wards affected: All"),
                row("Key decision: Yes"),
                row("Contact officer: Lynda Snell, Highways Asset Manager, lynda.snell@borsetshire.example"),
                gap(),
                row("Summary").bold(),
                row("This report asks Cabinet to approve the plan for the county's roads for five years."),
                gap(),
                row("Recommendations").bold(),
                row("Cabinet is asked to:"),
                row("(a) approve the Highways Asset Management Plan 2025-2030; and")));
    }

    /** A memo of a kind that is no report header: {@code From:}, {@code To:} and {@code Subject:} only. */
    public static Report borsetshireMemo() {
        return new Report(List.of(new Page(null, null, List.of(
                row("From: Robert Snell, Corporate Director of Growth and Environment"),
                row("To: All Members of the County Council"),
                row("Subject: Winter Gritting Routes"),
                gap(),
                row("The winter gritting routes for this season are attached for Members' information.")))));
    }

    // ---------------------------------------------------------------- the page model

    /** A cell of a row: where it starts across the page and its lines, top to bottom. */
    public record Cell(double x, List<String> lines) {
    }

    /** One printed row: its cells (none for a gap), their weight, and whether borders are drawn round them. */
    public record Row(List<Cell> cells, boolean heavy, boolean ruled) {

        public Row bold() {
            return new Row(cells, true, ruled);
        }

        int height() {
            return cells.stream().mapToInt(cell -> cell.lines().size()).max().orElse(1);
        }

        /** As a converter reads the row: its cells by TABs, each cell's lines joined. */
        String text() {
            return cells.stream().map(cell -> String.join(" ", cell.lines())).collect(Collectors.joining("\t"));
        }
    }

    /** One page: its stamp and footer if any, and its rows. */
    public record Page(String stamp, Integer footer, List<Row> rows) {

        TestPdfs.Page toPdf() {
            PDRectangle paper = PDRectangle.A4;
            List<Text> texts = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            if (stamp != null) {
                texts.add(Text.at("Agenda Item " + stamp, paper.getWidth() - 130, paper.getHeight() - 52));
            }
            double y = paper.getHeight() - 80;
            for (Row row : rows) {
                if (row.ruled()) {
                    // borders a line above the first baseline and below the last, and down each cell's left edge
                    double top = y + LEADING - PADDING;
                    double bottom = y - (row.height() - 1) * LEADING - PADDING;
                    rules.add(new Rule(LEFT - PADDING, top, RIGHT, top, true));
                    rules.add(new Rule(LEFT - PADDING, bottom, RIGHT, bottom, true));
                    row.cells().forEach(cell -> rules.add(new Rule(cell.x() - PADDING, bottom, cell.x() - PADDING, top,
                            false)));
                    rules.add(new Rule(RIGHT, bottom, RIGHT, top, false));
                }
                for (Cell cell : row.cells()) {
                    for (int i = 0; i < cell.lines().size(); i++) {
                        texts.add(new Text(cell.lines().get(i), cell.x(), y - i * LEADING, 0, FONT, row.heavy()));
                    }
                }
                y -= row.height() * LEADING;
            }
            if (footer != null) {
                texts.add(Text.at("Page " + footer, paper.getWidth() / 2 - 17, 30));
            }
            return new TestPdfs.Page(paper, 0, texts, rules);
        }

        String toText() {
            List<String> out = new ArrayList<>();
            if (stamp != null) {
                out.add("Agenda Item " + stamp);
            }
            rows.forEach(row -> out.add(row.text()));
            if (footer != null) {
                out.add("Page " + footer);
            }
            return String.join("\n", out);
        }
    }

    /** A whole input: its pages in order. */
    public record Report(List<Page> pages) {

        public Path pdf(Path dir, String name) throws IOException {
            return TestPdfs.write(dir.resolve(name + ".pdf"), pages.stream().map(Page::toPdf).toArray(TestPdfs.Page[]::new));
        }

        /** The text a converter gives: lines, TABs between the cells of a row, a form feed between pages. */
        public Path text(Path dir, String name) throws IOException {
            String text = pages.stream().map(Page::toText).collect(Collectors.joining("\n\f")) + "\n";
            return Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        }

        /** As {@code pdf} or {@code txt}. */
        public Path write(Path dir, String name, String format) throws IOException {
            return switch (format) {
                case "pdf" -> pdf(dir, name);
                case "txt" -> text(dir, name);
                default -> throw new IllegalArgumentException("no format " + format);
            };
        }
    }

    private static Row row(String text) {
        return new Row(List.of(new Cell(LEFT, List.of(text))), false, false);
    }

    private static Row ruled(String label, String value) {
        return ruled(List.of(label), List.of(value));
    }

    /** A row of a header table: the label's lines in the first column, the value's in the second. */
    private static Row ruled(List<String> label, List<String> value) {
        return new Row(List.of(new Cell(LEFT, label), new Cell(VALUE, value)), false, true);
    }

    private static Row gap() {
        return new Row(List.of(), false, false);
    }
}
