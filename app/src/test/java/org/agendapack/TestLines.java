package org.agendapack;

import java.util.Arrays;
import java.util.List;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Word;

/** Lines as a text conversion gives them: TAB between cells (empty ones kept), spaces between words. */
public final class TestLines {

    private TestLines() {
    }

    public static Line line(String text) {
        return Line.horizontal(Arrays.stream(text.split("\t", -1))
                .map(cell -> new Cell(Arrays.stream(cell.split(" ")).filter(word -> !word.isEmpty())
                        .map(word -> Word.plain(word, false)).toList()))
                .toList());
    }

    /** A line whose words are all bold, as a bold title is. */
    public static Line bold(String text) {
        return Line.horizontal(line(text).cells().stream()
                .map(cell -> new Cell(cell.words().stream().map(word -> Word.plain(word.text(), true)).toList()))
                .toList());
    }

    public static List<Line> lines(String... texts) {
        return Arrays.stream(texts).map(TestLines::line).toList();
    }
}
