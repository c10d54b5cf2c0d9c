package org.agendapack.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.agendapack.source.Sources;

/**
 * Expands the command line's inputs: a file stands for itself (even with another extension, so that the
 * user hears why it cannot be read); a directory stands for every {@code .pdf}, {@code .txt} and {@code .md}
 * file below it, in a stable order, each keeping its sub-folder under the output folder. Hidden files and
 * README files, which describe a folder rather than belong to it, are left out of a directory search.
 */
public final class InputCollector {

    private InputCollector() {
    }

    /**
     * The inputs, each with an output name of its own: where two arguments hold the same relative path
     * ({@code a/x.pdf} and {@code b/x.pdf}), the later one goes under its argument's name, numbered if need be.
     */
    public static List<InputFile> collect(List<Path> arguments) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        java.util.Set<Path> taken = new java.util.HashSet<>();
        for (InputFile input : found(arguments)) {
            Path relative = input.relative();
            if (taken.contains(relative)) {
                Path argument = input.path().subpath(0, Math.max(1, input.path().getNameCount()
                        - input.relative().getNameCount()));
                String prefix = safe(argument.getFileName() == null ? "input" : argument.getFileName().toString());
                relative = Path.of(prefix).resolve(input.relative());
                for (int n = 2; taken.contains(relative); n++) {
                    relative = Path.of(prefix + "-" + n).resolve(input.relative());
                }
            }
            taken.add(relative);
            inputs.add(new InputFile(input.path(), relative));
        }
        return inputs;
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^\\w.-]", "_").replaceAll("^\\.+", "_");
        return cleaned.isEmpty() ? "input" : cleaned;
    }

    private static List<InputFile> found(List<Path> arguments) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).filter(InputCollector::isSearchedInput)
                            .sorted()
                            .forEach(path -> inputs.add(new InputFile(path, argument.relativize(path))));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                inputs.add(new InputFile(argument, argument.getFileName() == null ? argument
                        : argument.getFileName()));
            }
        }
        return inputs;
    }

    private static boolean isSearchedInput(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Sources.INPUT_EXTENSIONS.stream().anyMatch(name::endsWith)
                && !name.startsWith(".") && !name.startsWith("readme.");
    }
}
