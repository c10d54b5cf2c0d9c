package org.agendapack.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Meeting;
import org.agendapack.model.Minutes;
import org.agendapack.model.Table;
import org.agendapack.model.Warning;
import org.agendapack.parse.CoverSheetParser;
import org.agendapack.parse.MinutesParser;
import org.agendapack.parse.PackTables;
import org.agendapack.segment.AgendaEntry;
import org.agendapack.segment.DocumentKind;
import org.agendapack.segment.DocumentSpan;
import org.agendapack.segment.PageLine;

/**
 * What one document of a pack gives when read on its own: its minutes, its tables (numbered within the
 * document; the pack numbers them in order), its cover sheet, and their warnings. Documents are independent,
 * so a large pack's documents can be read at once.
 */
record PaperReading(Optional<Minutes> minutes, List<Table> tables, Optional<CoverSheet> sheet,
                    List<Warning> warnings) {

    static PaperReading of(DocumentSpan span, List<AgendaEntry> agenda, Meeting meeting) {
        List<Warning> warnings = new ArrayList<>();
        // the span's lines are a view of its pages, made again each time it is read: made once here
        List<PageLine> lines = List.copyOf(span.lines());
        Minutes minutes = null;
        if (span.kind() == DocumentKind.MINUTES) {
            MinutesParser.Result parsed = MinutesParser.parse(span.id(), span.agendaItem(), lines);
            minutes = parsed.minutes();
            warnings.addAll(parsed.warnings());
        }
        List<Table> tables = span.kind().isPaper()
                ? PackTables.find(lines, span.id(), span.agendaItem(), 1) : List.of();
        CoverSheet sheet = null;
        String style = coverStyle(span);
        if (style != null) {
            AgendaEntry item = agenda.stream().filter(entry -> entry.number().equals(span.agendaItem()))
                    .findFirst().orElse(null);
            CoverSheetParser.Result parsed = CoverSheetParser.parse(span.id(), style, span.title(), lines,
                    item, meeting == null ? null : meeting.date());
            sheet = parsed.sheet();
            warnings.addAll(parsed.warnings());
        }
        return new PaperReading(Optional.ofNullable(minutes), tables, Optional.ofNullable(sheet), warnings);
    }

    /** Cover sheets are read as {@code cover_sheet}, reports that open with a header as {@code report_header}. */
    private static String coverStyle(DocumentSpan span) {
        if (span.kind() == DocumentKind.COVER_SHEET) {
            return "cover_sheet";
        }
        return span.kind() == DocumentKind.REPORT && span.header() != null
                && span.header().kind() == DocumentKind.REPORT ? "report_header" : null;
    }
}
