package org.agendapack.batch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A file read in this JVM on a daemon thread watched for the time limit. A read past the limit is told to stop
 * (it stops at its next page or paper), given a moment to do so, so that it does not compete with the next file,
 * and else abandoned: it writes nothing, and its result is the time-limit failure.
 */
public final class TimedRead {

    /** How long a read told to stop is waited for, at most. */
    private static final long STOP_WAIT_MILLIS = 5_000;

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
        if (thread.isAlive()) {
            thread.join(STOP_WAIT_MILLIS);
            return new FileExtraction.Read(null, TimeLimit.exceeded(limit));
        }
        FileExtraction.Read done = result.get();
        return done != null ? done : new FileExtraction.Read(null, TimeLimit.exceeded(limit));
    }
}
