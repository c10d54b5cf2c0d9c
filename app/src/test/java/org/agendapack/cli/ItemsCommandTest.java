package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;

class ItemsCommandTest {

    private final CommandRunner runner = new CommandRunner();
    private final StringWriter err = runner.err;
    private final StringWriter out = runner.out;

    private int run(String... args) {
        return runner.run(args);
    }

    @Test
    void printsTheAgendaAsATable() {
        assertThat(run("items", Samples.file("000", ".pdf").toString())).isZero();

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).startsWith("Item").contains("Title", "Pages", "Documents");
        assertThat(lines[3]).startsWith("3 ").contains("Minutes of Previous meeting", "3-8", "d2 minutes 3-8");
        assertThat(lines[9]).startsWith("9 ").contains("verbal").endsWith("-");
        // long titles are shortened to keep the table readable
        assertThat(lines[5]).contains("Report on the Public Consultation").contains("…");
    }

    @Test
    void printsTheSameAsJson() throws Exception {
        assertThat(run("items", "--json", Samples.file("003", ".pdf").toString())).isZero();

        JsonNode items = new ObjectMapper().readTree(out.toString());
        assertThat(items).hasSize(10);
        JsonNode forwardPlan = items.get(9);
        assertThat(forwardPlan.get("number").asText()).isEqualTo("10");
        assertThat(forwardPlan.get("page_start").asInt()).isEqualTo(207);
        assertThat(forwardPlan.get("documents").get(0).get("kind").asText()).isEqualTo("report");
        assertThat(forwardPlan.get("documents").get(0).get("page_start").asInt()).isEqualTo(207);
    }

    @Test
    void aFileThatIsNotAPackIsRefusedWithItsReason() {
        assertThat(run("items", Samples.file("002", ".txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not an agenda pack (it reads as document)");
        assertThat(out.toString()).isEmpty();

        assertThat(run("items", "no-such.pdf")).isEqualTo(1);
        assertThat(err.toString()).contains("no-such.pdf: no such file");
    }
}
