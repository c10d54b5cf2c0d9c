package org.agendapack.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agendapack.model.AgendaItem;
import org.agendapack.model.Classification;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Document;
import org.agendapack.model.Meeting;
import org.agendapack.model.Minutes;
import org.agendapack.model.Pack;
import org.agendapack.model.PageRecord;
import org.agendapack.model.SourceInfo;
import org.agendapack.model.Table;
import org.agendapack.model.Warning;
import org.agendapack.parse.MeetingHeaderParser;
import org.agendapack.parse.MinutesParser;
import org.agendapack.parse.PackTables;
import org.agendapack.parse.StandaloneReport;
import org.agendapack.segment.AgendaEntry;
import org.agendapack.segment.AgendaParser;
import org.agendapack.segment.DocumentKind;
import org.agendapack.segment.DocumentSpan;
import org.agendapack.segment.DocumentSplitter;
import org.agendapack.segment.FrontSheet;
import org.agendapack.segment.FurnitureDetector;
import org.agendapack.segment.InputClassifier;
import org.agendapack.segment.InputKind;
import org.agendapack.segment.PackKind;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.PageLines;
import org.agendapack.segment.PrintedPage;
import org.agendapack.segment.PrintedPageNumbering;
import org.agendapack.segment.SegmentWarning;
import org.agendapack.segment.Signal;
import org.agendapack.segment.SignalType;
import org.agendapack.source.PageSelection;
import org.agendapack.source.PageSpill;
import org.agendapack.source.SourceDocument;
import org.agendapack.source.SourceException;
import org.agendapack.source.SourceFormat;
import org.agendapack.source.SourceHead;
import org.agendapack.source.Sources;

/** Runs the pipeline on one input: source, segment, parse, and the model that is written out. */
public final class PackExtractor {

    private PackExtractor() {
    }

    public static Pack extract(Path file) throws SourceException {
        return extract(file, null);
    }

    public static Pack extract(Path file, String password) throws SourceException {
        return extract(file, password, 1);
    }

    /** Extracts the file, reading its pages with up to {@code threads} threads. */
    public static Pack extract(Path file, String password, int threads) throws SourceException {
        return extract(file, password, threads, PageSpill.DEFAULT_BUDGET);
    }

    /** Extracts the file, keeping pages in memory up to {@code memoryBudget} bytes and the others on disk. */
    static Pack extract(Path file, String password, int threads, long memoryBudget) throws SourceException {
        // each page's lines go to the spill as soon as it is read, so a large input is not held whole
        try (PageSpill spill = PageSpill.withBudget(memoryBudget)) {
            Sources.Read<PackPage> read = Sources.read(file, password, PageSelection.ALL, threads,
                    (page, paged) -> FurnitureDetector.detect(page, paged).keptIn(spill));
            return extract(read.head(), read.pages(), threads);
        }
    }

    static Pack extract(SourceDocument source) {
        return extract(source, 1);
    }

    static Pack extract(SourceDocument source, int threads) {
        return extract(source.head(), source.pages().stream()
                .map(page -> FurnitureDetector.detect(page, source.paged())).toList(), threads);
    }

