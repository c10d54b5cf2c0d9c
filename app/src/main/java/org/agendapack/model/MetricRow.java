package org.agendapack.model;

/**
 * One metric value in tidy, long format: which pack, meeting, item and table it comes from, its row and
 * column labels, and the value read from the cell.
 */
public record MetricRow(String pack, String meetingDate, String agendaItem, String table, String caption,
                        String rowLabel, String columnLabel, String raw, Double value, String unit,
                        String qualifier, String rag, Integer page) {
}
