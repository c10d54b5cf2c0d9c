package org.agendapack.segment;

/**
 * One piece of evidence for what an input is.
 *
 * @param name   a stable name, such as {@code agenda_heading}
 * @param kind   the kind of input it speaks for
 * @param weight how much it counts
 * @param page   the physical page it was seen on, or null
 * @param text   the line that gave it, or null for a signal of the whole input
 */
public record Signal(String name, InputKind kind, int weight, Integer page, String text) {
}
