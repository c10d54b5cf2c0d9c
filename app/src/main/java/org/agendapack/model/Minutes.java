package org.agendapack.model;

import java.util.List;

/**
 * The minutes of one meeting: who attended, what was discussed and what was decided.
 *
 * @param document   the id of the minutes document
 * @param agendaItem the agenda item the minutes are papers for (null for minutes published on their own)
 * @param startTime  24-hour time the meeting began, as the minutes print it, or null
 * @param chair      who signed the minutes as chair, else the attendee marked as chair
 */
public record Minutes(String document, String agendaItem, String body, String meetingDate, String venue,
                      String startTime, String endTime, String chair, List<Attendee> attendance,
                      List<Apology> apologies, List<MinutesItem> items, Integer pageStart, Integer pageEnd,
                      Integer printedPageStart, Integer printedPageEnd) {

    public Minutes {
        attendance = List.copyOf(attendance);
        apologies = List.copyOf(apologies);
        items = List.copyOf(items);
    }

    /**
     * A person recorded as present.
     *
     * @param role       {@code Chairman}, {@code Vice-Chairman}, {@code Substitute} and the like, or null
     * @param position   the job title printed between the name and the organisation, or null
     * @param group      the heading the person is listed under ({@code Voting Members}), or null
     * @param forMinutes the minute numbers a person attended for ({@code (for minute 5)})
     */
    public record Attendee(String name, String organisation, String role, String position, String group,
                           List<String> forMinutes) {
        public Attendee {
            forMinutes = List.copyOf(forMinutes);
        }
    }

    /** A person who sent apologies. */
    public record Apology(String name, String organisation) {
    }
}
