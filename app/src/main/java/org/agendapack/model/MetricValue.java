package org.agendapack.model;

/**
 * One number read from a table cell.
 *
 * @param value     the number, normalised ({@code 1,234} → 1234, {@code (5)} → −5, {@code £3.8bn} → 3.8e9)
 * @param unit      {@code percent}, {@code gbp}, {@code count}, {@code rate} or {@code number}
 * @param qualifier {@code <}, {@code >}, {@code ~} or null
 * @param rag       {@code red}, {@code amber}, {@code green} or null
 */
public record MetricValue(String raw, Double value, String unit, String qualifier, String rag) {
}
