package org.agendapack.batch;

import java.nio.file.Path;

/**
 * One input to process.
 *
 * @param path     the file as the user can find it
 * @param relative where its output goes under the output folder, without the {@code .json}
 */
public record InputFile(Path path, Path relative) {
}
