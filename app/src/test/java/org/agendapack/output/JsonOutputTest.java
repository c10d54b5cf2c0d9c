package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agendapack.model.Classification;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.agendapack.model.PageRecord;
import org.agendapack.model.SourceInfo;
import org.agendapack.model.Warning;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    private static Pack pack() {
        return new Pack(Pack.SCHEMA, new SourceInfo("000.pdf", "ab12", "pdf", 1, null), "agenda_pack",
                "front_sheet",
                new Classification("agenda_pack", List.of(new Classification.Evidence("agenda_heading", "agenda_pack",
                        2, 1, "Agenda"))),
                new Meeting("Cabinet", null, "2020-03-05", "10:30", null, "Town Hall £", "2020-02-24", 1, 1, null,
                        null),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new PageRecord(1, null, null, "content", null, true, 594.96, 841.92, 0, "Agenda")),
                List.of(new Warning("MEETING_DATE_MISSING", "x", null)));
    }

    @Test
    void fieldsAreSnakeCaseInSchemaOrderWithNullsKept() {
        String json = new String(JsonOutput.toBytes(pack()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"schema\": \"agendapack/1\",\n  \"source\": {\n    \"file\": \"000.pdf\"");
        assertThat(json).containsSubsequence("\"kind\": \"agenda_pack\"", "\"pack_kind\": \"front_sheet\"",
                "\"classification\"", "\"evidence\"", "\"signal\": \"agenda_heading\"", "\"meeting\"",
                "\"time_note\": null", "\"published\": \"2020-02-24\"", "\"agenda_items\": [ ]",
                "\"documents\"", "\"minutes\"", "\"cover_sheets\"", "\"tables\"", "\"pages\"", "\"warnings\"");
        assertThat(json).contains("\"page_count\": 1,\n    \"encoding\": null\n", "\"council\": null",
                "\"printed_page\": null", "\"printed_page_start\": null", "\"public_document_pack\": true",
                "\"venue\": \"Town Hall £\"");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void withoutTextThePagesHaveNoTextField() {
        String json = new String(JsonOutput.toBytes(pack().withoutPageText()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\"text\"").contains("\"printed_page\": null");
    }

    @Test
    void writtenToAStreamItIsTheSameBytesAndTheStreamStaysOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };

        JsonOutput.write(pack(), out);
        out.write('.');

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(new String(JsonOutput.toBytes(pack()), StandardCharsets.UTF_8) + ".");
    }

    @Test
    void aLoneSurrogateInDamagedTextBecomesAQuestionMark() {
        String json = new String(JsonOutput.toBytes(List.of(new Warning("X", "bad \uD800 text", null))),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"bad ? text\"");
    }
}
