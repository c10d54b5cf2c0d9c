package org.agendapack.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of words on a line, separated from its neighbours by a wide gap (PDF) or a TAB (text input).
 * A text-input cell may be empty, which keeps the columns of a TAB-separated row aligned.
 */
public record Cell(List<Word> words) {

    public Cell {
        words = List.copyOf(words);
    }

    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
