package org.agendapack.batch;

import java.nio.file.Path;
import org.agendapack.source.FileNames;

/**
 * One file to extract, as the coordinator hands it to a worker: where to read, where to write, and how.
 *
 * @param path         the input file as a file URI, which keeps every byte of its name (see {@link FileNames})
 * @param output       the JSON file to write (its tables go in {@code tables/} beside it when {@code tables})
 * @param outputFolder the folder the outputs must stay in (no link below it is followed)
 * @param includeText  whether pages carry their text
 * @param password     the password for an encrypted PDF, or null
 * @param excel        whether table CSV files start with a byte order mark
 * @param tables       whether each table is also written as a CSV file
 * @param threads      how many threads may read the file's pages
 */
public record FileJob(String path, String output, String outputFolder, boolean includeText, String password,
                      boolean excel, boolean tables, int threads) {

    /** The input file, its name's bytes as they were listed. */
    Path inputFile() {
        return FileNames.ofUri(path);
    }
}
