package org.agendapack.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The time limit of one file, {@code --timeout}: one option, with one default, wherever files are extracted. */
public final class TimeLimitOption {

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "120s", converter = Durations.class,
            description = "Time limit for one file, such as 90s, 2m or 500ms (default: ${DEFAULT-VALUE}).")
    private Duration limit;

    public Duration limit() {
        return limit;
    }
}
