package org.agendapack;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.agendapack.batch.PackExtractor;
import org.agendapack.batch.StreamCopy;
import org.agendapack.model.Pack;
import org.agendapack.source.DamagedPdfException;
import org.agendapack.source.EncryptedPdfException;
import org.agendapack.source.InputTooLargeException;
import org.agendapack.source.NotPdfException;
import org.agendapack.source.SourceException;
import org.agendapack.source.UnreadableInputException;

/**
 * Agendapack as a library: reads one agenda pack, set of minutes or paper, a PDF or a text conversion of one, into
 * the {@link Pack} that the command line writes as JSON (schema {@value Pack#SCHEMA}, described in README.md).
 * Nothing is written but temporary files, which are deleted before a call returns; calls may run on several
 * threads at once.
 *
 * <p>An input that cannot be read is a {@link SourceException}, whose message says why in one line (without the
 * file name) and whose subclass is the cause:
 * <ul>
 *   <li>{@link EncryptedPdfException}: a PDF opened without its password, or with a wrong one;</li>
 *   <li>{@link DamagedPdfException}: a PDF too broken to read;</li>
 *   <li>{@link NotPdfException}: a file named {@code .pdf} that holds no PDF;</li>
 *   <li>{@link InputTooLargeException}: an input larger than it is safe to read;</li>
 *   <li>{@link UnreadableInputException}: missing, a folder, not permitted, empty, binary, or a stream that failed.</li>
 * </ul>
 * Any other exception is a fault of Agendapack's own, never of the input.
 *
 * <pre>{@code
 * Pack pack = Agendapack.extract(Path.of("agenda.pdf"));
 * Pack locked = Agendapack.extract(Path.of("locked.pdf"), Agendapack.options().password("secret").build());
 * }</pre>
 */
public final class Agendapack {

    private Agendapack() {
    }

    /** Options to build from the defaults: {@code Agendapack.options().password("secret").threads(2).build()}. */
    public static ExtractOptions.Builder options() {
        return new ExtractOptions.Builder();
    }

    /** Reads the file with the default options: no password, one thread. */
    public static Pack extract(Path file) throws SourceException {
        return extract(file, ExtractOptions.DEFAULTS);
    }

    /**
     * Reads the file. A file that starts with a PDF header is read as a PDF whatever its name; any other is read
     * as text, unless its name ends in {@code .pdf}, when it is not a PDF.
     */
    public static Pack extract(Path file, ExtractOptions options) throws SourceException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return PackExtractor.extract(file, options.password(), options.threads());
    }

    /** Reads the stream with the default options, as {@link #extract(InputStream, String, ExtractOptions)} does. */
    public static Pack extract(InputStream input, String name) throws SourceException {
        return extract(input, name, ExtractOptions.DEFAULTS);
    }

    /**
     * Reads the stream to its end, leaving it open, as the file {@code name} would be read: its content is copied
     * to a temporary file of that name, deleted before this returns. The name is the one recorded in the pack
     * ({@code source.file}) and tells a text input from a PDF without its header, as a file's name does.
     *
     * @param name a file name such as {@code agenda.pdf}; only its last part is taken
     * @throws UncheckedIOException when the temporary copy cannot be written (the machine's fault, not the input's)
     */
    public static Pack extract(InputStream input, String name, ExtractOptions options) throws SourceException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        try (StreamCopy copy = StreamCopy.of(input, name)) {
            return extract(copy.file(), options);
        }
    }
}
