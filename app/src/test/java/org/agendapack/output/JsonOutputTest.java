package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.agendapack.model.PageRecord;
import org.agendapack.model.SourceInfo;
import org.agendapack.model.Warning;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    private static Pack pack() {
        return new Pack(Pack.SCHEMA, new SourceInfo("000.pdf", "ab12", "pdf", 1), "agenda_pack",
                new Meeting("Cabinet", null, "2020-03-05", "10:30", "Town Hall £", 1, 1, null, null),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new PageRecord(1, null, null, "content", null, true, 594.96, 841.92, 0, "Agenda")),
                List.of(new Warning("MEETING_DATE_MISSING", "x", null)));
    }

    @Test
    void fieldsAreSnakeCaseInSchemaOrderWithNullsKept() {
        String json = new String(JsonOutput.toBytes(pack()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"schema\": \"agendapack/1\",\n  \"source\": {\n    \"file\": \"000.pdf\"");
        assertThat(json).containsSubsequence("\"kind\": \"agenda_pack\"", "\"meeting\"", "\"agenda_items\": [ ]",
                "\"documents\"", "\"minutes\"", "\"cover_sheets\"", "\"tables\"", "\"pages\"", "\"warnings\"");
        assertThat(json).contains("\"page_count\": 1", "\"council\": null", "\"printed_page\": null",
                "\"printed_page_start\": null", "\"public_document_pack\": true", "\"venue\": \"Town Hall £\"");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void withoutTextThePagesHaveNoTextField() {
        String json = new String(JsonOutput.toBytes(pack().withoutPageText()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\"text\"").contains("\"printed_page\": null");
    }
}
