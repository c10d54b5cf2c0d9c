package org.agendapack.segment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Small facts about the shape of printed text, shared by the parsers. */
public final class TextShape {

    private TextShape() {
    }

    /** Whether a text is set in capitals, as headings often are: nearly all its letters (and a few) upper case. */
    public static boolean isCapitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 3 && upper * 100 >= letters * 80;
    }

    /**
     * Whether a text is set as a title is: each of its longer words (four letters and more) starts with a
     * capital, the short ones ({@code of}, {@code the}) aside.
     */
    public static boolean isTitleCase(String text) {
        String[] words = text.split("\\s+");
        return words.length >= 1 && Arrays.stream(words).filter(word -> word.length() >= 4)
                .allMatch(word -> Character.isUpperCase(word.codePointAt(0)) || !Character.isLetter(word.codePointAt(0)));
    }

    /** Words that say nothing about which paper a title names. */
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "a", "an", "to", "for", "in", "on",
            "report", "update", "&", "-", "–");

    /** The words of a title that tell it from others: lower case, without the stop words. */
    public static Set<String> titleWords(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word)).collect(Collectors.toSet());
    }

    /** The words two titles share. */
    public static Set<String> sharedWords(String a, String b) {
        Set<String> common = new HashSet<>(titleWords(a));
        common.retainAll(titleWords(b));
        return common;
    }

    /** The share of the shorter title's words that the other title has too (1 when either has none). */
    public static double overlap(String a, String b) {
        int shorter = Math.min(titleWords(a).size(), titleWords(b).size());
        return shorter == 0 ? 1 : (double) sharedWords(a, b).size() / shorter;
    }

    /** The first of some page numbers, or null when there are none. */
    public static Integer first(List<Integer> pages) {
        return pages.isEmpty() ? null : pages.get(0);
    }

    /** The last of some page numbers, or null when there are none. */
    public static Integer last(List<Integer> pages) {
        return pages.isEmpty() ? null : pages.get(pages.size() - 1);
    }
}
