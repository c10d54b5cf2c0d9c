package org.agendapack.parse;

/**
 * Whether a minute's lines so far decide anything, as {@link DecisionParser#decide} would find, kept up to date
 * line by line: a minute is asked after each of its lines, and reading all of them again each time would make
 * a long minute cost the square of its length.
 *
 * <p>A keyword line, or an agreeing or noting phrase anywhere in the lines joined, decides for good. So does a
 * finished sentence that is only {@code Noted.}; the sentence still open decides only while nothing follows
 * it. Phrases are looked for in the joined text's last characters and the new line, sentences are split as
 * {@code decide} splits them ({@code . ! ?}, white space, a capital), so each line is read once. White space
 * runs count as one space, as they do for every pattern involved; lines are taken as stripped of white
 * space at their ends, as a minute's are.
 */
final class DecisionProgress {

    /** More than the longest agreeing or noting phrase, its white space as single spaces. */
    private static final int PHRASE_SPAN = 64;
    /** More than a sentence that is only {@code Noted.} with a space at either end. */
    private static final int SHORT_SENTENCE = 16;

    /** a keyword, a phrase or a finished {@code Noted.} was read: no later line undoes it */
    private boolean settled;
    private boolean started;
    /** the end of the joined text, at most {@link #PHRASE_SPAN} characters */
    private final StringBuilder tail = new StringBuilder();
    /** whether {@link #tail} holds the joined text from its start */
    private boolean tailFromStart = true;
    /** the open sentence's opening characters, at most {@link #SHORT_SENTENCE} */
    private final StringBuilder sentence = new StringBuilder();
    private boolean sentenceLong;
    /** the text ends with a sentence's stop and the white space after it */
    private boolean afterStop;
    private int last;

    void add(String line) {
        settled |= DecisionParser.RESOLVED.matcher(line.strip()).matches();
        String added = started ? " " + line : line;
        started = true;
        for (int i = 0; i < added.length(); ) {
            int codePoint = added.codePointAt(i);
            read(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!settled) {
            int start = tailFromStart ? 0 : 1;
            settled = DecisionParser.AGREED.matcher(tail).find(start) || DecisionParser.NOTED.matcher(tail).find(start);
        }
        if (tail.length() > PHRASE_SPAN) {
            tail.delete(0, tail.length() - PHRASE_SPAN);
            tailFromStart = false;
        }
    }

    /** Whether {@link DecisionParser#decide} on the lines so far would give a decision. */
    boolean decided() {
        return settled || isNotedAlone();
    }

    private void read(int codePoint) {
        // the white space of a pattern's \s
        boolean space = codePoint == ' ' || codePoint == '\t' || codePoint == '\n' || codePoint == 0x0B
                || codePoint == '\f' || codePoint == '\r';
        if (space) {
            afterStop |= last == '.' || last == '!' || last == '?';
        } else {
            if (afterStop && Character.getType(codePoint) == Character.UPPERCASE_LETTER) {
                settled |= isNotedAlone();
                sentence.setLength(0);
                sentenceLong = false;
            }
            afterStop = false;
        }
        last = codePoint;
        append(tail, codePoint, space);
        if (sentence.length() < SHORT_SENTENCE) {
            append(sentence, codePoint, space);
        } else {
            sentenceLong = true;
        }
    }

    private static void append(StringBuilder text, int codePoint, boolean space) {
        if (!space) {
            text.appendCodePoint(codePoint);
        } else if (text.length() == 0 || text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    private boolean isNotedAlone() {
        return !sentenceLong && DecisionParser.NOTED_ALONE.matcher(sentence.toString().strip()).find();
    }
}
