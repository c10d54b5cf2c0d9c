package org.agendapack.batch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A file read in this JVM on a daemon thread watched for the time limit. A read past the limit is told to stop
 * (reading stops at its next page) and abandoned: it writes nothing, and its result is the time-limit failure.
 */
public final class TimedRead {

    private TimedRead() {
    }

    /**
     * The read's result, or the time-limit failure once {@code limit} has passed.
     *
     * @throws InterruptedException when the calling thread is interrupted while it waits (the read is told to stop)
     */
    public static FileExtraction.Read within(Duration limit, Supplier<FileExtraction.Read> read)
            throws InterruptedException {
        AtomicReference<FileExtraction.Read> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(read.get()), "agendapack-extract");
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(Math.max(1, limit.toMillis()));
        } finally {
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
        FileExtraction.Read done = result.get();
        return done != null ? done : new FileExtraction.Read(null, TimeLimit.exceeded(limit));
    }
}
