package org.agendapack.batch;

import static org.agendapack.PublishedJson.assertValid;
import static org.agendapack.PublishedJson.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendapack.MadeUpCouncils;
import org.agendapack.Samples;
import org.agendapack.model.Pack;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every output a user gets follows its published schema, and the schemas are strict enough to catch a drift. */
class PublishedSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Path> samples() {
        return Stream.concat(Samples.files(".pdf").stream(), Samples.files(".txt").stream());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySamplesJsonFollowsThePackSchemaWithAndWithoutItsText(Path sample) throws Exception {
        Pack pack = PackExtractor.extract(sample);

        assertValid(json(pack), "pack");
        assertValid(json(pack.withoutPageText()), "pack");
    }

    @Test
    void runReportsFollowTheRunSchemaWhateverBecameOfTheirInputs() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        MadeUpCouncils.policyAndResourcesFrontSheet().text(input, "policy-and-resources");
        MadeUpCouncils.siteVisitNotesWithAnAttendanceList().text(input, "site-visit-notes");
        Files.createFile(input.resolve("empty.pdf"));
        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("x.txt"), "x\n");
        Files.createSymbolicLink(input.resolve("outside.txt"), elsewhere);
        Path output = dir.resolve("out");

        String first = run(input, output, false);
        String again = run(input, output, true);

        assertValid(first, "run");
        assertThat(statuses(first)).contains("failed", "skipped").containsAnyOf("ok", "partial");
        assertThat(MAPPER.readTree(first).get("not_understood").asInt()).isEqualTo(1);
        assertValid(again, "run");
        assertThat(statuses(again)).containsExactlyInAnyOrder("skipped", "skipped", "failed", "skipped");
    }

    @Test
    void aRunThatKeepsNoJsonFollowsTheRunSchema() throws Exception {
        Path output = dir.resolve("out");

        String report = run(Samples.file("001", ".txt"), output, false, Set.of(OutputFormat.XLSX));

        assertValid(report, "run");
        assertThat(statuses(report)).containsAnyOf("ok", "partial");
        assertThat(MAPPER.readTree(report).get("entries").get(0).get("output").isNull()).isTrue();
    }

    @Test
    void aFieldTheSchemaDoesNotKnowFailsItAtAnyDepth() throws Exception {
        ObjectNode pack = madeUpPack();
        ObjectNode page = (ObjectNode) pack.get("pages").get(0);
        page.put("colour", "blue");
        ObjectNode report = runReportOfOneFile();
        ((ObjectNode) report.get("entries").get(0)).put("retries", 0);

        assertThat(violations(madeUpPack().put("generated_at", "today").toString(), "pack")).isNotEmpty();
        assertThat(violations(pack.toString(), "pack")).anyMatch(violation -> violation.contains("colour"));
        assertThat(violations(report.toString(), "run")).anyMatch(violation -> violation.contains("retries"));
    }

    @Test
    void aWrongTypeAMissingFieldOrAValueOutsideItsListFailsTheSchema() throws Exception {
        ObjectNode wrongType = madeUpPack();
        ((ObjectNode) wrongType.get("meeting")).put("date", 20251014);
        ObjectNode missing = madeUpPack();
        ((ObjectNode) missing.get("documents").get(0)).remove("kind");
        ObjectNode unknownKind = madeUpPack().put("kind", "newsletter");
        ObjectNode unknownStatus = runReportOfOneFile();
        ((ObjectNode) unknownStatus.get("entries").get(0)).put("status", "done");
        ObjectNode notNullable = runReportOfOneFile().putNull("ok");

        assertThat(violations(wrongType.toString(), "pack")).isNotEmpty();
        assertThat(violations(missing.toString(), "pack")).isNotEmpty();
        assertThat(violations(unknownKind.toString(), "pack")).isNotEmpty();
        assertThat(violations(unknownStatus.toString(), "run")).isNotEmpty();
        assertThat(violations(notNullable.toString(), "run")).isNotEmpty();
    }

    @Test
    void theSchemasNameEveryFailureAndStatusTheRunWrites() throws Exception {
        JsonNode entry = schema("run").at("/$defs/entry/properties");

        assertThat(texts(entry.at("/failure/enum"))).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Arrays.stream(Failure.values()).map(Failure::json), Stream.of("null")).toList());
        assertThat(texts(entry.at("/status/enum"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RunReport.Status.values()).map(RunReport.Status::json).toList());
    }

    @Test
    void theSchemasListTheWarningCodesOfTheReadme() throws Exception {
        List<String> readme = readmeWarningCodes();

        assertThat(readme).hasSizeGreaterThan(10);
        assertThat(texts(schema("pack").at("/$defs/warning_code/enum"))).containsExactlyInAnyOrderElementsOf(readme);
        assertThat(texts(schema("run").at("/$defs/warning_code/enum"))).containsExactlyInAnyOrderElementsOf(readme);
    }

    private static String json(Pack pack) {
        return new String(JsonOutput.toBytes(pack), StandardCharsets.UTF_8);
    }

    private String run(Path input, Path output, boolean incremental) throws Exception {
        return run(input, output, incremental, ExtractRun.Options.defaults(output).formats());
    }

    private String run(Path input, Path output, boolean incremental, Set<OutputFormat> formats) throws Exception {
        ExtractRun.Options defaults = ExtractRun.Options.defaults(output);
        ExtractRun.Options options = new ExtractRun.Options(output, true, null, 1, defaults.timeout(), false, null,
                incremental, formats, false, defaults.workerMemory());
        ExtractRun.run(InputCollector.collect(List.of(input.toString()), false), options, new SilentListener());
        return Files.readString(output.resolve(RunReport.FILE));
    }

    private ObjectNode madeUpPack() throws Exception {
        Path file = MadeUpCouncils.policyAndResourcesFrontSheet().text(dir, "policy-and-resources");
        return (ObjectNode) MAPPER.readTree(JsonOutput.toBytes(PackExtractor.extract(file)));
    }

    private ObjectNode runReportOfOneFile() throws Exception {
        Path input = Files.createDirectories(dir.resolve("one"));
        MadeUpCouncils.policyAndResourcesFrontSheet().text(input, "policy-and-resources");
        return (ObjectNode) MAPPER.readTree(run(input, dir.resolve("one-out"), false));
    }

    private static List<String> statuses(String report) throws Exception {
        List<String> statuses = new ArrayList<>();
        MAPPER.readTree(report).get("entries").forEach(entry -> statuses.add(entry.get("status").asText()));
        return statuses;
    }

    private static JsonNode schema(String name) throws Exception {
        return MAPPER.readTree(Schemas.text(name).orElseThrow());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        ((ArrayNode) array).forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The codes of the README's table of warning codes: its rows from {@code Warning codes:} to the next heading. */
    private static List<String> readmeWarningCodes() throws Exception {
        String readme = Files.readString(Samples.dir().resolveSibling("README.md"));
        String table = readme.substring(readme.indexOf("Warning codes:"));
        table = table.substring(0, table.indexOf("\n#"));
        List<String> codes = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(table);
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }
}
