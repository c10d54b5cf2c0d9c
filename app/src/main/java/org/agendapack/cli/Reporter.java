package org.agendapack.cli;

import java.io.PrintWriter;
import java.util.List;
import org.agendapack.batch.ExtractRun;

/** What the user reads on standard error: one line per failure, optionally per file, and a summary. */
final class Reporter implements ExtractRun.Listener {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;

    Reporter(PrintWriter err, boolean quiet, boolean verbose) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    @Override
    public void finished(ExtractRun.Outcome outcome) {
        if (!outcome.ok()) {
            err.println("agendapack: " + outcome.input().path() + ": " + outcome.error());
        } else if (verbose && !quiet) {
            err.println("ok " + outcome.input().path() + " -> "
                    + (outcome.output() == null ? "standard output" : outcome.output())
                    + " (" + outcome.pack().kind() + ", " + outcome.pack().source().pageCount() + " pages)");
        }
        err.flush();
    }

    @Override
    public void failedToWrite(java.nio.file.Path file, String reason) {
        err.println("agendapack: cannot write " + file + ": " + reason);
        err.flush();
    }

    void summary(List<ExtractRun.Outcome> outcomes) {
        if (quiet) {
            return;
        }
        long failed = outcomes.stream().filter(outcome -> !outcome.ok()).count();
        int pages = outcomes.stream().filter(ExtractRun.Outcome::ok)
                .mapToInt(outcome -> outcome.pack().source().pageCount()).sum();
        int tables = outcomes.stream().filter(ExtractRun.Outcome::ok)
                .mapToInt(outcome -> outcome.pack().tables().size()).sum();
        err.println(outcomes.size() + (outcomes.size() == 1 ? " file: " : " files: ") + (outcomes.size() - failed)
                + " ok, " + failed + " failed; " + pages + " pages, " + tables + " tables");
        err.flush();
    }
}
