package org.agendapack.model;

/**
 * The meeting an input belongs to: from the front sheet of an agenda pack, or from the header of printed
 * minutes. {@code date} is ISO ({@code 2018-09-25}) and {@code time} 24-hour ({@code 14:00}).
 */
public record Meeting(String body, String council, String date, String time, String venue,
                      Integer pageStart, Integer pageEnd, Integer printedPageStart, Integer printedPageEnd) {
}
