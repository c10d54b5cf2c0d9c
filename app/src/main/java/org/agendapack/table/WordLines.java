package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Word;

/** Words grouped into the text lines of a table: those on one baseline, left to right, lines top to bottom. */
final class WordLines {

    /** Words whose baselines are this close stand on one line (superscripts and rounding aside). */
    private static final double BASELINE = 2.5;
    /** Thousands groups are bounded: each is a level of the pattern's recursion, and the stack has an end. */
    private static final String NUMBER = "[£$€]?(?:\\d{1,3}(?:,\\d{3}){1,7}|\\d+)(?:\\.\\d+)?%?[kKmM]?";
    private static final Pattern FIGURE = Pattern.compile("[-−+]?" + NUMBER + "|\\(" + NUMBER + "\\)");

    private WordLines() {
    }

    static List<List<Word>> of(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(word -> word.box().bottom()));
        List<List<Word>> lines = new ArrayList<>();
        double lineBottom = Double.NEGATIVE_INFINITY;
        for (Word word : sorted) {
            if (lines.isEmpty() || word.box().bottom() - lineBottom > BASELINE) {
                lines.add(new ArrayList<>());
                lineBottom = word.box().bottom();
            }
            lines.get(lines.size() - 1).add(word);
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(word -> word.box().x())));
        return lines;
    }

    static double top(List<Word> line) {
        return line.stream().mapToDouble(word -> word.box().y()).min().orElse(0);
    }

    static double bottom(List<Word> line) {
        return line.stream().mapToDouble(word -> word.box().bottom()).max().orElse(0);
    }

    /** Whether a word is a figure: a number as tables print it, with sign, currency, separators, brackets or %. */
    static boolean isFigure(String text) {
        return FIGURE.matcher(text).matches();
    }
}
