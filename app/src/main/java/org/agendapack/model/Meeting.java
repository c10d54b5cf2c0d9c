package org.agendapack.model;

/**
 * The meeting an input belongs to: from the front sheet of an agenda pack, or from the header of printed
 * minutes. {@code date} is ISO ({@code 2018-09-25}) and {@code time} 24-hour ({@code 14:00}).
 *
 * @param timeNote  what the paper adds to the time, such as {@code or on the rising of the Council, whichever
 *                  is the later}
 * @param published the date the paper itself carries (a letter's or front sheet's own date), never the
 *                  meeting's
 */
public record Meeting(String body, String council, String date, String time, String timeNote, String venue,
                      String published,
                      Integer pageStart, Integer pageEnd, Integer printedPageStart, Integer printedPageEnd) {
}
