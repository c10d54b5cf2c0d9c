package org.agendapack.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Meeting;
import org.agendapack.segment.DocumentHeader;
import org.agendapack.segment.DocumentKind;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.ReportField;
import org.agendapack.segment.Wording;
import org.agendapack.source.Line;

/**
 * A report published on its own, not in a pack: the cover sheet or header it opens with, read as in a pack but
 * with no agenda behind it, and the meeting that header names.
 *
 * @param report  its cover sheet or header
 * @param meeting the meeting it is for, or null where the header names neither body nor date
 */
public record StandaloneReport(CoverSheetParser.Result report, Meeting meeting) {

    /** A stand-alone report's cover sheet or header opens within this many lines (not blank) of its start. */
    private static final int OPENING_LINES = 15;
    /** A date at the end of a field naming the meeting ({@code Cabinet - 13 March 2025}), with what follows it. */
    private static final Pattern DATED = Pattern.compile("(?i)\\s*(?:[,–—-]|\\bon\\b)?\\s*(?:(?:mon|tues|wednes|thurs"
            + "|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:of\\s+)?\\p{L}+,?\\s+\\d{4}"
            + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}).*$");
    /** A short line naming a body that meets ({@code Cabinet}, {@code Transport Committee}). */
    private static final Pattern BODY_LINE = Pattern.compile("(?i)^(?!.*:)(?:\\S+\\s+){0,7}?\\S*\\b"
            + Wording.alternation(Wording.BODY_WORDS) + "\\b(?:\\s+\\S+){0,7}$");
    private static final Pattern COUNCIL_LINE = Pattern.compile("^" + Wording.alternation(Wording.COUNCIL_NAMES) + "$",
            Pattern.CASE_INSENSITIVE);

    /** The report the input's lines are, if they open with a cover sheet or a report header; else empty. */
    public static Optional<StandaloneReport> read(List<PageLine> lines) {
        List<PageLine> opening = opening(lines);
        List<Line> openingLines = opening.stream().map(PageLine::line).toList();
        for (int i = 0; i < openingLines.size(); i++) {
            Optional<DocumentHeader> header = DocumentHeader.at(openingLines, i);
            if (header.isEmpty()) {
                continue;
            }
            DocumentKind kind = header.get().kind();
            if (kind != DocumentKind.COVER_SHEET && kind != DocumentKind.REPORT) {
                return Optional.empty();
            }
            CoverSheetParser.Result report = CoverSheetParser.parse("d1", kind == DocumentKind.COVER_SHEET
                    ? CoverSheetParser.COVER_SHEET : CoverSheetParser.REPORT_HEADER, header.get().title(), lines, null,
                    null);
            return Optional.of(new StandaloneReport(report, meeting(report.sheet(), opening.subList(0, i))));
        }
        return Optional.empty();
    }

    private static List<PageLine> opening(List<PageLine> lines) {
        List<PageLine> opening = new ArrayList<>();
        int filled = 0;
        for (PageLine line : lines) {
            if (filled == OPENING_LINES) {
                break;
            }
            opening.add(line);
            filled += line.line().isBlank() ? 0 : 1;
        }
        return opening;
    }

    /**
     * The meeting a stand-alone report's header names: the body from its {@code Report to} / {@code Meeting}
     * field (without the date it may carry), else from a body's name above the header; the council named above
     * the header; the sheet's date. Null when the header names neither body nor date.
     */
    private static Meeting meeting(CoverSheet sheet, List<PageLine> above) {
        String body = sheet.fields().entrySet().stream()
                .filter(field -> ReportField.of(field.getKey()) == ReportField.MEETING && field.getValue() instanceof String)
                .map(field -> DATED.matcher((String) field.getValue()).replaceFirst("").strip())
                .filter(name -> !name.isEmpty()).findFirst()
                .orElseGet(() -> above.stream().map(PageLine::plainText)
                        .filter(text -> BODY_LINE.matcher(text).matches() && !COUNCIL_LINE.matcher(text).matches())
                        .findFirst().orElse(null));
        if (body == null && sheet.meetingDate() == null) {
            return null;
        }
        String council = above.stream().map(PageLine::plainText).filter(text -> COUNCIL_LINE.matcher(text).matches())
                .findFirst().orElse(null);
        return new Meeting(body, council, sheet.meetingDate(), null, null, null, null, sheet.pageStart(),
                sheet.pageStart(), sheet.printedPageStart(), sheet.printedPageStart());
    }
}
