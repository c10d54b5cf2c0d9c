package org.agendapack.source;

/**
 * An input that cannot be read; the message is one line that says why, for the user. Each cause has its own
 * subclass, and {@link #kind()} names it in a word that a report can count by. Part of the library's API:
 * {@code org.agendapack.Agendapack.extract} throws the subclasses it lists.
 */
public abstract class SourceException extends Exception {

    protected SourceException(String reason) {
        super(reason);
    }

    protected SourceException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The cause in a stable lower-case word: {@code encrypted}, {@code damaged}, {@code not_pdf}, … */
    public abstract String kind();
}
