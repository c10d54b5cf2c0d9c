package org.agendapack.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.agendapack.model.PageRecord;
import org.agendapack.model.SourceInfo;
import org.agendapack.model.Warning;
import org.agendapack.parse.MeetingHeaderParser;
import org.agendapack.segment.FrontSheet;
import org.agendapack.segment.FurnitureDetector;
import org.agendapack.segment.InputClassifier;
import org.agendapack.segment.InputKind;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PrintedPage;
import org.agendapack.segment.PrintedPageNumbering;
import org.agendapack.segment.SegmentWarning;
import org.agendapack.source.SourceDocument;
import org.agendapack.source.SourceException;
import org.agendapack.source.SourceFormat;
import org.agendapack.source.Sources;

/** Runs the pipeline on one input: source, segment, parse, and the model that is written out. */
public final class PackExtractor {

    private PackExtractor() {
    }

    public static Pack extract(Path file) throws SourceException {
        return extract(Sources.open(file));
    }

    static Pack extract(SourceDocument source) {
        List<PackPage> pages = source.pages().stream()
                .map(page -> FurnitureDetector.detect(page, source.paged())).toList();
        PrintedPageNumbering.Result numbering = PrintedPageNumbering.resolve(
                pages.stream().map(PackPage::stampedPrinted).toList(),
                pages.stream().map(PackExtractor::reportedIndex).toList(), source.paged() && isPdf(source));
        List<FrontSheet.FrontLine> frontSheet = FrontSheet.lines(pages, numbering.pages());
        InputKind kind = InputClassifier.classify(pages, frontSheet);
        Meeting meeting = switch (kind) {
            case AGENDA_PACK -> MeetingHeaderParser.fromFrontSheet(frontSheet);
            case MINUTES -> MeetingHeaderParser.fromMinutes(FrontSheet.opening(pages, numbering.pages()));
            case DOCUMENT -> null;
        };
        List<Warning> warnings = new ArrayList<>();
        for (SegmentWarning warning : numbering.warnings()) {
            warnings.add(new Warning(warning.code(), warning.message(), warning.page()));
        }
        if (kind == InputKind.AGENDA_PACK && (meeting == null || meeting.date() == null)) {
            warnings.add(new Warning("MEETING_DATE_MISSING", "the front sheet gives no meeting date", null));
        }
        return new Pack(Pack.SCHEMA,
                new SourceInfo(source.fileName(), source.sha256(), source.format().name().toLowerCase(Locale.ROOT),
                        source.pages().size()),
                kind.name().toLowerCase(Locale.ROOT), meeting, List.of(), List.of(), List.of(), List.of(), List.of(),
                pageRecords(pages, numbering.pages()), warnings);
    }

    private static boolean isPdf(SourceDocument source) {
        return source.format() == SourceFormat.PDF;
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
