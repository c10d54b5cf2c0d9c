package org.agendapack;

/**
 * How {@link Agendapack#extract(java.nio.file.Path, ExtractOptions)} reads an input; made with
 * {@link Agendapack#options()}.
 *
 * @param password the password of an encrypted PDF, or null for none
 * @param threads  how many threads read a PDF's pages and its papers at once, at least 1
 */
public record ExtractOptions(String password, int threads) {

    /** No password, one thread: what {@link Agendapack#extract(java.nio.file.Path)} uses. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(null, 1);

    public ExtractOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** Builds options from the defaults, one setting at a time. */
    public static final class Builder {

        private String password = DEFAULTS.password();
        private int threads = DEFAULTS.threads();

        Builder() {
        }

        /** The password of an encrypted PDF; null (the default) for none. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** How many threads read a PDF's pages and its papers at once: 1 by default. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** The options; a thread count below 1 is an {@link IllegalArgumentException}. */
        public ExtractOptions build() {
            return new ExtractOptions(password, threads);
        }
    }
}
