package org.agendapack.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a worker JVM: the same Java, class path and temporary folder as this one, the worker's
 * heap limit, an exit (code 3) at the first {@code OutOfMemoryError} so that a worker never lingers half-broken, this
 * process's logging level, and the JVM options the launcher names in {@code agendapack.worker.options}
 * (class-data sharing, JIT settings). A worker inherits this process's environment, so it runs under the same
 * locale (the launcher's UTF-8 one) and reads file names as this process does; its file itself crosses as a
 * file URI, which keeps the bytes of a name no locale decodes (see {@link FileJob}).
 */
final class WorkerCommand {

    static final String OPTIONS_PROPERTY = "agendapack.worker.options";
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private WorkerCommand() {
    }

    static List<String> of(long memoryBytes) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Math.max(1, memoryBytes >> 20) + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        // a worker keeps the pages of a large file in the run's temporary folder (the launcher's TMPDIR)
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        String level = System.getProperty(LOG_LEVEL);
        if (level != null) {
            command.add("-D" + LOG_LEVEL + "=" + level);
        }
        String options = System.getProperty(OPTIONS_PROPERTY, "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        return command;
    }
}
