import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws made-up statistical report tables, in the styles such reports use, and look-alikes that are not tables
 * (charts, flowcharts, boxes, prose columns, lists, contents pages) into PDFs, each PDF with a JSON ground truth
 * beside it: per table its pages, style tags, header row count and the printed cell grid (row, column, spans,
 * text). The PDFs carry no hint of the truth. Usage: java -cp agendapack.jar GenerateTables.java OUT_DIR
 */
public final class GenerateTables {

    // ---------------------------------------------------------------- made-up content

    static final String OFFICE = "Wessex Statistics Office";
    static final List<String> DISTRICTS = List.of("Ambridge", "Borchester", "Felpersham", "Hollerton", "Edgeley",
            "Loxley Barrett", "Penny Hassett", "Darrington", "Waterley Cross", "Lakey Hill", "Little Croxley",
            "Heydon Berrow", "Hassett Bridge", "Churchstoke");
    static final List<String> SERVICES = List.of("Adult social care", "Children's services",
            "Highways and transport", "Waste collection", "Libraries and heritage", "Public health",
            "Housing support", "Planning and building control", "Leisure centres", "Council tax collection");
    static final List<String> AGES = List.of("Under 16", "16 to 24", "25 to 44", "45 to 64", "65 to 74",
            "75 and over");
    static final List<String> INDICATORS = List.of(
            "Percentage of household waste sent for reuse, recycling or composting",
            "Number of affordable homes delivered through the planning system",
            "Proportion of adults in contact with secondary mental health services in paid employment",
            "Average time taken to re-let local authority housing (days)",
            "Percentage of major planning applications determined within thirteen weeks",
            "Number of people killed or seriously injured on Borsetshire roads",
            "Proportion of older people still at home ninety-one days after discharge from hospital",
            "Percentage of council tax collected in year",
            "Number of households in temporary accommodation at the end of the quarter",
            "Visits to libraries and heritage sites per thousand residents");
    static final List<String> RISKS = List.of(
            "Rising demand for adult social care placements exceeds the budget set for the year",
            "Loss of experienced staff in children's social work teams",
            "Failure of the main data centre during the move to cloud hosting",
            "Flooding of the county road network after prolonged heavy rain",
            "Delays to the Felpersham relief road caused by land acquisition",
            "Cyber attack disrupting council tax and benefit payments",
            "Contractor insolvency on the Borchester leisure centre rebuild");
    static final List<String> MITIGATIONS = List.of(
            "Monthly review of placements by the commissioning board; market shaping with local providers",
            "Recruitment and retention package agreed; agency use capped and reported quarterly",
            "Tested recovery plan and a second hosting site in place before migration",
            "Gully cleansing programme brought forward; pumps held at Hollerton depot",
            "Compulsory purchase order prepared as a fallback; monthly reports to the cabinet member",
            "Staff training, offline backups and an external review of access controls",
            "Performance bond held; step-in rights in the contract");
    static final List<String> OWNERS = List.of("Director of Adult Services", "Director of Children's Services",
            "Head of Digital", "Head of Highways", "Director of Place", "Chief Finance Officer");
    static final List<String> SENTENCES = List.of(
            "The survey was carried out by the " + OFFICE + " between April and June.",
            "Responses were weighted to the mid-year population estimates for each district.",
            "Figures for the smaller districts should be read with care as the samples are small.",
            "Borsetshire saw a modest rise in the number of households compared with the previous year.",
            "The council agreed to publish these figures each quarter as part of its performance framework.",
            "Demand for services continued to grow faster than the resident population.",
            "Most of the change came from the northern districts, where new housing was completed.",
            "Spending on agency staff fell for the second year running.",
            "The committee is asked to note the figures and the actions proposed in section four.",
            "Comparisons with earlier years are affected by the change of method described in the annex.",
            "Further detail, including confidence intervals, is available from the statistics team.",
            "The targets for next year were set after consultation with the districts.");

    // ---------------------------------------------------------------- table model

    /** How a table's structure is drawn: which rules and fills separate its cells. */
    enum Rules { NO_RULES, BOOKTABS, GRID, HEADER_TOTAL, ZEBRA, CELL_BLOCKS }

    enum RowKind { HEADER, BODY, SUB, SECTION, TOTAL }

    record Cell(String text, int colspan, int rowspan) {
        static Cell of(String text) {
            return new Cell(text, 1, 1);
        }

        static Cell span(String text, int columns) {
            return new Cell(text, columns, 1);
        }

        static Cell tall(String text, int rows) {
            return new Cell(text, 1, rows);
        }
    }

    record Row(RowKind kind, List<Cell> cells) {
    }

    /** A table as the report's author would set it: rows of cells, column widths and alignments, style. */
    static final class Spec {
        final Rules rules;
        final String caption;
        final double[] widths;
        final boolean[] leftAligned;
        final List<Row> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        boolean captionBelow;

