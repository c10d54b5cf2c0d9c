package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.Minutes.Apology;
import org.agendapack.model.Minutes.Attendee;

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

    private PeopleParser() {
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
        List<String> parts = Arrays.stream(SEPARATOR.split(rest)).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
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
        List<Apology> people = new ArrayList<>();
        for (String entry : splitList(text.strip().replaceAll("[.;]+$", ""))) {
            String name = entry.strip().replaceFirst("^(?i)and\\s+", "");
            String organisation = null;
            Matcher parenthesis = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$").matcher(name);
            if (parenthesis.matches()) {
                name = parenthesis.group(1).strip();
                organisation = parenthesis.group(2).strip();
            }
            if (!name.isEmpty()) {
                people.add(new Apology(name, organisation));
            }
        }
        return people;
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
