package org.agendapack.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A letter's or front sheet's contact block ({@code Ask for:}, {@code Telephone:}, {@code e-mail:}): a
 * {@code Date:} among them is the date the paper was sent, not the meeting's.
 */
public final class ContactBlock {

    /** A contact label anywhere in a line, as a column beside other text may put it. */
    public static final Pattern LABEL = Pattern.compile(
            "(?i)(?:^|\\s)" + Wording.alternation(Wording.CONTACT_LABELS) + "\\s*:");
    /**
     * An e-mail address. It is tried only where a run of the characters an address opens with starts, so a long
     * run without an {@code @} (a link, encoded data) is read once, not again from each of its characters. The
     * domain's parts are bounded: each repeat of a group is a level of recursion, and a long run of them (a
     * hostile line) would overflow the stack.
     */
    public static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+){1,8}");
    /** How far from a line a contact label makes it part of the block. */
    private static final int REACH = 2;

    private ContactBlock() {
    }

    /** Whether a contact label stands within a couple of lines of line {@code index}. */
    public static boolean around(List<PageLine> lines, int index) {
        for (int j = Math.max(0, index - REACH); j <= Math.min(lines.size() - 1, index + REACH); j++) {
            if (j != index && LABEL.matcher(lines.get(j).plainText()).find()) {
                return true;
            }
        }
        return false;
    }
}