        Spec(Rules rules, String caption, double... widths) {
            this.rules = rules;
            this.caption = caption;
            this.widths = widths;
            this.leftAligned = new boolean[widths.length];
            this.leftAligned[0] = true;
            tags.add(rules.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }

        Spec header(Cell... cells) {
            rows.add(new Row(RowKind.HEADER, List.of(cells)));
            return this;
        }

        Spec header(String... texts) {
            return header(Arrays.stream(texts).map(Cell::of).toArray(Cell[]::new));
        }

        Spec body(String... texts) {
            rows.add(new Row(RowKind.BODY, Arrays.stream(texts).map(Cell::of).toList()));
            return this;
        }

        Spec sub(String... texts) {
            rows.add(new Row(RowKind.SUB, Arrays.stream(texts).map(Cell::of).toList()));
            return this;
        }

        Spec section(String label) {
            rows.add(new Row(RowKind.SECTION, List.of(Cell.span(label, widths.length))));
            return this;
        }

        Spec total(String... texts) {
            rows.add(new Row(RowKind.TOTAL, Arrays.stream(texts).map(Cell::of).toList()));
            return this;
        }

        Spec left(int... columns) {
            for (int c : columns) {
                leftAligned[c] = true;
            }
            return this;
        }

        Spec note(String text) {
            notes.add(text);
            return this;
        }

        Spec tag(String... added) {
            tags.addAll(List.of(added));
            return this;
        }

        Spec below() {
            captionBelow = true;
            return tag("caption-below");
        }

        int headerRows() {
            return (int) rows.stream().filter(row -> row.kind() == RowKind.HEADER).count();
        }

        double width() {
            return Arrays.stream(widths).sum();
        }

        /** The same table with only the given rows (headers kept), under another caption: one page's part. */
        Spec part(String partCaption, List<Row> bodyPart) {
            Spec part = new Spec(rules, partCaption, widths);
            System.arraycopy(leftAligned, 0, part.leftAligned, 0, leftAligned.length);
            rows.stream().filter(row -> row.kind() == RowKind.HEADER).forEach(part.rows::add);
            part.rows.addAll(bodyPart);
            return part;
        }
    }

    /** A cell placed on the grid: its row and column, spans, and its text wrapped to the column width. */
    record Placed(Row row, int r, int c, Cell cell, List<String> lines) {
    }

    /** Where a table's rows and columns fell on the page (y of each row boundary, x of each column boundary). */
    record Layout(Spec spec, List<Placed> cells, double[] xs, double[] ys) {
        double bottom() {
            return ys[ys.length - 1];
        }
    }

    // ---------------------------------------------------------------- drawing

    static final double BODY_SIZE = 9;
    static final double LEADING = 11;
    static final double PAD_X = 4;
    static final double PAD_Y = 3.5;
    static final double INDENT = 10;
    static final double BLOCK_GAP = 2.5;

    /** One PDF being written: its pages, fonts, the current drawing stream and the ground truth so far. */
    static final class Report implements AutoCloseable {
        final PDDocument document = new PDDocument();
        final PDType1Font regular;
        final PDType1Font bold;
        final Random rnd;
        final StringJoiner tablesJson = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        final StringJoiner negativesJson = new StringJoiner(", ", "[", "]");
        PDPageContentStream content;
        int page;
        int tableNumber;
        double pageWidth;
        double pageHeight;

        Report(boolean times, long seed) {
            regular = new PDType1Font(times ? FontName.TIMES_ROMAN : FontName.HELVETICA);
            bold = new PDType1Font(times ? FontName.TIMES_BOLD : FontName.HELVETICA_BOLD);
            rnd = new Random(seed);
        }

        void portrait() {
            newPage(PDRectangle.A4, 0);
        }

        void landscape() {
            newPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 0);
        }

        /** A portrait page turned by /Rotate 90: drawn in the displayed landscape frame. */
        void turned() {
            newPage(PDRectangle.A4, 90);
        }

