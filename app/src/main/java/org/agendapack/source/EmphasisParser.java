package org.agendapack.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one line of markdown-flavoured text into cells of words, with {@code **bold**} (and
 * {@code ***bold italic***}) as the words' bold flag. Bold may open on one line and close on a later one
 * within the same paragraph, so the parser keeps that state between lines; a blank line resets it.
 */
final class EmphasisParser {

    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])[*_](?=\\S)([^*_]+?)(?<=\\S)[*_](?![\\w*])");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

    private boolean bold;

    /** Cells of the line; a TAB separates cells, and empty cells are kept so columns stay aligned. */
    List<Cell> parse(String text) {
        if (text.isBlank()) {
            bold = false;
            return List.of();
        }
        String line = text;
        boolean heading = HEADING.matcher(line).find();
        if (heading) {
            line = HEADING.matcher(line).replaceFirst("");
        }
        line = ITALIC.matcher(line).replaceAll("$1");
        String[] parts = line.split("\t", -1);
        List<Cell> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(new Cell(words(part, heading)));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private List<Word> words(String cellText, boolean heading) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentBold = false;
        int i = 0;
        while (i < cellText.length()) {
            char c = cellText.charAt(i);
            if (c == '*' && i + 1 < cellText.length() && cellText.charAt(i + 1) == '*') {
                int run = 2;
                while (i + run < cellText.length() && cellText.charAt(i + run) == '*') {
                    run++;
                }
                bold = !bold;
                i += run;
                continue;
            }
            if (Character.isWhitespace(c)) {
                addWord(words, current, currentBold || heading);
            } else {
                if (current.length() == 0) {
                    currentBold = bold;
                }
                current.append(c);
            }
            i++;
        }
        addWord(words, current, currentBold || heading);
        return words;
    }

    private static void addWord(List<Word> words, StringBuilder text, boolean bold) {
        if (text.length() > 0) {
            words.add(Word.plain(text.toString(), bold));
            text.setLength(0);
        }
    }
}
