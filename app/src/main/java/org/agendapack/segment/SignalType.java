package org.agendapack.segment;

import java.util.Locale;

/**
 * The kinds of evidence the classifier weighs, each with the kind of input it speaks for and how much it counts.
 * A meeting's announcement says more than a heading; a minutes title at the top of an input says most.
 */
public enum SignalType {
    AGENDA_HEADING(InputKind.AGENDA_PACK, 2),
    SUPPLEMENT_HEADING(InputKind.AGENDA_PACK, 1),
    SUMMONS(InputKind.AGENDA_PACK, 3),
    MEETING_SENTENCE(InputKind.AGENDA_PACK, 3),
    MEETING_LABEL(InputKind.AGENDA_PACK, 2),
    ITEM_WITH_PAGES(InputKind.AGENDA_PACK, 1),
    NUMBERED_ITEMS(InputKind.AGENDA_PACK, 2),
    DISPATCH_LETTER(InputKind.AGENDA_PACK, 3),
    PACK_STAMPS(InputKind.AGENDA_PACK, 2),
    PRINTED_PAGES(InputKind.AGENDA_PACK, 1),
    PACK_PAGE_NUMBERS(InputKind.AGENDA_PACK, 2),
    MINUTES_TITLE(InputKind.MINUTES, 4),
    ATTENDANCE(InputKind.MINUTES, 1),
    RESOLUTION(InputKind.MINUTES, 1);

    private final InputKind kind;
    private final int weight;

    SignalType(InputKind kind, int weight) {
        this.kind = kind;
        this.weight = weight;
    }

    public InputKind kind() {
        return kind;
    }

    public int weight() {
        return weight;
    }

    /** The name in the JSON: {@code agenda_heading}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Page furniture, which papers carry with or without a front sheet. */
    boolean furniture() {
        return this == PACK_STAMPS || this == PRINTED_PAGES || this == PACK_PAGE_NUMBERS;
    }

    /** Evidence of papers sent after the main agenda. */
    boolean supplement() {
        return this == DISPATCH_LETTER || this == SUPPLEMENT_HEADING;
    }
}
