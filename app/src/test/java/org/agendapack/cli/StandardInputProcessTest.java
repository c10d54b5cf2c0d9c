package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agendapack.batch.CommandProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard input as a shell hands it over: {@code agendapack extract --stdout - < minutes.txt}. */
class StandardInputProcessTest {

    private static final Duration GUARD = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aPipedFileIsExtractedToStandardOutput() throws Exception {
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Borsetshire Council\n"
                + "Minutes of the Parish Liaison Committee\n1. Apologies\nNone were received.\n");

        CommandProcess.Result run = CommandProcess.run(GUARD, dir, minutes, environment -> { },
                "extract", "--stdout", "-");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode pack = new ObjectMapper().readTree(run.stdout());
        assertThat(pack.path("source").path("file").asText()).isEqualTo("stdin");
        assertThat(pack.path("source").path("sha256").asText()).hasSize(64);
    }
}
