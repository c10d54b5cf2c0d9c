package org.agendapack.segment;

/** Something the segment stage noticed that the user should know; {@code page} is a page index or null. */
public record SegmentWarning(String code, String message, Integer page) {
}
