package org.agendapack.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tick boxes of a form option, in the many ways converters and fonts print them: ticked as
 * {@code X}, {@code x}, {@code □x}, {@code x□}, {@code \Box x}, 🗵, 🖾, ☒, ✓; not ticked as □, 🗆, 🗖, 🛘,
 * {@code \Box}, {@code \square}, ☐. A mark it does not know is reported, not guessed.
 */
public final class TickBoxes {

    /** An option's text and whether it is ticked; {@code unknownMarks} lists glyphs that were not understood. */
    public record Option(String text, boolean ticked, boolean marked, List<String> unknownMarks) {
    }

    private static final String EMPTY_BOXES = "□☐🗆🗖🛘❏❐";
    private static final String TICKED_BOXES = "☒☑🗵🖾🗷✓✔✗✘";
    private static final Pattern LATEX = Pattern.compile("\\$?\\\\(?:Box|square|boxtimes|checkmark|blacksquare)\\b\\$?");
    private static final Set<String> LATEX_TICKED = Set.of("boxtimes", "checkmark", "blacksquare");
    /** Letters that OCR leaves from a split word ({@code Well} read as {@code V} and {@code I}), not marks. */
    private static final Set<String> SPLIT_WORD_NOISE = Set.of("V", "I", "l", "|");

    private TickBoxes() {
    }

    /** Whether a text carries a tick-box mark of any kind. */
    public static boolean hasMark(String text) {
        return read(text).marked();
    }

    /**
     * The options in one cell, where several were printed together: a cell is cut after each mark that
     * follows an option ({@code Ageing Well ☐ All of the above}), or before each mark when the cell opens
     * with one ({@code ☐ Ageing Well ☐ All of the above}).
     */
    public static List<String> options(String cell) {
        String[] tokens = cell.strip().split("\\s+");
        boolean marksFirst = tokens.length > 1 && isMark(tokens[0], true);
        List<String> options = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            boolean mark = isMark(tokens[i], true);
            if (marksFirst && mark && current.length() > 0 && !isMark(tokens[i - 1], true)) {
                options.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(tokens[i]);
            boolean nextIsText = i + 1 < tokens.length && !isMark(tokens[i + 1], true);
            if (!marksFirst && mark && nextIsText && current.toString().contains(" ")) {
                options.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            options.add(current.toString());
        }
        return options;
    }

    private static boolean isMark(String token, boolean besideText) {
        Mark mark = mark(token, besideText);
        return mark == Mark.TICKED || mark == Mark.EMPTY;
    }

    public static Option read(String cell) {
        List<String> tokens = new ArrayList<>(List.of(cell.strip().split("\\s+")));
        boolean ticked = false;
        boolean marked = false;
        List<String> unknown = new ArrayList<>();
        // marks stand at either end of the option's text; strip them from both ends
        for (boolean changed = true; changed && !tokens.isEmpty(); ) {
            changed = false;
            for (int end : tokens.size() == 1 ? new int[] {0} : new int[] {tokens.size() - 1, 0}) {
                String token = tokens.get(end);
                Mark mark = mark(token, tokens.size() > 1);
                if (mark == Mark.NONE) {
                    continue;
                }
                tokens.remove(end);
                changed = true;
                marked |= mark == Mark.TICKED || mark == Mark.EMPTY;
                ticked |= mark == Mark.TICKED;
                if (mark == Mark.UNKNOWN) {
                    unknown.add(token);
                }
                break;
            }
        }
        return new Option(String.join(" ", tokens), ticked, marked, unknown);
    }

    private enum Mark { TICKED, EMPTY, UNKNOWN, NOISE, NONE }

    private static Mark mark(String token, boolean besideText) {
        String plain = token.replace("$", "");
        Matcher latex = LATEX.matcher(token);
        if (latex.matches()) {
            return LATEX_TICKED.stream().anyMatch(token::contains) ? Mark.TICKED : Mark.EMPTY;
        }
        if (plain.equals("X") || plain.equals("x")) {
            return besideText ? Mark.TICKED : Mark.NONE;
        }
        if (plain.matches("[" + EMPTY_BOXES + "][xX]|[xX][" + EMPTY_BOXES + "]")) {
            return Mark.TICKED;
        }
        if (!plain.isEmpty() && plain.codePoints().allMatch(c -> TICKED_BOXES.indexOf(new String(Character.toChars(c))) >= 0)) {
            return Mark.TICKED;
        }
        if (!plain.isEmpty() && plain.codePoints().allMatch(c -> EMPTY_BOXES.indexOf(new String(Character.toChars(c))) >= 0)) {
            return Mark.EMPTY;
        }
        if (besideText && SPLIT_WORD_NOISE.contains(plain)) {
            return Mark.NOISE;
        }
        if (plain.codePoints().count() == 1 && isSymbol(plain.codePointAt(0))) {
            return Mark.UNKNOWN;
        }
        return Mark.NONE;
    }

    private static boolean isSymbol(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.PRIVATE_USE || type == Character.MATH_SYMBOL
                || codePoint >= 0x1F300;
    }
}
