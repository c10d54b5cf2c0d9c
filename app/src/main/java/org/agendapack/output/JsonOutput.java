package org.agendapack.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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

    public static byte[] toBytes(Pack pack) {
        return toBytes((Object) pack);
    }

    /** A pack read back from its JSON (the run reads earlier outputs back for its CSV files). */
    public static Pack read(java.nio.file.Path file) throws java.io.IOException {
        return read(file, Pack.class);
    }

    public static <T> T read(java.nio.file.Path file, Class<T> type) throws java.io.IOException {
        return MAPPER.readValue(file.toFile(), type);
    }

    /** Any of the model's records, or a list of them. */
    public static byte[] toBytes(Object value) {
        try {
            return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model's records always serialise", e);
        }
    }
}
