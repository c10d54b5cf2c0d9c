package org.agendapack.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.agendapack.model.Pack;

/**
 * Serialises a pack to JSON: snake_case names in the records' order, two-space indent, {@code \n} line ends
 * and a final newline, so the same input always gives the same bytes on every platform.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectWriter WRITER = MAPPER
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonOutput() {
    }

    /**
     * Writes the value's JSON to the stream as it is produced, without holding the document whole; the stream is left
     * open. Characters go through a UTF-8 writer, as a string's bytes would, so a lone surrogate in a damaged
     * PDF's text becomes {@code ?} rather than failing the file.
     */
    public static void write(Object value, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonGenerator generator = WRITER.createGenerator(writer)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            WRITER.writeValue(generator, value);
        }
        writer.write('\n');
        writer.flush();
    }

    /** A pack read back from its JSON (the run reads earlier outputs back for its CSV files). */
    public static Pack read(java.nio.file.Path file) throws IOException {
        return read(file, Pack.class);
    }

    public static <T> T read(java.nio.file.Path file, Class<T> type) throws IOException {
        return MAPPER.readValue(file.toFile(), type);
    }

    /** The value's JSON on one line, as a JSON Lines file or a line protocol holds it: names as in the files. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the records written as lines always serialise", e);
        }
    }

    /**
     * Copies a JSON file to the stream as one line, as a JSON Lines stream holds it, token by token so that a
     * large pack is not held whole; the stream is left open.
     */
    public static void copyAsLine(java.nio.file.Path file, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile());
             JsonGenerator generator = MAPPER.getFactory().createGenerator(writer)
                     .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            parser.nextToken();
            generator.copyCurrentStructure(parser);
        }
        writer.write('\n');
        writer.flush();
    }

    /** A value read back from a line that {@link #line} wrote. */
    public static <T> T fromLine(String line, Class<T> type) throws IOException {
        return MAPPER.readValue(line, type);
    }

    /** Any of the model's records, or a list of them. */
    public static byte[] toBytes(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(value, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("the model's records always serialise", e);
        }
        return bytes.toByteArray();
    }
}
