package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.source.FileNames;

/**
 * Expands the command line's inputs: a file stands for itself (even with another extension, so that the
 * user hears why it cannot be read); a directory stands for the inputs a {@link FolderScan} finds below it, each
 * keeping its sub-folder under the output folder. A named FIFO, device or socket fails at once (reading it would
 * block), and so does a name that cannot be made a path; every argument gives an input. {@code -} stands for
 * standard input ({@link StandardInput}).
 */
public final class InputCollector {

    private InputCollector() {
    }

    /**
     * The inputs, each with an output name of its own: where two arguments hold the same relative path
     * ({@code a/x.pdf} and {@code b/x.pdf}), the later one goes under its argument's name, numbered if need be.
     *
     * @param followLinks whether a folder scan follows links that lead outside the folder
     */
    public static List<InputFile> collect(List<String> arguments, boolean followLinks) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        java.util.Set<Path> taken = new java.util.HashSet<>();
        for (InputFile input : found(arguments, followLinks)) {
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
            inputs.add(new InputFile(input.path(), relative, input.refusal(), input.shown()));
        }
        return inputs;
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^\\w.-]", "_").replaceAll("^\\.+", "_");
        return cleaned.isEmpty() ? "input" : cleaned;
    }

    private static List<InputFile> found(List<String> arguments, boolean followLinks) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        Path standardInput = null;
        for (String name : arguments) {
            Path argument = pathOf(name);
            if (StandardInput.isNamedBy(name)) {
                // read once: a second - is the same input again
                standardInput = standardInput == null ? StandardInput.copy(System.in) : standardInput;
                inputs.add(new InputFile(standardInput, Path.of(StandardInput.NAME), null, StandardInput.ARGUMENT));
            } else if (argument == null) {
                Path shown = Path.of(name.replace('\uFFFD', '_'));
                inputs.add(new InputFile(shown, ownName(shown), new InputFile.Refusal(true,
                        "a file name this locale cannot read (run Agendapack under a UTF-8 locale)")));
            } else if (Files.isDirectory(argument)) {
                inputs.addAll(FolderScan.of(argument, followLinks));
            } else {
                String refusal = FileKind.refusal(argument);
                inputs.add(new InputFile(argument, ownName(argument),
                        refusal == null ? null : new InputFile.Refusal(true, refusal)));
            }
        }
        return inputs;
    }

    /** A file named on its own goes to the output folder by its name, as text. */
    private static Path ownName(Path argument) {
        return argument.getFileName() == null ? argument : Path.of(FileNames.text(argument.getFileName()));
    }

    /**
     * The path an argument names, or null if there is none. Java decodes the command line as it decodes file
     * names, so where it could not decode a byte (U+FFFD), the file is the one in the argument's folder whose
     * name decodes the same; a path keeps the bytes of the name it was listed with.
     */
    private static Path pathOf(String name) {
        Path plain;
        try {
            plain = Path.of(name);
        } catch (InvalidPathException e) {
            plain = null;
        }
        if (name.indexOf('\uFFFD') < 0 || plain != null && Files.exists(plain, LinkOption.NOFOLLOW_LINKS)) {
            return plain;
        }
        int slash = name.lastIndexOf('/');
        String fileName = name.substring(slash + 1);
        try {
            Path folder = Path.of(slash < 0 ? "" : slash == 0 ? "/" : name.substring(0, slash));
            try (Stream<Path> listing = Files.list(folder)) {
                List<Path> same = listing.filter(path -> path.getFileName().toString().equals(fileName)).toList();
                return same.size() == 1 ? folder.resolve(same.get(0).getFileName()) : plain;
            }
        } catch (IOException | InvalidPathException e) {
            return plain;
        }
    }
}
