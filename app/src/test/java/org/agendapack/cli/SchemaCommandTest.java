package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.stream.Stream;
import org.agendapack.output.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaCommandTest {

    static Stream<String> names() {
        return Schemas.NAMES.stream();
    }

    @Test
    void runPrintsTheRunReportsSchemaAsTheJarHoldsIt() throws Exception {
        CommandRunner runner = new CommandRunner();

        int code = runner.run("schema", "run");

        assertThat(code).isZero();
        assertThat(runner.out.toString()).isEqualTo(Schemas.text("run").orElseThrow());
        assertThat(new ObjectMapper().readTree(runner.out.toString()).get("$id").asText())
                .isEqualTo("urn:agendapack:schema:agendapack-run-1");
        assertThat(runner.err.toString()).isEmpty();
    }

    @Test
    void withoutANameItPrintsThePackSchema() {
        CommandRunner runner = new CommandRunner();

        int code = runner.run("schema");

        assertThat(code).isZero();
        assertThat(runner.out.toString()).isEqualTo(Schemas.text("pack").orElseThrow()).contains("\"agendapack/1\"");
    }

    @Test
    void anUnknownNameIsAUsageErrorOfOneLine() {
        CommandRunner runner = new CommandRunner();

        int code = runner.run("schema", "minutes");

        assertThat(code).isEqualTo(2);
        assertThat(runner.out.toString()).isEmpty();
        assertThat(runner.err.toString()).isEqualTo(
                "agendapack: schema: no schema minutes; the schemas are pack and run" + System.lineSeparator());
    }

    /** A schema a validator cannot read is no schema: each must itself follow the draft 2020-12 meta-schema. */
    @ParameterizedTest
    @MethodSource("names")
    void eachSchemaIsAValidDraft202012Schema(String name) {
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(Schemas.text(name).orElseThrow(), InputFormat.JSON)).isEmpty();
    }
}
