package org.agendapack.batch;

import java.nio.file.Path;
import org.agendapack.source.FileNames;

/**
 * One input to process.
 *
 * @param path     the file as the user can find it
 * @param relative where its output goes under the output folder, without the {@code .json}
 * @param refusal  why it is not read at all (a FIFO, a link that leaves its folder), or null
 * @param shown    the name the user knows it by where that is not its path ({@code -} for the copy of standard
 *                 input), or null
 */
public record InputFile(Path path, Path relative, Refusal refusal, String shown) {

    public InputFile(Path path, Path relative) {
        this(path, relative, null);
    }

    public InputFile(Path path, Path relative, Refusal refusal) {
        this(path, relative, refusal, null);
    }

    /**
     * Why an input is not opened: found by a folder scan it is skipped; named by the user it fails.
     *
     * @param failed whether the input fails (else it is skipped)
     * @param reason what it is, in a few words
     */
    public record Refusal(boolean failed, String reason) {
    }

    /**
     * The path as the user can find it, as text: a byte of its name that is no character is written {@code %XX};
     * {@code -} for standard input.
     */
    public String file() {
        return shown != null ? shown : FileNames.text(path);
    }
}
