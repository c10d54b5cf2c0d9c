package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agendapack.model.Pack;
import org.agendapack.model.Warning;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.OutputFolder;
import org.agendapack.output.ToolVersion;

/**
 * The machine-readable report of a run, {@code run.json} in the output folder: one entry per input with its
 * status, reason, time and counts, and the totals.
 */
public record RunReport(String schema, String toolVersion, int ok, int partial, int failed, int skipped,
                        int internalErrors, int pages, int tables, int warnings, int notUnderstood,
                        List<Entry> entries) {

    public static final String FILE = "run.json";
    public static final String SCHEMA = "agendapack-run/1";
    /** This build's name and version ({@code agendapack 0.1.0}), as Maven stamped it. */
    public static final String TOOL_VERSION = ToolVersion.NAME;

    public RunReport {
        entries = List.copyOf(entries);
    }

    /** {@code ok}: extracted; {@code partial}: extracted with warnings; {@code failed}; {@code skipped}. */
    public enum Status {
        OK, PARTIAL, FAILED, SKIPPED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** An extracted file's status: ok, or partial when it has warnings. */
        public static Status extracted(int warnings) {
            return warnings == 0 ? OK : PARTIAL;
        }
    }

    /** A pack's warning codes as an entry lists them: each once, in the order they first come. */
    public static List<String> warningCodes(Pack pack) {
        return pack.warnings().stream().map(Warning::code).distinct().toList();
    }

    /**
     * One input.
     *
     * @param input  the input's path under the folder it was found in (its key between runs)
     * @param file   the input as given
     * @param output the JSON output's path in the output folder, or null
     * @param failure why a failed file failed (null otherwise)
     */
    public record Entry(String input, String file, String output, Status status, String reason, Failure failure,
                        double seconds,
                        String sha256, String toolVersion, String kind, int pages, int tables, int warnings,
                        List<String> warningCodes) {

        public Entry {
            warningCodes = warningCodes == null ? List.of() : List.copyOf(warningCodes);
        }

        static Entry extracted(InputFile input, String output, FileResult result, double seconds) {
            return new Entry(input.relative().toString(), input.file(), output,
                    Status.extracted(result.warnings()), null, null, round(seconds), result.sha256(),
                    TOOL_VERSION, result.kind(), result.pages(), result.tables(), result.warnings(),
                    result.warningCodes());
        }

        static Entry failed(InputFile input, FileResult result, double seconds) {
            return new Entry(input.relative().toString(), input.file(), null, Status.FAILED,
                    result.reason(), result.failure(), round(seconds), null, TOOL_VERSION, null, 0, 0, 0, List.of());
        }

        static Entry skipped(InputFile input, String reason) {
            return new Entry(input.relative().toString(), input.file(), null, Status.SKIPPED, reason, null,
                    0, null, TOOL_VERSION, null, 0, 0, 0, List.of());
        }

        /** The same extraction, reported as skipped because nothing changed since. */
        Entry asSkipped() {
            return new Entry(input, file, output, Status.SKIPPED, "unchanged since the previous run", null, 0, sha256,
                    toolVersion, kind, pages, tables, warnings, warningCodes);
        }

        /** Whether a warning says the input was not understood (see {@link Warning#NOT_UNDERSTOOD_CODES}). */
        public boolean notUnderstood() {
            return warningCodes.stream().anyMatch(Warning.NOT_UNDERSTOOD_CODES::contains);
        }

        /** Whether the entry has an output in the output folder (extracted now or before). */
        public boolean hasOutput() {
            return output != null;
        }

        private static double round(double seconds) {
            return Math.round(seconds * 1000) / 1000.0;
        }
    }

    public static RunReport of(List<Entry> entries) {
        List<Entry> present = entries.stream().filter(Objects::nonNull).toList();
        return new RunReport(SCHEMA, TOOL_VERSION, count(present, Status.OK), count(present, Status.PARTIAL),
                count(present, Status.FAILED), count(present, Status.SKIPPED),
                (int) present.stream().filter(entry -> entry.failure() == Failure.INTERNAL_ERROR).count(),
                present.stream().mapToInt(Entry::pages).sum(), present.stream().mapToInt(Entry::tables).sum(),
                present.stream().mapToInt(Entry::warnings).sum(),
                (int) present.stream().filter(Entry::notUnderstood).count(), present);
    }

    /** The previous run's report in the folder, or an empty one when there is none or it cannot be read. */
    public static RunReport read(Path outputDir) {
        Path file = outputDir.resolve(FILE);
        if (!OutputFolder.of(outputDir).isRegularFile(file)) {
            return of(List.of());
        }
        try {
            return JsonOutput.read(file, RunReport.class);
        } catch (IOException e) {
            return of(List.of());
        }
    }

    /** The entries by input key. */
    public Map<String, Entry> byInput() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.input(), entry));
        return map;
    }

    private static int count(List<Entry> entries, Status status) {
        return (int) entries.stream().filter(entry -> entry.status() == status).count();
    }
}
