package org.agendapack.model;

import java.util.List;

/**
 * Why an input was given its kind: the signals found, each with the kind it speaks for.
 *
 * @param kind     the kind decided, as in {@link Pack#kind()}
 * @param evidence every signal found in the input, strongest first
 */
public record Classification(String kind, List<Evidence> evidence) {

    public Classification {
        evidence = List.copyOf(evidence);
    }

    /**
     * One signal.
     *
     * @param signal a stable name, such as {@code agenda_heading} or {@code dispatch_letter}
     * @param kind   the kind it speaks for
     * @param weight how much it counts towards that kind
     * @param page   the physical page it was found on, null in text input or for whole-input signals
     * @param line   the line that gave it, or a summary for a signal of the whole input
     */
    public record Evidence(String signal, String kind, int weight, Integer page, String line) {
    }
}