        private void newPage(PDRectangle size, int rotation) {
            try {
                closeContent();
                PDPage pdPage = new PDPage(size);
                pdPage.setRotation(rotation);
                document.addPage(pdPage);
                content = new PDPageContentStream(document, pdPage);
                page++;
                pageWidth = rotation == 90 ? size.getHeight() : size.getWidth();
                pageHeight = rotation == 90 ? size.getWidth() : size.getHeight();
                if (rotation == 90) {
                    content.transform(new Matrix(0, 1, -1, 0, size.getWidth(), 0));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void closeContent() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        String nextCaption(String title) {
            return "Table " + (++tableNumber) + ": " + title;
        }

        // ---- primitives (PDF user space, y up)

        double width(String text, boolean heavy, double size) {
            try {
                return (heavy ? bold : regular).getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void text(String text, double x, double y, boolean heavy, double size) {
            try {
                content.beginText();
                content.setFont(heavy ? bold : regular, (float) size);
                content.newLineAtOffset((float) x, (float) y);
                content.showText(text);
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void fill(double x, double y, double w, double h, double gray) {
            try {
                content.setNonStrokingColor((float) gray);
                content.addRect((float) x, (float) y, (float) w, (float) h);
                content.fill();
                content.setNonStrokingColor(0f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void line(double x1, double y1, double x2, double y2, double lineWidth) {
            try {
                content.setLineWidth((float) lineWidth);
                content.moveTo((float) x1, (float) y1);
                content.lineTo((float) x2, (float) y2);
                content.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void strokeBox(double x, double y, double w, double h, double lineWidth) {
            try {
                content.setLineWidth((float) lineWidth);
                content.addRect((float) x, (float) y, (float) w, (float) h);
                content.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A horizontal rule drawn as a thin filled bar, as typesetters draw booktabs rules. */
        void bar(double x1, double x2, double y, double thickness) {
            fill(x1, y - thickness / 2, x2 - x1, thickness, 0);
        }

        List<String> wrap(String text, boolean heavy, double size, double maxWidth) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, heavy, size) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** Wrapped text from the top line's baseline down; returns the y below the last line. */
        double paragraph(String text, double x, double top, double maxWidth, double size, boolean heavy) {
            double y = top;
            for (String line : wrap(text, heavy, size, maxWidth)) {
                text(line, x, y, heavy, size);
                y -= size * 1.3;
            }
            return y;
        }

        double prose(int sentences, double x, double top, double maxWidth) {
            StringJoiner text = new StringJoiner(" ");
            for (int i = 0; i < sentences; i++) {
                text.add(SENTENCES.get(rnd.nextInt(SENTENCES.size())));
            }
            return paragraph(text.toString(), x, top, maxWidth, 10, false) - 8;
        }

        double heading(String text, double x, double top) {
            text(text, x, top, true, 13);
            return top - 24;
        }

        // ---- tables

        /** Draws the table with its caption and notes and records its truth; returns the y below it. */
        double table(Spec spec, double x, double top) {
            double bottom = draw(spec, x, top);
            record(spec, page, page);
            return bottom;
        }

        /** Draws the table over two pages, its header repeated on the second, and records it once. */
        double continuedTable(Spec spec, double x, double top, int bodyRowsOnFirstPage, Runnable nextPage) {
            List<Row> body = spec.rows.subList(spec.headerRows(), spec.rows.size());
            Spec first = spec.part(spec.caption, body.subList(0, bodyRowsOnFirstPage));
            Spec second = spec.part(spec.caption.replaceFirst(":.*", " (continued)"),
                    body.subList(bodyRowsOnFirstPage, body.size()));
            second.notes.addAll(spec.notes);
            int firstPage = page;
            draw(first, x, top);
            nextPage.run();
            double bottom = draw(second, x, pageHeight - 60);
            record(spec, firstPage, page);
            return bottom;
        }

        private double draw(Spec spec, double x, double top) {
            double y = top;
            if (!spec.captionBelow) {
                y = paragraph(spec.caption, x, y, Math.max(spec.width(), 300), 10, true) - 4;
            }
            Layout layout = layout(spec, x, y);
            background(layout);
            cellTexts(layout);
            rules(layout);
            y = layout.bottom() - 12;
            if (spec.captionBelow) {
                y = paragraph(spec.caption, x, y, Math.max(spec.width(), 300), 10, true) - 2;
            }
            for (String note : spec.notes) {
                y = paragraph(note, x, y, Math.max(spec.width(), 300), 7.5, false);
            }
            return y - 10;
        }

        private Layout layout(Spec spec, double x, double top) {
            int columns = spec.widths.length;
            double[] xs = new double[columns + 1];
            xs[0] = x;
            for (int c = 0; c < columns; c++) {
                xs[c + 1] = xs[c] + spec.widths[c];
            }
            List<boolean[]> taken = new ArrayList<>();
            List<Placed> placed = new ArrayList<>();
            for (int r = 0; r < spec.rows.size(); r++) {
                Row row = spec.rows.get(r);
                int c = 0;
                for (Cell cell : row.cells()) {
                    while (occupied(taken, r, c)) {
                        c++;
                    }
                    for (int dr = 0; dr < cell.rowspan(); dr++) {
                        for (int dc = 0; dc < cell.colspan(); dc++) {
                            occupy(taken, r + dr, c + dc, columns);
                        }
                    }
                    double room = xs[c + cell.colspan()] - xs[c] - 2 * PAD_X - indent(row, c);
                    placed.add(new Placed(row, r, c, cell, wrap(cell.text(), heavy(row), BODY_SIZE, room)));
                    c += cell.colspan();
                }
            }
            double[] heights = new double[spec.rows.size()];
            for (Placed p : placed) {
                if (p.cell().rowspan() == 1) {
                    heights[p.r()] = Math.max(heights[p.r()], p.lines().size() * LEADING + 2 * PAD_Y);
                }
            }
            double[] ys = new double[spec.rows.size() + 1];
            ys[0] = top;
            for (int r = 0; r < heights.length; r++) {
                ys[r + 1] = ys[r] - heights[r];
            }
            return new Layout(spec, placed, xs, ys);
        }

        private static boolean occupied(List<boolean[]> taken, int r, int c) {
            return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
        }

        private static void occupy(List<boolean[]> taken, int r, int c, int columns) {
            while (taken.size() <= r) {
                taken.add(new boolean[columns]);
            }
            taken.get(r)[c] = true;
        }

        private static boolean heavy(Row row) {
            return row.kind() == RowKind.HEADER || row.kind() == RowKind.SECTION || row.kind() == RowKind.TOTAL;
        }

        private static double indent(Row row, int column) {
            return row.kind() == RowKind.SUB && column == 0 ? INDENT : 0;
        }

        private void cellTexts(Layout layout) {
            for (Placed p : layout.cells()) {
                double left = layout.xs()[p.c()] + PAD_X + indent(p.row(), p.c());
                double right = layout.xs()[p.c() + p.cell().colspan()] - PAD_X;
                double baseline = layout.ys()[p.r()] - PAD_Y - BODY_SIZE * 0.8;
                boolean heavy = heavy(p.row());
                for (String line : p.lines()) {
                    double w = width(line, heavy, BODY_SIZE);
                    double x;
                    if (p.cell().colspan() > 1 && p.row().kind() == RowKind.HEADER) {
                        x = (left + right - w) / 2;
                    } else if (layout.spec().leftAligned[p.c()] || p.row().kind() == RowKind.SECTION) {
                        x = left;
                    } else {
                        x = right - w;
                    }
                    text(line, x, baseline, heavy, BODY_SIZE);
                    baseline -= LEADING;
                }
            }
        }

        private void background(Layout layout) {
            Spec spec = layout.spec();
            double[] xs = layout.xs();
            double[] ys = layout.ys();
            if (spec.rules == Rules.ZEBRA) {
                int h = spec.headerRows();
                fill(xs[0], ys[h], xs[xs.length - 1] - xs[0], ys[0] - ys[h], 0.78);
                for (int r = h; r < spec.rows.size(); r += 2) {
                    fill(xs[0], ys[r + 1], xs[xs.length - 1] - xs[0], ys[r] - ys[r + 1], 0.92);
                }
            } else if (spec.rules == Rules.CELL_BLOCKS) {
                for (Placed p : layout.cells()) {
                    double gray = p.row().kind() == RowKind.BODY || p.row().kind() == RowKind.SUB ? 0.9 : 0.75;
                    double x0 = xs[p.c()] + BLOCK_GAP / 2;
                    double x1 = xs[p.c() + p.cell().colspan()] - BLOCK_GAP / 2;
                    double y0 = ys[p.r() + p.cell().rowspan()] + BLOCK_GAP / 2;
                    double y1 = ys[p.r()] - BLOCK_GAP / 2;
                    fill(x0, y0, x1 - x0, y1 - y0, gray);
                }
            }
        }

        private void rules(Layout layout) {
            Spec spec = layout.spec();
            double[] xs = layout.xs();
            double[] ys = layout.ys();
            double left = xs[0];
            double right = xs[xs.length - 1];
            int h = spec.headerRows();
            switch (spec.rules) {
                case BOOKTABS -> {
                    bar(left, right, ys[0], 0.8);
                    for (Placed p : layout.cells()) {
                        boolean groupLabel = p.row().kind() == RowKind.HEADER && p.cell().colspan() > 1;
                        if (groupLabel) {
                            bar(xs[p.c()] + 3, xs[p.c() + p.cell().colspan()] - 3, ys[p.r() + 1], 0.4);
                        }
                    }
                    bar(left, right, ys[h], 0.5);
                    bar(left, right, layout.bottom(), 0.8);
                }
                case GRID -> layout.cells().forEach(p -> cellBorder(layout, p));
                case HEADER_TOTAL -> {
                    layout.cells().stream().filter(p -> p.row().kind() == RowKind.HEADER)
                            .forEach(p -> cellBorder(layout, p));
                    layout.cells().stream().filter(p -> p.row().kind() == RowKind.TOTAL).forEach(p -> {
                        line(left, ys[p.r()], right, ys[p.r()], 0.6);
                        line(left, ys[p.r() + 1], right, ys[p.r() + 1], 1.2);
                    });
                }
                default -> {
                }
            }
        }

        private void cellBorder(Layout layout, Placed p) {
            double x0 = layout.xs()[p.c()];
            double x1 = layout.xs()[p.c() + p.cell().colspan()];
            double y0 = layout.ys()[p.r() + p.cell().rowspan()];
            double y1 = layout.ys()[p.r()];
            strokeBox(x0, y0, x1 - x0, y1 - y0, 0.5);
        }

        private void record(Spec spec, int firstPage, int lastPage) {
            StringJoiner cells = new StringJoiner(",\n      ", "[\n      ", "\n    ]");
            Layout grid = layout(spec, 0, 0);
            for (Placed p : grid.cells()) {
                if (!p.cell().text().isBlank()) {
                    cells.add(String.format(Locale.ROOT,
                            "{\"row\": %d, \"col\": %d, \"rowspan\": %d, \"colspan\": %d, \"text\": %s}",
                            p.r(), p.c(), p.cell().rowspan(), p.cell().colspan(), quote(p.cell().text())));
                }
            }
            StringJoiner tags = new StringJoiner(", ", "[", "]");
            spec.tags.forEach(tag -> tags.add(quote(tag)));
            tablesJson.add(String.format(Locale.ROOT,
                    "{\"page\": %d, \"last_page\": %d, \"caption\": %s, \"tags\": %s, \"header_rows\": %d,"
                            + " \"rows\": %d, \"cols\": %d, \"cells\": %s}",
                    firstPage, lastPage, quote(spec.caption), tags, spec.headerRows(), spec.rows.size(),
                    spec.widths.length, cells));
        }

        void negative(String kind) {
            negativesJson.add(String.format(Locale.ROOT, "{\"page\": %d, \"kind\": %s}", page, quote(kind)));
        }

        void save(Path dir, String name) throws IOException {
            closeContent();
            document.save(dir.resolve(name + ".pdf").toFile());
            String truth = "{\n  \"file\": " + quote(name + ".pdf") + ",\n  \"pages\": " + page
                    + ",\n  \"tables\": " + tablesJson + ",\n  \"negatives\": " + negativesJson + "\n}\n";
            Files.writeString(dir.resolve(name + ".json"), truth, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            closeContent();
            document.close();
        }

        // ---- made-up figures

        String count(int low, int high) {
            return String.format(Locale.UK, "%,d", low + rnd.nextInt(high - low));
        }

        String percent() {
            return String.format(Locale.UK, "%.1f%%", 100 * rnd.nextDouble());
        }

        String money() {
            return String.format(Locale.UK, "£%.1fm", 0.2 + 40 * rnd.nextDouble());
        }

        /** A change that may be negative, printed in brackets, or nil, printed as a dash. */
        String change() {
            int value = rnd.nextInt(-400, 400);
            if (rnd.nextInt(12) == 0) {
                return "–";
            }
            return value < 0 ? String.format(Locale.UK, "(%,d)", -value) : String.format(Locale.UK, "%,d", value);
        }

        List<String> pick(List<String> pool, int n) {
            List<String> copy = new ArrayList<>(pool);
            Collections.shuffle(copy, rnd);
            return copy.subList(0, Math.min(n, copy.size()));
        }
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------- one table per style

    /** Districts by households and population: the plain figure table most styles below are drawn in. */
    static Spec districtTable(Report r, Rules rules, int rows) {
        Spec spec = new Spec(rules, r.nextCaption("Households and population by district, Borsetshire"),
                130, 75, 75, 70, 65)
                .header("District", "Households", "Population", "Change", "Share");
        for (String district : r.pick(DISTRICTS, rows)) {
            spec.body(district, r.count(4000, 60000), r.count(9000, 140000), r.change(), r.percent());
        }
        return spec;
    }

    static Spec booktabs(Report r) {
        return districtTable(r, Rules.BOOKTABS, 8);
    }

    static Spec fullGrid(Report r) {
        Spec spec = new Spec(Rules.GRID, r.nextCaption("Net revenue budget by service"), 170, 70, 70, 70, 60)
                .header("Service", "2023/24", "2024/25", "2025/26", "Change");
        for (String service : r.pick(SERVICES, 7)) {
            spec.body(service, r.money(), r.money(), r.money(), r.percent());
        }
        return spec.total("Total", r.money(), r.money(), r.money(), r.percent());
    }

    static Spec headerAndTotalRuled(Report r) {
        Spec spec = new Spec(Rules.HEADER_TOTAL, r.nextCaption("Residents by age group"), 110, 70, 70, 70, 70)
                .header("Age group", "Male", "Female", "Total", "Per cent");
        for (String age : AGES) {
            spec.body(age, r.count(2000, 30000), r.count(2000, 30000), r.count(4000, 60000), r.percent());
        }
        return spec.total("All ages", r.count(90000, 200000), r.count(90000, 200000), r.count(180000, 400000),
                "100.0%");
    }

    static Spec zebra(Report r) {
        Spec spec = new Spec(Rules.ZEBRA, r.nextCaption("Contacts by service, quarter 2"), 160, 70, 70, 70, 60)
                .header("Service", "Phone", "Online", "In person", "Online share");
        for (String service : r.pick(SERVICES, 8)) {
            spec.body(service, r.count(100, 9000), r.count(100, 20000), r.count(10, 3000), r.percent());
        }
        return spec;
    }

    static Spec cellBlocks(Report r) {
        Spec spec = new Spec(Rules.CELL_BLOCKS, r.nextCaption("Road casualties by severity"), 120, 70, 70, 70, 70)
                .header("District", "Fatal", "Serious", "Slight", "All");
        for (String district : r.pick(DISTRICTS, 7)) {
            spec.body(district, r.count(0, 9), r.count(5, 90), r.count(40, 600), r.count(50, 700));
        }
        return spec;
    }

    static Spec noRules(Report r) {
        return districtTable(r, Rules.NO_RULES, 9);
    }

    /** "Number of responses" over "Baseline | Mid | End", the row-label header spanning both header rows. */
    static Spec twoLevelHeader(Report r, Rules rules) {
        Spec spec = new Spec(rules, r.nextCaption("Survey responses and satisfaction by district"),
                110, 55, 55, 55, 60, 60)
                .header(Cell.tall("District", 2), Cell.span("Number of responses", 3),
                        Cell.span("Satisfied (%)", 2))
                .header("Baseline", "Mid", "End", "Baseline", "End")
                .tag("multi-level-header");
        for (String district : r.pick(DISTRICTS, 7)) {
            spec.body(district, r.count(80, 900), r.count(80, 900), r.count(80, 900), r.percent(), r.percent());
        }
        return spec;
    }

    /** Spending group label over years over "Core | External | Total". */
    static Spec threeLevelHeader(Report r, Rules rules) {
        Spec spec = new Spec(rules, r.nextCaption("Capital spending by programme (£000)"),
                120, 50, 50, 50, 50, 50, 50)
                .header(Cell.of(""), Cell.span("Capital spending (£000)", 6))
                .header(Cell.of(""), Cell.span("2023/24", 3), Cell.span("2024/25", 3))
                .header("Programme", "Core", "External", "Total", "Core", "External", "Total")
                .tag("multi-level-header");
        for (String service : r.pick(SERVICES, 6)) {
            spec.body(service.length() > 20 ? service.substring(0, service.indexOf(' ')) : service,
                    r.count(100, 9000), r.count(0, 5000), r.count(100, 14000),
                    r.count(100, 9000), r.count(0, 5000), r.count(100, 14000));
        }
        return spec;
    }

    static Spec wrappedLabels(Report r, Rules rules) {
        Spec spec = new Spec(rules, r.nextCaption("Key performance indicators, year to date"), 200, 60, 60, 60)
                .header("Indicator", "Target", "Actual", "Last year")
                .tag("wrapped-label");
        for (String indicator : r.pick(INDICATORS, 7)) {
            spec.body(indicator, r.percent(), r.percent(), r.percent());
        }
        return spec;
    }

    static Spec wrappedText(Report r, Rules rules) {
        Spec spec = new Spec(rules, r.nextCaption("Corporate risk register"), 30, 140, 170, 100, 45)
                .header("Ref", "Risk", "Mitigation", "Owner", "Rating")
                .left(1, 2, 3)
                .tag("wrapped-text");
        for (int i = 0; i < 5; i++) {
            int risk = r.rnd.nextInt(RISKS.size());
            spec.body("R" + (i + 1), RISKS.get(risk), MITIGATIONS.get(risk),
                    OWNERS.get(r.rnd.nextInt(OWNERS.size())), String.valueOf(4 + r.rnd.nextInt(21)));
        }
        return spec;
    }

    /** Section rows ("Northern districts") with their districts indented under them and a subtotal each. */
    static Spec sections(Report r, Rules rules) {
        Spec spec = new Spec(rules, r.nextCaption("Housing completions by area"), 150, 70, 70, 70)
                .header("Area", "Market", "Affordable", "Total")
                .tag("sections");
        List<String> districts = r.pick(DISTRICTS, 8);
        for (String section : List.of("Northern districts", "Southern districts")) {
            spec.section(section);
            List<String> part = section.startsWith("N") ? districts.subList(0, 4) : districts.subList(4, 8);
            for (String district : part) {
                spec.sub(district, r.count(20, 900), r.count(0, 300), r.count(20, 1200));
            }
            spec.total("Subtotal", r.count(400, 3000), r.count(100, 900), r.count(500, 4000));
        }
        return spec;
    }

    /** A label | figure table: key facts with a header. */
    static Spec twoColumn(Report r, Rules rules, boolean withHeader) {
        Spec spec = new Spec(rules, r.nextCaption("Borsetshire at a glance"), 220, 80).tag("two-column");
        if (withHeader) {
            spec.header("Measure", "Value");
        }
        spec.body("Resident population", r.count(300000, 400000))
                .body("Households", r.count(120000, 160000))
                .body("Median weekly earnings", String.format(Locale.UK, "£%d", 550 + r.rnd.nextInt(200)))
                .body("Employment rate", r.percent())
                .body("Children in low income families", r.percent())
                .body("Council tax band D", String.format(Locale.UK, "£%,d.%02d", 1900 + r.rnd.nextInt(300),
                        r.rnd.nextInt(100)))
                .body("Net budget", r.money());
        return spec;
    }

    /** Twelve monthly columns: only fits a landscape page. */
    static Spec wide(Report r, Rules rules) {
        List<String> months = List.of("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan",
                "Feb", "Mar");
        double[] widths = new double[months.size() + 2];
        Arrays.fill(widths, 46);
        widths[0] = 120;
        Spec spec = new Spec(rules, r.nextCaption("Missed bin collections by month, 2024/25"), widths);
        List<String> header = new ArrayList<>(List.of("District"));
        header.addAll(months);
        header.add("Year");
        spec.header(header.toArray(String[]::new));
        for (String district : r.pick(DISTRICTS, 8)) {
            List<String> row = new ArrayList<>(List.of(district));
            months.forEach(month -> row.add(r.count(10, 2500)));
            row.add(r.count(3000, 30000));
            spec.body(row.toArray(String[]::new));
        }
        return spec.tag("landscape");
    }

    /** A long table, to be continued on the next page. */
    static Spec longTable(Report r, Rules rules) {
        Spec spec = new Spec(rules, r.nextCaption("Planning applications received and decided by parish"),
                140, 70, 70, 70, 70)
                .header("Parish", "Received", "Decided", "Approved", "In time")
                .tag("continued");
        List<String> parishes = new ArrayList<>(DISTRICTS);
        parishes.addAll(List.of("Ambridge Green", "Borchester Land", "Grey Gables", "Lower Loxley", "Netherbourne",
                "Walford", "Glebelands", "Hollowtree", "Manor Court", "Brookfield", "Home Farm", "Willow Farm",
                "Bridge Farm", "Arkwright Hall", "Lakey Green", "Upper Croxley", "Felpersham Heath",
                "Edgeley Marsh", "Darrington Moor", "Waterley End", "Penny Hassett Common", "Hollerton Junction",
                "Heydon Cross", "Churchstoke Vale", "Little Ambridge", "Borchester Road"));
        for (String parish : parishes.subList(0, 38)) {
            spec.body(parish, r.count(5, 400), r.count(5, 400), r.count(5, 380), r.percent());
        }
        return spec;
    }

    static Spec withNotes(Spec spec) {
        return spec.note("Source: " + OFFICE + ", Borsetshire household survey 2024.")
                .note("Notes: figures are rounded; – denotes nil; figures in brackets are decreases.")
                .tag("footnotes");
    }

    // ---------------------------------------------------------------- look-alikes that are not tables

    static void barChart(Report r, double x, double top) {
        r.text("Figure 1: Households on the housing register by district", x, top, true, 10);
        double plotLeft = x + 40;
        double plotBottom = top - 260;
        double plotWidth = 420;
        int step = 100;
        for (int i = 0; i <= 5; i++) {
            double y = plotBottom + i * 40;
            r.line(plotLeft, y, plotLeft + plotWidth, y, i == 0 ? 0.8 : 0.3);
            String label = String.format(Locale.UK, "%,d", i * step);
            r.text(label, plotLeft - 6 - r.width(label, false, 8), y - 3, false, 8);
        }
        r.line(plotLeft, plotBottom, plotLeft, plotBottom + 200, 0.8);
        List<String> districts = r.pick(DISTRICTS, 6);
        double slot = plotWidth / districts.size();
        for (int i = 0; i < districts.size(); i++) {
            double barX = plotLeft + i * slot + 10;
            r.fill(barX, plotBottom, 22, 40 + r.rnd.nextInt(150), 0.35);
            r.fill(barX + 24, plotBottom, 22, 40 + r.rnd.nextInt(150), 0.7);
            String name = districts.get(i);
            r.text(name, plotLeft + i * slot + slot / 2 - r.width(name, false, 8) / 2, plotBottom - 12, false, 8);
        }
        double legendY = plotBottom - 36;
        r.fill(plotLeft + 100, legendY, 8, 8, 0.35);
        r.text("2023/24", plotLeft + 112, legendY + 1, false, 8);
        r.fill(plotLeft + 180, legendY, 8, 8, 0.7);
        r.text("2024/25", plotLeft + 192, legendY + 1, false, 8);
        r.text("Source: " + OFFICE, x, legendY - 20, false, 7.5);
        r.negative("bar-chart");
    }

    static void flowchart(Report r, double x, double top) {
        r.text("Figure 2: How a referral to adult social care is handled", x, top, true, 10);
        String[][] steps = {{"Referral received", "by the contact centre"}, {"Initial screening", "within 2 working days"},
                {"Eligible for", "care and support?"}, {"Assessment by", "a social worker"},
                {"Care plan agreed", "with the resident"}, {"Review after", "six weeks"}};
        double boxWidth = 150;
        double boxHeight = 40;
        double y = top - 30;
        for (int i = 0; i < steps.length; i++) {
            double boxTop = y - i * 70;
            boxWithText(r, x + 60, boxTop, boxWidth, boxHeight, steps[i]);
            if (i + 1 < steps.length) {
                arrow(r, x + 60 + boxWidth / 2, boxTop - boxHeight, x + 60 + boxWidth / 2, boxTop - 70);
            }
        }
        double decisionTop = y - 2 * 70;
        boxWithText(r, x + 300, decisionTop, boxWidth, boxHeight,
                new String[] {"Signpost to", "community services"});
        arrow(r, x + 60 + boxWidth, decisionTop - boxHeight / 2, x + 300, decisionTop - boxHeight / 2);
        r.text("No", x + 60 + boxWidth + 30, decisionTop - boxHeight / 2 + 4, false, 8);
        r.text("Yes", x + 60 + boxWidth / 2 + 6, decisionTop - boxHeight - 14, false, 8);
        r.negative("flowchart");
    }

    static void boxWithText(Report r, double x, double top, double w, double h, String[] lines) {
        r.strokeBox(x, top - h, w, h, 0.8);
        for (int i = 0; i < lines.length; i++) {
            double lineWidth = r.width(lines[i], false, 9);
            r.text(lines[i], x + (w - lineWidth) / 2, top - 15 - i * 12, false, 9);
        }
    }

    static void arrow(Report r, double x1, double y1, double x2, double y2) {
        r.line(x1, y1, x2, y2, 0.8);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 6;
        try {
            r.content.moveTo((float) x2, (float) y2);
            r.content.lineTo((float) (x2 - size * Math.cos(angle - 0.4)), (float) (y2 - size * Math.sin(angle - 0.4)));
            r.content.lineTo((float) (x2 - size * Math.cos(angle + 0.4)), (float) (y2 - size * Math.sin(angle + 0.4)));
            r.content.closePath();
            r.content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double boxedParagraph(Report r, double x, double top, double width) {
        double inner = top - 16;
        r.text("Key message", x + 10, inner, true, 11);
        double bottom = r.prose(4, x + 10, inner - 16, width - 20);
        r.strokeBox(x, bottom, width, top - bottom + 8, 1);
        r.negative("boxed-paragraph");
        return bottom - 20;
    }

    static double formBox(Report r, double x, double top) {
        r.text("Signature of the applicant", x, top, true, 10);
        r.strokeBox(x, top - 60, 300, 50, 0.8);
        r.strokeBox(x + 320, top - 60, 150, 50, 0.8);
        r.text("Date", x + 326, top - 22, false, 9);
        r.negative("form-box");
        return top - 80;
    }

    static void twoColumnProse(Report r, double top) {
        double y = r.heading("Commentary", 50, top);
        for (double x : new double[] {50, 310}) {
            double columnY = y;
            for (int p = 0; p < 5; p++) {
                columnY = r.prose(4, x, columnY, 235);
            }
        }
        r.negative("two-column-prose");
    }

    static double bulletedList(Report r, double x, double top) {
        double y = r.heading("Actions agreed", x, top);
        for (int i = 0; i < 7; i++) {
            String item = SENTENCES.get(r.rnd.nextInt(SENTENCES.size()));
            if (i % 3 == 0) {
                item += " " + SENTENCES.get(r.rnd.nextInt(SENTENCES.size()));
            }
            boolean sub = i % 4 == 2;
            double indent = sub ? 24 : 0;
            r.text(sub ? "–" : "•", x + 10 + indent, y, false, 10);
            y = r.paragraph(item, x + 24 + indent, y, 420 - indent, 10, false) - 4;
        }
        r.negative("bulleted-list");
        return y - 10;
    }

    static void contents(Report r, double top) {
        double y = r.heading("Contents", 60, top);
        String[][] entries = {{"1", "Introduction", "3"}, {"2", "Summary of findings", "4"},
                {"2.1", "Population and households", "5"}, {"2.2", "Housing", "7"}, {"2.3", "Health and care", "9"},
                {"3", "Council services", "12"}, {"3.1", "Waste and recycling", "13"},
                {"3.2", "Roads and transport", "15"}, {"4", "Finance", "18"}, {"5", "Method and quality", "21"},
                {"Annex A", "Definitions", "24"}, {"Annex B", "District tables", "26"}};
        for (String[] entry : entries) {
            boolean sub = entry[0].contains(".");
            double textX = sub ? 110 : 100;
            r.text(entry[0], sub ? 80 : 60, y, !sub, 10);
            r.text(entry[1], textX, y, !sub, 10);
            double textEnd = textX + r.width(entry[1], !sub, 10) + 6;
            double pageX = 530 - r.width(entry[2], false, 10);
            StringBuilder dots = new StringBuilder();
            while (r.width(dots + " .", false, 10) < pageX - 6 - textEnd) {
                dots.append(" .");
            }
            r.text(dots.toString(), textEnd, y, false, 10);
            r.text(entry[2], pageX, y, false, 10);
            y -= sub ? 16 : 22;
        }
        r.negative("contents");
    }

    // ---------------------------------------------------------------- the PDFs

    interface Pages {
        void draw(Report r);
    }

    static void pdf(Path dir, String name, boolean times, Pages pages) throws IOException {
        try (Report report = new Report(times, name.hashCode())) {
            pages.draw(report);
            report.save(dir, name);
        }
    }

    /** A portrait page: heading, a few lines of prose, then the table. */
    static void tablePage(Report r, String heading, Spec spec) {
        r.portrait();
        double y = r.heading(heading, 60, 780);
        y = r.prose(2, 60, y, 470);
        r.table(spec, 60, y - 6);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        pdf(dir, "01-booktabs", false, r -> {
            tablePage(r, "1. Population", withNotes(booktabs(r)));
            tablePage(r, "2. Survey", twoLevelHeader(r, Rules.BOOKTABS));
        });
        pdf(dir, "02-grid", true, r -> {
            tablePage(r, "Budget", fullGrid(r));
            tablePage(r, "Risks", wrappedText(r, Rules.GRID));
            tablePage(r, "Housing", sections(r, Rules.GRID));
        });
        pdf(dir, "03-header-total", false, r -> {
            tablePage(r, "Residents", headerAndTotalRuled(r));
            tablePage(r, "Housing", sections(r, Rules.HEADER_TOTAL));
            tablePage(r, "Performance", wrappedLabels(r, Rules.HEADER_TOTAL));
        });
        pdf(dir, "04-zebra", false, r -> {
            tablePage(r, "Contacts", zebra(r));
            tablePage(r, "Performance", wrappedLabels(r, Rules.ZEBRA));
            tablePage(r, "Key facts", twoColumn(r, Rules.ZEBRA, true));
        });
        pdf(dir, "05-cell-blocks", false, r -> {
            tablePage(r, "Road safety", cellBlocks(r));
            tablePage(r, "Survey", twoLevelHeader(r, Rules.CELL_BLOCKS));
            tablePage(r, "Risks", wrappedText(r, Rules.CELL_BLOCKS));
        });
        pdf(dir, "06-no-rules", true, r -> {
            tablePage(r, "Population", noRules(r));
            tablePage(r, "Housing", sections(r, Rules.NO_RULES));
            tablePage(r, "Risks", wrappedText(r, Rules.NO_RULES));
        });
        pdf(dir, "07-multi-level-headers", false, r -> {
            tablePage(r, "Capital", threeLevelHeader(r, Rules.BOOKTABS));
            tablePage(r, "Capital", threeLevelHeader(r, Rules.GRID));
            tablePage(r, "Survey", twoLevelHeader(r, Rules.NO_RULES));
        });
        pdf(dir, "08-wrapped", true, r -> {
            tablePage(r, "Performance", wrappedLabels(r, Rules.NO_RULES));
            tablePage(r, "Risks", wrappedText(r, Rules.BOOKTABS));
        });
        pdf(dir, "09-sections", false, r -> {
            tablePage(r, "Housing", sections(r, Rules.BOOKTABS));
            tablePage(r, "Housing", sections(r, Rules.ZEBRA));
            tablePage(r, "Housing", sections(r, Rules.CELL_BLOCKS));
        });
        pdf(dir, "10-captions-notes", false, r -> {
            tablePage(r, "Population", withNotes(districtTable(r, Rules.NO_RULES, 6)).below());
            tablePage(r, "Contacts", withNotes(zebra(r)).below());
        });
        pdf(dir, "11-two-per-page", false, r -> {
            r.portrait();
            double y = r.table(booktabs(r).tag("two-per-page"), 60, 780);
            r.table(zebra(r).tag("two-per-page"), 60, y - 20);
            r.portrait();
            y = r.table(districtTable(r, Rules.NO_RULES, 6).tag("two-per-page"), 60, 780);
            r.table(cellBlocks(r).tag("two-per-page"), 60, y - 20);
        });
        pdf(dir, "12-beside-prose", true, r -> {
            for (Rules rules : List.of(Rules.NO_RULES, Rules.GRID)) {
                r.portrait();
                double y = r.heading("District figures", 40, 790);
                for (double proseY = y; proseY > 120; ) {
                    proseY = r.prose(4, 40, proseY, 170);
                }
                Spec spec = new Spec(rules, r.nextCaption("Claimant count by district"), 110, 60, 60, 60)
                        .header("District", "Claimants", "Rate", "Change").tag("beside-prose");
                for (String district : r.pick(DISTRICTS, 10)) {
                    spec.body(district, r.count(100, 4000), r.percent(), r.change());
                }
                r.table(spec, 240, y);
            }
        });
        pdf(dir, "13-two-column", false, r -> {
            tablePage(r, "Key facts", twoColumn(r, Rules.BOOKTABS, true));
            r.portrait();
            double y = r.heading("Key facts", 60, 780);
            y = r.prose(3, 60, y, 470);
            y = r.table(twoColumn(r, Rules.NO_RULES, false), 60, y - 6);
            r.prose(3, 60, y, 470);
        });
        pdf(dir, "14-landscape", false, r -> {
            for (Rules rules : List.of(Rules.GRID, Rules.NO_RULES)) {
                r.landscape();
                double y = r.heading("Waste collection", 50, 540);
                r.table(withNotes(wide(r, rules)), 50, y);
            }
        });
        pdf(dir, "15-rotated", true, r -> {
            for (Rules rules : List.of(Rules.BOOKTABS, Rules.ZEBRA)) {
                r.turned();
                double y = r.heading("Waste collection", 50, 540);
                r.table(wide(r, rules).tag("rotated"), 50, y);
            }
        });
        pdf(dir, "16-continued-grid", false, r -> {
            r.portrait();
            double y = r.heading("Planning", 60, 780);
            y = r.prose(3, 60, y, 470);
            r.continuedTable(longTable(r, Rules.GRID), 60, y - 6, 30, r::portrait);
        });
        pdf(dir, "17-continued-booktabs", true, r -> {
            r.portrait();
            double y = r.heading("Planning", 60, 780);
            y = r.prose(4, 60, y, 470);
            r.continuedTable(withNotes(longTable(r, Rules.BOOKTABS)), 60, y - 6, 32, r::portrait);
        });
        pdf(dir, "18-bar-chart", false, r -> {
            r.portrait();
            double y = r.prose(3, 60, 780, 470);
            barChart(r, 60, y - 10);
        });
        pdf(dir, "19-flowchart", false, r -> {
            r.portrait();
            double y = r.prose(2, 60, 780, 470);
            flowchart(r, 60, y - 10);
        });
        pdf(dir, "20-boxes", true, r -> {
            r.portrait();
            double y = r.prose(3, 60, 780, 470);
            y = boxedParagraph(r, 60, y - 10, 470);
            y = r.prose(3, 60, y, 470);
            formBox(r, 60, y - 10);
        });
        pdf(dir, "21-two-column-prose", true, r -> {
            r.portrait();
            twoColumnProse(r, 790);
        });
        pdf(dir, "22-bulleted-list", false, r -> {
            r.portrait();
            double y = r.prose(3, 60, 780, 470);
            bulletedList(r, 60, y - 10);
        });
        pdf(dir, "23-contents", true, r -> {
            r.portrait();
            contents(r, 780);
        });
        pdf(dir, "24-report", false, r -> {
            r.portrait();
            contents(r, 780);
            tablePage(r, "Residents", headerAndTotalRuled(r));
            r.portrait();
            barChart(r, 60, 780);
            r.table(zebra(r).tag("with-negative"), 60, 440);
        });
        pdf(dir, "25-report", true, r -> {
            r.portrait();
            double y = boxedParagraph(r, 60, 780, 470);
            r.table(cellBlocks(r).tag("with-negative"), 60, y);
            r.portrait();
            y = bulletedList(r, 60, 780);
            r.table(booktabs(r).tag("with-negative"), 60, y);
            r.portrait();
            flowchart(r, 60, 780);
        });
    }
}
