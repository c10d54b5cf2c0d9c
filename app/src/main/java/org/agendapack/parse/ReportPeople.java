package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.segment.ReportWording;
import org.agendapack.segment.Wording;

/**
 * The people a report header's value names, without their posts: {@code Ruth Archer, (Acting) Interim
 * Accountable Officer, Borsetshire ICB and Robert Snell, Director of …} names Ruth Archer and Robert Snell;
 * {@code Director of Transport} names nobody. A name is two to four capitalised words (a title such as
 * {@code Cllr} kept before them) at the start of the value, of one of its lines, after {@code and}, {@code &}
 * or {@code ;}, or after a title; none of its words may be one of a post or a body
 * ({@link ReportWording#NOT_NAME_WORDS}), and a post must follow it ({@code , Head of Policy},
 * {@code (Director of Public Health)}) unless it stands alone, has a title, or another name or a label
 * ({@code Tel:}) follows; a name cut short by such a word is part of a post ({@code Responsible Financial Officer}).
 */
final class ReportPeople {

    private static final String TITLES = "(?i:" + Wording.alternation(ReportWording.PERSON_TITLES) + ")";
    private static final Pattern START = Pattern.compile(
            "(?:^|\\n|\\band\\b|&|;)\\s*|(?<=^|\\s)(?=" + TITLES + "\\s)");
    private static final Pattern NAME = Pattern.compile(
            "^(?:(" + TITLES + ")[ \\t]+)?(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){1,4})");
    private static final Pattern NOT_NAME = Pattern.compile(
            "(?i)^" + Wording.alternation(ReportWording.NOT_NAME_WORDS) + "$");
    private static final Pattern POST = Pattern.compile(
            "(?i)\\b" + Wording.alternation(ReportWording.POST_WORDS) + "\\b");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern NEXT_NAME = Pattern.compile("^\\s*(?:and\\b|&|;)");
    /** Another field's label straight after the name ({@code Tel:}, {@code Email:}). */
    private static final Pattern NEXT_LABEL = Pattern.compile("^[\\s,]*\\p{L}[\\p{L}. -]{0,20}:");
    private static final int MIN_NAME_WORDS = 2;

    private ReportPeople() {
    }

    /** The people the value's lines name, in order, each once. */
    static List<String> named(List<String> lines) {
        String text = String.join("\n", lines);
        Set<String> names = new LinkedHashSet<>();
        Matcher start = START.matcher(text);
        while (start.find()) {
            String name = nameAt(text.substring(start.end()));
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** The name the text opens with, if it is one by the rules of the class comment. */
    private static String nameAt(String text) {
        Matcher name = NAME.matcher(text);
        if (!name.find()) {
            return null;
        }
        String[] words = name.group(2).split("[ \\t]+");
        if (text.startsWith(":", name.end(2))) {
            // the last word is the next field's label (Jane Doe Tel: 01234 …)
            words = Arrays.copyOf(words, words.length - 1);
        }
        int kept = 0;
        while (kept < words.length && !NOT_NAME.matcher(words[kept].replaceAll("[.’']+$", "")).matches()) {
            kept++;
        }
        boolean titled = name.group(1) != null;
        // a name runs to its own end; one cut short by a post's word is part of the post (Responsible Financial Officer)
        if (kept < MIN_NAME_WORDS || kept < words.length && !titled) {
            return null;
        }
        Matcher word = WORD.matcher(text);
        word.region(name.start(2), text.length());
        for (int i = 0; i < kept; i++) {
            word.find();
        }
        String person = text.substring(name.start(2), word.end()).replaceAll("\\s+", " ");
        String rest = text.substring(word.end()).replace('\n', ' ');
        if (!titled && !alone(rest) && !NEXT_NAME.matcher(rest).find() && !postFollows(rest)
                && !NEXT_LABEL.matcher(rest).find()) {
            return null;
        }
        return (titled ? name.group(1) + " " : "") + person.replaceAll("[,.]+$", "");
    }

    private static boolean alone(String rest) {
        return rest.replaceAll("[\\s,.;]+", "").isEmpty();
    }

    /** A post straight after the name, or in the part after its comma, dash or bracket. */
    private static boolean postFollows(String rest) {
        String after = rest.replaceFirst("^\\s*[,(\\-–—]?\\s*", "");
        int end = after.indexOf(',', after.startsWith("(") ? after.indexOf(')') + 1 : 0);
        String part = end < 0 ? after : after.substring(0, end);
        return POST.matcher(part.toLowerCase(Locale.ROOT)).find();
    }
}
