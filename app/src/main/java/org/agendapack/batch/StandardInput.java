package org.agendapack.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input as an input, named {@code -} on the command line as Unix tools do. It is copied to a temporary
 * file named {@code stdin} first: a PDF is read by random access, a worker process needs a file to open, and the
 * format is then told from the content as for any file. The copy is deleted when the JVM exits.
 */
public final class StandardInput {

    /** The argument that stands for standard input, and the name it is shown by. */
    public static final String ARGUMENT = "-";
    /** The name of the copy: the {@code source.file} of its JSON, whose own name is {@code stdin.json}. */
    public static final String NAME = "stdin";

    private StandardInput() {
    }

    /** Whether the argument names standard input. */
    public static boolean isNamedBy(String argument) {
        return argument.equals(ARGUMENT);
    }

    /** The file to read for the argument: a copy of standard input for {@code -}, else the file itself. */
    public static Path orFile(Path argument) throws IOException {
        return isNamedBy(argument.toString()) ? copy(System.in) : argument;
    }

    /** Copies the stream, to its end, to a temporary file named {@code stdin}. */
    static Path copy(InputStream in) throws IOException {
        Path folder = Files.createTempDirectory("agendapack-stdin-");
        Path file = folder.resolve(NAME);
        // deleted in the reverse order: the file, then its folder
        folder.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        Files.copy(in, file);
        return file;
    }
}
