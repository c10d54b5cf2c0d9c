package org.agendapack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where a progress line that rewrites itself belongs. Java can only ask
 * about the console as a whole, so the launcher says ({@code -Dagendapack.stderr.terminal}), else Linux's
 * {@code /proc} tells where descriptor 2 leads.
 */
final class Terminal {

    static final String PROPERTY = "agendapack.stderr.terminal";

    private Terminal() {
    }

    static boolean stderr() {
        String told = System.getProperty(PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
