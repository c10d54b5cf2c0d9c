package org.agendapack.source;

/** An input larger than it is safe to hold or read. */
public final class InputTooLargeException extends SourceException {

    public InputTooLargeException(String reason) {
        super(reason);
    }

    @Override
    public String kind() {
        return "too_large";
    }
}
