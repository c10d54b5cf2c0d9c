package org.agendapack.segment;

/**
 * One piece of evidence for what an input is.
 *
 * @param type what was seen, which says what kind it speaks for and how much
 * @param page the physical page it was seen on, or null
 * @param text the line that gave it, or a summary for a signal of the whole input
 */
public record Signal(SignalType type, Integer page, String text) {

    public String name() {
        return type.label();
    }

    public InputKind kind() {
        return type.kind();
    }

    public int weight() {
        return type.weight();
    }
}
