package org.agendapack.model;

import java.util.List;

/**
 * One minute: a numbered heading, its discussion and its decisions.
 *
 * @param number      the minute number as printed (they run on through the year), or null when the heading
 *                    is unnumbered or missing
 * @param agendaRef   the agenda item the minute names ({@code (Item 5)}), or null
 * @param text        the body, one paragraph per line
 * @param resolutions one string per resolution, or the decision sentences where no keyword is used
 * @param decision    {@code resolved}, {@code agreed}, {@code noted} or null
 * @param votes       a recorded vote, or null
 */
public record MinutesItem(String number, String title, String agendaRef, String text, List<String> resolutions,
                          String decision, Votes votes, Integer pageStart, Integer pageEnd, Integer printedPageStart,
                          Integer printedPageEnd) {

    public MinutesItem {
        resolutions = List.copyOf(resolutions);
    }

    /**
     * A recorded vote: counts, and names where printed.
     *
     * @param outcome what the minutes say came of it ({@code Motion carried}), or null
     */
    public record Votes(Integer forCount, Integer against, Integer abstain, List<String> forNames,
                        List<String> againstNames, List<String> abstainNames, String outcome) {
        public Votes {
            forNames = List.copyOf(forNames);
            againstNames = List.copyOf(againstNames);
            abstainNames = List.copyOf(abstainNames);
        }
    }
}
