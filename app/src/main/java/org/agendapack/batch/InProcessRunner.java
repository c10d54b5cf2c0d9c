package org.agendapack.batch;

import java.time.Duration;
import java.util.List;

/**
 * Runs files in this JVM, one after another, each read within the time limit ({@link TimedRead}) and written by
 * the caller's thread once read in time. A file over the limit is reported and its read abandoned (told to stop,
 * it ends at its next page; it writes nothing), so the runner is only used where that is safe: a single small
 * file, which spares the start of a worker JVM.
 */
final class InProcessRunner {

    private InProcessRunner() {
    }

    static void run(List<FileJob> jobs, Duration timeout, FileSink sink) {
        for (int index = 0; index < jobs.size(); index++) {
            FileJob job = jobs.get(index);
            if (job == null || sink.stopping()) {
                continue;
            }
            sink.started(index);
            long start = System.nanoTime();
            FileExtraction.Read done;
            try {
                done = TimedRead.within(timeout, () -> FileExtraction.read(job));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            FileResult result = done.failure() != null ? done.failure() : FileExtraction.write(done.pack(), job);
            sink.finished(index, result, (System.nanoTime() - start) / 1e9);
        }
    }
}
