package org.agendapack.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the outputs, as the jar carries them: {@code pack} for each input's JSON
 * (schema {@code agendapack/1}) and {@code run} for {@code run.json} (schema {@code agendapack-run/1}).
 */
public final class Schemas {

    /** The names a schema is known by, the pack document's first. */
    public static final List<String> NAMES = List.of("pack", "run");

    private Schemas() {
    }

    /** The schema's text as published, or empty for a name that is not one of {@link #NAMES}. */
    public static Optional<String> text(String name) {
        return switch (name) {
            case "pack" -> Optional.of(resource("agendapack-1.schema.json"));
            case "run" -> Optional.of(resource("agendapack-run-1.schema.json"));
            default -> Optional.empty();
        };
    }

    private static String resource(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream("/org/agendapack/schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no schema " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's schema " + file + " could not be read", e);
        }
    }
}
