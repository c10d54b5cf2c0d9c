package org.agendapack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.agendapack.batch.ExtractRun;
import org.agendapack.batch.InputFile;
import org.agendapack.batch.RunReport;

/**
 * What the user reads on standard error: a progress line on a terminal (files done of all, pages per second,
 * time left, the file at work), a plain line per file otherwise, always a line per failure, and a summary.
 */
final class Reporter implements ExtractRun.Listener {

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int pages;
    private volatile String current = "";
    /** Whether some file could not be written: the run then exits as failed, though every input was read. */
    private volatile boolean writeFailed;

    Reporter(PrintWriter err, boolean quiet, boolean verbose, boolean terminal) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
        this.terminal = terminal;
    }

    @Override
    public void started(InputFile input) {
        current = input.path().toString();
    }

    @Override
    public synchronized void finished(RunReport.Entry entry, int done, int total) {
        pages += entry.pages();
        if (terminal && !quiet) {
            err.print("\r\033[K");
        }
        if (entry.status() == RunReport.Status.FAILED) {
            err.println("agendapack: " + entry.file() + ": " + entry.reason());
        } else if (!quiet && (verbose || !terminal)) {
            err.println(entry.status().json() + " " + entry.file()
                    + (entry.status() == RunReport.Status.SKIPPED ? " (" + entry.reason() + ")"
                    : " (" + entry.kind() + ", " + entry.pages() + " pages, " + entry.tables() + " tables, "
                    + entry.warnings() + " warnings)"));
        }
        if (terminal && !quiet && done < total) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double left = done == 0 ? 0 : seconds / done * (total - done);
            err.print(String.format(Locale.ROOT, "[%d/%d] %.0f pages/s, %s left, %s", done, total,
                    seconds > 0 ? pages / seconds : 0, duration(left), current));
        }
        err.flush();
    }

    @Override
    public void failedToWrite(Path file, String reason) {
        err.println("agendapack: cannot write " + file + ": " + reason);
        err.flush();
        writeFailed = true;
    }

    boolean wroteEverything() {
        return !writeFailed;
    }

    void summary(RunReport report) {
        if (terminal && !quiet) {
            err.print("\r\033[K");
        }
        if (quiet) {
            err.flush();
            return;
        }
        int files = report.entries().size();
        double seconds = (System.nanoTime() - start) / 1e9;
        err.println(files + (files == 1 ? " file: " : " files: ") + (report.ok() + report.partial()) + " ok ("
                + report.partial() + " with warnings), " + report.failed() + " failed, " + report.skipped()
                + " skipped; " + report.pages() + " pages, " + report.tables() + " tables, " + report.warnings()
                + " warnings, " + report.notUnderstood() + " not understood; " + duration(seconds));
        err.flush();
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole >= 60 ? whole / 60 + "m" + String.format(Locale.ROOT, "%02d", whole % 60) + "s"
                : String.format(Locale.ROOT, "%.1fs", seconds);
    }
}
