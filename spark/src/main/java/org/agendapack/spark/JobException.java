package org.agendapack.spark;

/** A run that cannot go on, for a reason told in one line: inputs that cannot be listed, an output not written. */
final class JobException extends Exception {

    private static final long serialVersionUID = 1L;

    JobException(String message) {
        super(message);
    }

    JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
