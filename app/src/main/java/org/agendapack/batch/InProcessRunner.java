package org.agendapack.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs files in this JVM, one after another, each read on a daemon thread watched for the time limit and
 * written by the caller's thread once read in time. A file over the limit is reported and its thread abandoned
 * (it cannot be stopped; it writes nothing, and it ends with the process), so the runner is only used where that
 * is safe: a single small file, which spares the start of a worker JVM.
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
            AtomicReference<FileExtraction.Read> read = new AtomicReference<>();
            Thread thread = new Thread(() -> read.set(FileExtraction.read(job)), "agendapack-extract");
            thread.setDaemon(true);
            thread.start();
            try {
                thread.join(Math.max(1, timeout.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            FileExtraction.Read done = read.get();
            FileResult result = done == null ? TimeLimit.exceeded(timeout)
                    : done.failure() != null ? done.failure() : FileExtraction.write(done.pack(), job);
            sink.finished(index, result, (System.nanoTime() - start) / 1e9);
        }
    }
}
