package org.agendapack.source;

/** An input that cannot be read at all: missing, a directory, not permitted, empty, or binary. */
public final class UnreadableInputException extends SourceException {

    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }

    @Override
    public String kind() {
        return "unreadable";
    }
}
