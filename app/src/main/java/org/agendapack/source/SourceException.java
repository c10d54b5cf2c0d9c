package org.agendapack.source;

/** An input that cannot be read; the message is one line that says why, for the user. */
public class SourceException extends Exception {

    public SourceException(String reason) {
        super(reason);
    }

    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The kind of fault, as the run report names it. */
    public String kind() {
        return "unreadable";
    }
}
