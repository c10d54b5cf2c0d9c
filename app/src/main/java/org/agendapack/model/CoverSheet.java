package org.agendapack.model;

import java.util.List;
import java.util.Map;

/**
 * The form or header a report opens with: a report cover sheet, or a report header ({@code ITEM: N} block,
 * cabinet-style {@code REPORT TO:} header). Holds what the sheet says, even where the agenda says otherwise.
 *
 * @param style      {@code cover_sheet} or {@code report_header}
 * @param purpose    the ticked options of {@code Is this report for:}, lower case
 * @param keyDecision true/false where the sheet says, else null
 * @param publicReport    whether the report is public: as the sheet says, else as the agenda's part gives it
 * @param fields     every label as printed (white space collapsed) with its value, or its ticked options
 */
public record CoverSheet(String document, String agendaItem, String style, String title, String meetingDate,
                         String author, String contact, String lead, String reportOf, String portfolioHolder,
                         String wards, List<String> purpose, Boolean keyDecision,
                         @com.fasterxml.jackson.annotation.JsonProperty("public") Boolean publicReport,
                         List<String> priorities, List<String> principles, List<String> recommendations,
                         Map<String, Object> fields, Integer pageStart, Integer pageEnd, Integer printedPageStart,
                         Integer printedPageEnd) {

    public CoverSheet {
        purpose = List.copyOf(purpose);
        priorities = List.copyOf(priorities);
        principles = List.copyOf(principles);
        recommendations = List.copyOf(recommendations);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
