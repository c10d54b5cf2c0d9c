package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.Minutes.Apology;
import org.agendapack.model.Minutes.Attendee;
import org.agendapack.segment.Wording;

/**
 * Reads people as minutes list them: {@code Name, Position, Organisation (Chairman) (for minute 5)}, several
 * of them run together on one line, and lists such as {@code A (Org), B (Org) and C (Org)}.
 */
public final class PeopleParser {

    private static final Pattern FOR_MINUTES = Pattern.compile(
            "(?i)\\(\\s*(?:for\\s+)?(?:minutes?|items?)\\s+([\\d,\\s]+(?:and\\s+\\d+)?)\\)");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\(\\s*((?:vice[- ]?)?chair(?:man|woman|person)?|substitute|deputi[sz]ing[^)]*|deputy[^)]*)\\s*\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+[–—-]\\s+");
    private static final Set<String> TITLES = Set.of("Councillor", "Cllr", "Cllr.", "Dr", "Dr.", "Mr", "Mrs", "Ms",
            "Miss", "Professor", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev", "Revd");
    /** Words that end an organisation's or a position's name, after which a new person may start. */
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("Council", "CCG", "Group", "Trust", "Service",
            "Services", "Partnership", "Healthwatch", "CVS", "Police", "Board", "Authority", "Alliance",
            "Ltd", "representative", "Representative", "Hospital", "Foundation", "University",
            "Commissioner", "Centre", "Agency", "Association", "Forum", "Network");

    private static final Pattern PLURAL_TITLE = Pattern.compile("(?i)^" + Wording.alternation(Wording.PLURAL_TITLES)
            + "\\s+");
    private static final Pattern HONOUR = Pattern.compile("^" + Wording.alternation(Wording.HONOURS) + "$");
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    /** A name in a list is a few words; a longer entry is a sentence. */
    private static final int MAX_NAME_WORDS = 6;

    private PeopleParser() {
    }

    /**
     * Whether a text is a list of names ({@code Councillors R Archer (Chair), T Grundy and L Snell}) rather than
     * one person with a position and an organisation: several short entries, each opening with a capital.
     */
    public static boolean isNameList(String text) {
        List<String> entries = withHonours(splitList(text.replaceAll("\\([^)]*\\)", "").replaceAll("[.;]+$", "")));
        return entries.size() >= 2 && entries.stream().map(entry -> entry.replaceFirst("^(?i)and\\s+", "").strip())
                .allMatch(entry -> !entry.isEmpty() && Character.isUpperCase(entry.charAt(0))
                        && entry.split("\\s+").length <= MAX_NAME_WORDS);
    }

    /**
     * The people of a list of names. A plural title written once ({@code Councillors}, {@code Cllrs}) goes with
     * every name after it; a role in brackets is the role, other words in brackets the person's organisation
     * (when they name one) or position.
     */
    public static List<Attendee> nameListAttendees(String text, String group) {
        List<Attendee> people = new ArrayList<>();
        String shared = null;
        for (String entry : withHonours(splitList(text.strip().replaceAll("[.;]+$", "")))) {
            String rest = entry.replaceFirst("^(?i)and\\s+", "").strip();
            Matcher plural = PLURAL_TITLE.matcher(rest);
            if (plural.find()) {
                shared = singular(plural.group().strip());
                rest = rest.substring(plural.end());
            }
            Matcher roleMatch = ROLE.matcher(rest);
            String role = roleMatch.find() ? capitalise(roleMatch.group(1).strip()) : null;
            rest = ROLE.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
            String organisation = null;
            String position = null;
            Matcher bracket = IN_PARENTHESES.matcher(rest);
            if (bracket.matches()) {
                rest = bracket.group(1).strip();
                String inside = bracket.group(2).strip();
                organisation = endsOrganisation(inside.substring(inside.lastIndexOf(' ') + 1)) ? inside : null;
                position = organisation == null ? inside : null;
            }
            boolean titled = isTitle(rest.split("\\s+")[0]);
            String name = shared != null && !titled ? shared + " " + rest : rest;
            if (!rest.isEmpty()) {
                people.add(new Attendee(name, organisation, role, position, group, List.of()));
            }
        }
        return people;
    }

    /** {@code Councillors} is {@code Councillor} for each; {@code Cllrs} is {@code Cllr}. */
    private static String singular(String plural) {
        String word = plural.replaceAll("\\.$", "");
        return word.equalsIgnoreCase("messrs") ? "Mr" : word.substring(0, word.length() - 1);
    }

    /** A list's entries with an honour split off by its comma ({@code …, OBE}) put back with its name. */
    private static List<String> withHonours(List<String> entries) {
        List<String> joined = new ArrayList<>();
        for (String entry : entries) {
            if (HONOUR.matcher(entry.strip()).matches() && !joined.isEmpty()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + ", " + entry.strip());
            } else {
                joined.add(entry);
            }
        }
        return joined;
    }

    /** The people on one line of an attendance list, split where several were run together. */
    public static List<Attendee> attendees(String line, String group) {
        return splitRunTogether(line).stream().map(text -> attendee(text, group)).toList();
    }

    /** One person: {@code Name, Position, Organisation (Role) (for minute N)}. */
    public static Attendee attendee(String text, String group) {
        String rest = text.strip();
        List<String> forMinutes = new ArrayList<>();
        Matcher minutes = FOR_MINUTES.matcher(rest);
        while (minutes.find()) {
            Arrays.stream(minutes.group(1).split("[,\\s]+|and")).filter(number -> !number.isBlank())
                    .forEach(forMinutes::add);
        }
        rest = FOR_MINUTES.matcher(rest).replaceAll(" ");
        Matcher roleMatch = ROLE.matcher(rest);
        String role = roleMatch.find() ? capitalise(roleMatch.group(1).strip()) : null;
        rest = ROLE.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip().replaceAll("[.,;]+$", "");
        Matcher plural = PLURAL_TITLE.matcher(rest);
        rest = plural.find() ? singular(plural.group().strip()) + " " + rest.substring(plural.end()) : rest;
        Matcher bracket = IN_PARENTHESES.matcher(rest);
        if (bracket.matches() && !bracket.group(1).contains(",")) {
            // Name (Position): the brackets hold the position, or the organisation when they name one
            String inside = bracket.group(2).strip();
            boolean organisation = endsOrganisation(inside.substring(inside.lastIndexOf(' ') + 1));
            return new Attendee(bracket.group(1).strip(), organisation ? inside : null, role,
                    organisation ? null : inside, group, forMinutes);
        }
        List<String> parts = withHonours(Arrays.stream(SEPARATOR.split(rest)).map(String::strip)
                .filter(part -> !part.isEmpty()).toList());
        if (parts.isEmpty()) {
            return new Attendee(rest, null, role, null, group, forMinutes);
        }
        String organisation = parts.size() > 1 ? parts.get(parts.size() - 1) : null;
        String position = parts.size() > 2 ? String.join(", ", parts.subList(1, parts.size() - 1)) : null;
        return new Attendee(parts.get(0), organisation, role, position, group, forMinutes);
    }

    /** A row of an attendance table: name, position, organisation. */
    public static Attendee fromTableRow(List<String> cells, String group) {
        Attendee named = attendee(cells.get(0), group);
        String position = cells.size() > 1 ? cells.get(1) : null;
        String organisation = cells.size() > 2 ? cells.get(2) : null;
        String role = named.role() != null ? named.role()
                : position != null && position.matches("(?i)^(?:vice[- ]?)?chair(?:man|woman|person)?\\b.*")
                ? capitalise(position.split("\\s+")[0]) : null;
        return new Attendee(named.name(), organisation, role, position, group, named.forMinutes());
    }

    /**
     * A list of names with their organisations, as in {@code A (Org), B (Org) and C (Org)} or
     * {@code Dr A Smith and B Jones.}; commas inside parentheses do not split.
     */
    public static List<Apology> nameList(String text) {
        return nameListAttendees(text, null).stream().map(person -> new Apology(person.name(),
                person.organisation() != null ? person.organisation() : person.position())).toList();
    }

    private static List<String> splitList(String text) {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean comma = c == ',' && depth == 0;
            boolean and = depth == 0 && text.startsWith(" and ", i);
            if (comma || and) {
                entries.add(text.substring(start, i));
                start = i + (comma ? 1 : 5);
            }
        }
        entries.add(text.substring(start));
        return entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    /**
     * Splits a line holding several people. A new person starts at a capitalised word after a closing
     * parenthesis or after a word that ends an organisation's name, once the person before has a separator
     * (so has an organisation or position), and provided what follows reads as a person too.
     */
    static List<String> splitRunTogether(String line) {
        String[] words = line.strip().split("\\s+");
        List<String> people = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (current.length() > 0 && startsPerson(words, i, current.toString())) {
                people.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(word);
        }
        if (current.length() > 0) {
            people.add(current.toString());
        }
        return people;
    }

    private static boolean startsPerson(String[] words, int index, String before) {
        String word = words[index];
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String previous = words[index - 1];
        if (previous.endsWith(",")) {
            // what follows a comma is the same person's position or organisation
            return false;
        }
        boolean afterParenthesis = previous.endsWith(")");
        boolean afterOrganisation = endsOrganisation(previous)
                && (before.contains(",") || SEPARATOR.matcher(before).find());
        if (!afterParenthesis && !afterOrganisation) {
            return false;
        }
        if (endsOrganisation(word)) {
            return false;
        }
        String after = String.join(" ", Arrays.copyOfRange(words, index, Math.min(words.length, index + 6)));
        boolean titled = TITLES.contains(word);
        boolean named = after.matches("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s*(?:,|[–—-]\\s|\\().*")
                || after.matches("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}$");
        return titled || named;
    }

    private static String capitalise(String text) {
        String lower = text.toLowerCase();
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : lower.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == ' ';
        }
        return out.toString().replace("Vice Chair", "Vice-Chair");
    }

    /** Whether a word ends an organisation's name ({@code Council}, {@code CCG}, {@code Trust}, ...). */
    static boolean endsOrganisation(String word) {
        return ORGANISATION_ENDINGS.contains(word.replaceAll("[.,;]+$", ""));
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }
}
