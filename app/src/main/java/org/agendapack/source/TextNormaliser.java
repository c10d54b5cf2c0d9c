package org.agendapack.source;

import java.text.Normalizer;

/**
 * Text as a reader sees it: compatibility forms folded to the plain characters they stand for (Unicode NFKC),
 * as PDFBox's own text stripper folds ligatures. So {@code ﬁ} is {@code fi}, full-width {@code １２} is
 * {@code 12}, and a non-breaking, thin or other Unicode space is a plain space, which breaks words.
 *
 * <p>Two kinds of character keep their form, because folding them changes what they read as: numbers that are
 * not plain digits ({@code 15½} would read {@code 151⁄2}, and a footnote mark {@code ¹} would become a digit
 * glued to its word), and spacing accents, which NFKC turns into a space and a combining mark (so
 * {@code don´t}, typed with an accent for an apostrophe, would become two words).
 */
final class TextNormaliser {

    /** Everything below this (ASCII and the C1 controls) is its own NFKC form. */
    private static final int FIRST_FOLDABLE = 0xA0;

    private TextNormaliser() {
    }

    static String normalise(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int next = index + Character.charCount(codePoint);
            if (keepsItsForm(codePoint)) {
                out.append(nfkc(text.substring(start, index))).appendCodePoint(codePoint);
                start = next;
            }
            index = next;
        }
        return out.append(nfkc(text.substring(start))).toString();
    }

    private static boolean keepsItsForm(int codePoint) {
        if (codePoint < FIRST_FOLDABLE) {
            return false;
        }
        if (Character.getType(codePoint) == Character.OTHER_NUMBER) {
            return true;
        }
        return !Character.isSpaceChar(codePoint) && nfkc(Character.toString(codePoint)).startsWith(" ");
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
