package org.agendapack.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Line;

/**
 * Decides whether an input is an agenda pack, printed minutes or another document, from the structure of its
 * opening: an agenda front sheet has an {@code Agenda} heading with the meeting's date, time or venue, or
 * numbered items with page references; minutes open with a minutes header.
 */
public final class InputClassifier {

    private static final Pattern AGENDA_HEADING =
            Pattern.compile("(?i)^\\s*(?:supplementary\\s+|supplement(?:al)?\\s+)?agenda(?:\\s+supplement|\\s+pack)?\\s*:?\\s*$");
    private static final Pattern MEETING_LABEL = Pattern.compile(
            "(?i)^\\s*(?:date|time|venue|place|date\\s+and\\s+time|time\\s+and\\s+date)\\s*:.*");
    private static final Pattern HELD_SENTENCE =
            Pattern.compile("(?i).*\\bthe\\s+meeting\\s+will\\s+(?:be\\s+held|take\\s+place)\\b.*");
    private static final Pattern ITEM_WITH_PAGES =
            Pattern.compile("(?i)^\\s*\\d{1,2}[a-z]?\\.?\\s+.+?(?:\\(pages?\\s+\\d+|\\s\\d+\\s*-\\s*\\d+\\s*$)");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s*\\d{1,2}[a-z]?\\.?\\s+\\p{Lu}.{2,120}$");
    /** How many lines of the opening are looked at for a minutes header. */
    private static final int MINUTES_OPENING_LINES = 15;

    private InputClassifier() {
    }

    public static InputKind classify(List<PackPage> pages, List<PageLine> frontSheet) {
        boolean heading = false;
        boolean held = false;
        int labels = 0;
        int items = 0;
        int numberedAfterHeading = 0;
        for (PageLine line : frontSheet) {
            String text = line.text().replace('\t', ' ');
            heading |= AGENDA_HEADING.matcher(text).matches();
            held |= HELD_SENTENCE.matcher(text).matches();
            labels += MEETING_LABEL.matcher(text).matches() ? 1 : 0;
            items += ITEM_WITH_PAGES.matcher(text).find() ? 1 : 0;
            numberedAfterHeading += heading && NUMBERED_ITEM.matcher(text).matches() ? 1 : 0;
        }
        // an Agenda heading with meeting details, items with page references, or a list of numbered items
        if (held || labels >= 2 || heading && (labels + items >= 1 || numberedAfterHeading >= 2)) {
            return InputKind.AGENDA_PACK;
        }
        return opensWithMinutes(pages) ? InputKind.MINUTES : InputKind.DOCUMENT;
    }

    private static boolean opensWithMinutes(List<PackPage> pages) {
        int seen = 0;
        for (PackPage page : pages) {
            for (Line line : page.body()) {
                if (line.isBlank()) {
                    continue;
                }
                if (FrontSheet.MINUTES_HEADER.matcher(line.text()).matches()) {
                    return true;
                }
                if (++seen >= MINUTES_OPENING_LINES) {
                    return false;
                }
            }
        }
        return false;
    }
}
