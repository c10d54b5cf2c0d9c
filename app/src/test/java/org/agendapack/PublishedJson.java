package org.agendapack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.agendapack.MadeUpCouncils.Fixture;
import org.agendapack.batch.PackExtractor;
import org.agendapack.batch.RunReport;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.Schemas;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The JSON a user gets for a made-up input, checked against the published schema, and small readers of its fields.
 */
public final class PublishedJson {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private PublishedJson() {
    }

    /**
     * The published JSON of the fixture, written into {@code dir} in the given format ({@code pdf} or {@code txt});
     * it must follow the published schema.
     */
    public static JsonNode of(Fixture fixture, Path dir, String format) throws Exception {
        Path file = fixture.write(dir, "input", format);
        String json = new String(JsonOutput.toBytes(PackExtractor.extract(file)), StandardCharsets.UTF_8);
        assertValid(json, "pack");
        return new ObjectMapper().readTree(json);
    }

    /** The {@code run.json} a run left in the folder; it must follow the published schema. */
    public static JsonNode runReport(Path outputDir) throws Exception {
        String json = Files.readString(outputDir.resolve(RunReport.FILE), StandardCharsets.UTF_8);
        assertValid(json, "run");
        return new ObjectMapper().readTree(json);
    }

    /** Fails, naming every departure, unless the JSON follows the published schema ({@code pack} or {@code run}). */
    public static void assertValid(String json, String schema) {
        assertThat(violations(json, schema)).as("departures from the published %s schema", schema).isEmpty();
    }

    /** Where the JSON departs from the published schema of that name: none when it follows it. */
    public static List<String> violations(String json, String schema) {
        return SCHEMAS.computeIfAbsent(schema, PublishedJson::compiled).validate(json, InputFormat.JSON).stream()
                .map(Object::toString).toList();
    }

    private static Schema compiled(String name) {
        return REGISTRY.getSchema(
                Schemas.text(name).orElseThrow(() -> new IllegalArgumentException("no schema " + name)));
    }

    /** A field's text, or null where it is null or absent. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static Integer integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    /** An array field's elements, none where it is absent. */
    public static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode array = node == null ? null : node.get(field);
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    public static List<String> strings(JsonNode node, String field) {
        return list(node, field).stream().map(JsonNode::asText).toList();
    }

    /** The names of the signals the classification gives as its evidence. */
    public static List<String> evidenceSignals(JsonNode pack) {
        return list(pack.get("classification"), "evidence").stream().map(evidence -> text(evidence, "signal"))
                .toList();
    }

    /**
     * Every fixture a class of made-up inputs offers (its public no-argument methods returning a
     * {@link Fixture}), by name, each in both formats: arguments {@code (name, "pdf" | "txt")} in name order.
     */
    public static Stream<Arguments> everyFixtureInBothFormats(Class<?> fixtures) {
        List<Arguments> arguments = new ArrayList<>();
        for (Method method : fixtures.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0
                    && method.getReturnType() == Fixture.class) {
                for (String format : List.of("pdf", "txt")) {
                    arguments.add(Arguments.of(method.getName(), format));
                }
            }
        }
        arguments.sort(Comparator.comparing(argument -> argument.get()[0] + "." + argument.get()[1]));
        return arguments.stream();
    }

    /** The fixture a class of made-up inputs offers under that name. */
    public static Fixture fixture(Class<?> fixtures, String name) throws Exception {
        return (Fixture) fixtures.getMethod(name).invoke(null);
    }
}
