package org.agendapack.batch;

import java.util.List;
import java.util.Map;

/**
 * What became of one file, small enough to cross a pipe: the pack itself stays in its JSON file.
 *
 * @param failure      why it failed, or null when it was extracted
 * @param reason       the one-line reason of a failure, or null
 * @param sha256       the input's content hash
 * @param kind         the kind of input it was read as
 * @param pages        its pages
 * @param tables       its tables
 * @param warnings     its warnings
 * @param warningCodes its warnings' distinct codes
 * @param rows         the rows it gives the run's CSV files, by file name
 */
public record FileResult(Failure failure, String reason, String sha256, String kind, int pages, int tables,
                         int warnings, List<String> warningCodes, Map<String, List<List<String>>> rows) {

    public FileResult {
        warningCodes = warningCodes == null ? List.of() : List.copyOf(warningCodes);
        rows = rows == null ? Map.of() : rows;
    }

    public static FileResult failed(Failure failure, String reason) {
        return new FileResult(failure, reason, null, null, 0, 0, 0, List.of(), Map.of());
    }

    boolean extracted() {
        return failure == null;
    }
}
