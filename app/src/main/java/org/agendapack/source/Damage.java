package org.agendapack.source;

import java.util.concurrent.CancellationException;

/**
 * The reason PDFBox gives for failing on a file, in one line for the user. A failure of Agendapack's own code
 * ({@link Blame}) or a stop is no damage of the file, and is rethrown rather than reported as one.
 */
final class Damage {

    private Damage() {
    }

    /** The failure's first line; rethrows it when it is a bug of ours or a stop. */
    static String reason(Exception failure) {
        if (failure instanceof RuntimeException runtime && isOursOrStop(runtime)) {
            throw runtime;
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static boolean isOursOrStop(RuntimeException failure) {
        return Blame.isOurs(failure) || failure instanceof CancellationException;
    }
}
