package org.agendapack.batch;

import java.time.Duration;
import java.util.Locale;

/** The failure of a file that ran past its time limit. */
final class TimeLimit {

    private TimeLimit() {
    }

    static FileResult exceeded(Duration limit) {
        return FileResult.failed(Failure.TIME_LIMIT, String.format(Locale.ROOT,
                "time limit: still running after %ss (--timeout)", seconds(limit)));
    }

    private static String seconds(Duration limit) {
        double seconds = limit.toMillis() / 1000.0;
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