    private static Pack extract(SourceHead source, List<PackPage> pages, int threads) {
        boolean physical = source.paged() && source.format() == SourceFormat.PDF;
        PrintedPageNumbering.Result numbering = PrintedPageNumbering.resolve(
                pages.stream().map(PackPage::stampedPrinted).toList(),
                pages.stream().map(PackExtractor::reportedIndex).toList(), physical);
        FrontSheet.Split front = FrontSheet.split(pages, numbering.pages());
        InputClassifier.Verdict verdict = InputClassifier.classify(pages, numbering.pages(), front);
        InputKind kind = verdict.kind();
        List<Warning> warnings = new ArrayList<>(toWarnings(numbering.warnings()));
        warnings.addAll(source.warnings().stream()
                .map(w -> new Warning(w.code(), w.message(), source.paged() ? w.page() : null)).toList());
        Meeting meeting = null;
        List<AgendaItem> items = List.of();
        List<Document> documents;
        List<Minutes> minutes = new ArrayList<>();
        List<CoverSheet> coverSheets = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        if (kind == InputKind.AGENDA_PACK) {
            meeting = MeetingHeaderParser.fromFrontSheet(front.lines());
            List<AgendaEntry> agenda = AgendaParser.parse(front.lines());
            DocumentSplitter.Result split = DocumentSplitter.split(pages, numbering.pages(), front, agenda, physical,
                    frontKind(verdict));
            items = agendaItems(agenda, split.documentsByItem());
            documents = split.documents().stream().map(PackExtractor::document).toList();
            warnings.addAll(toWarnings(split.warnings()));
            Meeting packMeeting = meeting;
            List<PaperReading> readings = InParallel.map(split.documents(), threads, span -> {
                // a read told to stop (its time limit passed) ends here too, not only between pages
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("stopped: the time limit passed");
                }
                return PaperReading.of(span, agenda, packMeeting);
            });
            for (PaperReading reading : readings) {
                reading.minutes().ifPresent(minutes::add);
                reading.sheet().ifPresent(coverSheets::add);
                warnings.addAll(reading.warnings());
                for (Table table : reading.tables()) {
                    tables.add(table.in("t" + (tables.size() + 1), table.document(), table.agendaItem()));
                }
            }
            warnings.addAll(understanding(verdict.packKind(), meeting, agenda));
        } else {
            if (verdict.undecided()) {
                warnings.add(new Warning("NOT_UNDERSTOOD", "read as a plain document, though it shows "
                        + signalNames(verdict) + " (too little to tell a pack or minutes)", null));
            }
            documents = List.of(wholeInput(kind, pages, numbering.pages()));
            // one view of the whole input for every reader: making a view reads every page kept on disk
            List<PageLine> lines = PageLines.of(pages, numbering.pages());
            tables.addAll(PackTables.find(lines, "d1", null, 1));
            if (kind == InputKind.MINUTES) {
                meeting = MeetingHeaderParser.fromMinutes(FrontSheet.opening(pages, numbering.pages()));
                MinutesParser.Result parsed = MinutesParser.parse("d1", null, lines);
                minutes.add(parsed.minutes());
                warnings.addAll(parsed.warnings());
            } else {
                // a report published on its own: its cover sheet or header, and the meeting the header names
                Optional<StandaloneReport> report = StandaloneReport.read(lines);
                if (report.isPresent()) {
                    coverSheets.add(report.get().report().sheet());
                    warnings.addAll(report.get().report().warnings());
                    meeting = report.get().meeting();
                }
            }
        }
        String kindName = kind.name().toLowerCase(Locale.ROOT);
        return new Pack(Pack.SCHEMA,
                new SourceInfo(source.fileName(), source.sha256(), source.format().name().toLowerCase(Locale.ROOT),
                        pages.size(), source.encoding()),
                kindName, verdict.packKind() == null ? null : verdict.packKind().name().toLowerCase(Locale.ROOT),
                new Classification(kindName, verdict.signals().stream().map(PackExtractor::evidence).toList()),
                meeting, items, documents, minutes, coverSheets, tables,
                pageRecords(pages, numbering.pages()), warnings);
    }

    /**
     * What a pack's reader should check: a front sheet or agenda without items or without a date was not
     * understood. Papers and supplements without a front sheet carry neither, and are not warned about.
     */
    private static List<Warning> understanding(PackKind packKind, Meeting meeting, List<AgendaEntry> agenda) {
        List<Warning> warnings = new ArrayList<>();
        boolean frontSheet = packKind == PackKind.FULL || packKind == PackKind.FRONT_SHEET;
        if (frontSheet && agenda.isEmpty()) {
            warnings.add(new Warning("NO_AGENDA_ITEMS", "the front sheet lists no agenda items that could be read",
                    null));
        }
        if (packKind != PackKind.PAPERS && (meeting == null || meeting.date() == null)) {
            warnings.add(new Warning("MEETING_DATE_MISSING", "the front sheet gives no meeting date", null));
        }
        return warnings;
    }

    /** A letter where a dispatch letter was seen; a cover where papers have neither letter nor front sheet. */
    private static DocumentKind frontKind(InputClassifier.Verdict verdict) {
        if (verdict.has(SignalType.DISPATCH_LETTER)) {
            return DocumentKind.LETTER;
        }
        return verdict.packKind() == PackKind.PAPERS ? DocumentKind.OTHER : DocumentKind.FRONT_SHEET;
    }

    private static String signalNames(InputClassifier.Verdict verdict) {
        return verdict.signals().stream().map(Signal::name).distinct().collect(Collectors.joining(", "));
    }

    private static Classification.Evidence evidence(Signal signal) {
        return new Classification.Evidence(signal.name(), signal.kind().name().toLowerCase(Locale.ROOT),
                signal.weight(), signal.page(), signal.text());
    }

    private static List<Warning> toWarnings(List<SegmentWarning> warnings) {
        return warnings.stream().map(warning -> new Warning(warning.code(), warning.message(), warning.page()))
                .toList();
    }

    /** Minutes or a document published on its own are one document, with no agenda item. */
    private static Document wholeInput(InputKind kind, List<PackPage> pages, List<PrintedPage> printed) {
        String title = pages.stream().flatMap(page -> page.body().stream()).map(line -> line.text().strip())
                .filter(text -> !text.isEmpty()).findFirst().orElse(null);
        List<Integer> numbers = printed.stream().map(PrintedPage::number).filter(number -> number != null).toList();
        PackPage first = pages.get(0);
        PackPage last = pages.get(pages.size() - 1);
        return new Document("d1", kind == InputKind.MINUTES ? "minutes" : "other", null, title,
                reportedIndex(first), reportedIndex(last), numbers.isEmpty() ? null : numbers.get(0),
                numbers.isEmpty() ? null : numbers.get(numbers.size() - 1));
    }

    private static List<AgendaItem> agendaItems(List<AgendaEntry> agenda, Map<String, List<String>> documents) {
        return agenda.stream().map(entry -> new AgendaItem(entry.number(), entry.numberPrinted(), entry.title(),
                entry.description(), entry.part(), entry.pageStart(), entry.pageEnd(),
                entry.contact() == null ? null : new AgendaItem.Contact(entry.contact().name(),
                        entry.contact().phone(), entry.contact().email()),
                entry.verbal(), entry.withdrawn(), entry.toFollow(), entry.notes(),
                documents.getOrDefault(entry.number(), List.of()), entry.agendaPage(), entry.agendaPrintedPage()))
                .toList();
    }

    private static Document document(DocumentSpan span) {
        return new Document(span.id(), kindName(span.kind()), span.agendaItem(), span.title(), span.pageStart(),
                span.pageEnd(), span.printedPageStart(), span.printedPageEnd());
    }

    private static String kindName(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Integer reportedIndex(PackPage page) {
        return page.physical() ? page.index() : null;
    }

    private static List<PageRecord> pageRecords(List<PackPage> pages, List<PrintedPage> printed) {
        List<PageRecord> records = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PackPage page = pages.get(i);
            PrintedPage number = printed.get(i);
            String origin = number.origin() == PrintedPage.Origin.UNKNOWN ? null
                    : number.origin().name().toLowerCase(Locale.ROOT);
            records.add(new PageRecord(reportedIndex(page), number.number(), origin,
                    page.blank() ? "blank" : "content", page.agendaItemStamp(), page.banner(), page.width(),
                    page.height(), page.width() == null ? null : page.rotation(), page.text()));
        }
        return records;
    }
}
