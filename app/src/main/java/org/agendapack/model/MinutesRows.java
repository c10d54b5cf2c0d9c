package org.agendapack.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Minutes flattened to one row per minute, per resolution and per person, as spreadsheets and the CSV export
 * want them. Derived from a {@link Minutes} record, so there is one parser and one truth.
 */
public record MinutesRows(List<ItemRow> items, List<ResolutionRow> resolutions, List<AttendanceRow> attendance) {

    public MinutesRows {
        items = List.copyOf(items);
        resolutions = List.copyOf(resolutions);
        attendance = List.copyOf(attendance);
    }

    /** One minute. */
    public record ItemRow(String document, String number, String title, String agendaRef, String decision,
                          int resolutions, Integer pageStart, Integer pageEnd) {
    }

    /** One resolution, numbered from 1 within its minute. */
    public record ResolutionRow(String document, String minute, int index, String text) {
    }

    /**
     * One person: {@code present} (with their group) or {@code apologies}.
     *
     * @param forMinutes the minute numbers they attended for, separated by {@code ;}
     */
    public record AttendanceRow(String document, String status, String name, String organisation, String role,
                                String position, String group, String forMinutes) {
    }

    public static MinutesRows of(Minutes minutes) {
        List<ItemRow> items = new ArrayList<>();
        List<ResolutionRow> resolutions = new ArrayList<>();
        for (MinutesItem item : minutes.items()) {
            items.add(new ItemRow(minutes.document(), item.number(), item.title(), item.agendaRef(), item.decision(),
                    item.resolutions().size(), item.pageStart(), item.pageEnd()));
            for (int i = 0; i < item.resolutions().size(); i++) {
                resolutions.add(new ResolutionRow(minutes.document(), item.number(), i + 1, item.resolutions().get(i)));
            }
        }
        List<AttendanceRow> attendance = new ArrayList<>();
        for (Minutes.Attendee person : minutes.attendance()) {
            attendance.add(new AttendanceRow(minutes.document(), "present", person.name(), person.organisation(),
                    person.role(), person.position(), person.group(), String.join(";", person.forMinutes())));
        }
        for (Minutes.Apology person : minutes.apologies()) {
            attendance.add(new AttendanceRow(minutes.document(), "apologies", person.name(), person.organisation(),
                    null, null, null, ""));
        }
        return new MinutesRows(items, resolutions, attendance);
    }
}
