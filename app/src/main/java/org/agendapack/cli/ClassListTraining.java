package org.agendapack.cli;

import java.nio.file.Path;

/**
 * The training run of the build's class-data-sharing archive ({@code app/pom.xml}): the classes a JVM loads
 * here are the ones the archive holds, parsed and verified, for every later run. So it runs the commands as a
 * user does, one input at a time (a single input is extracted in this JVM, as a one-file run is; a run of
 * several would hand them to worker JVMs and leave the pipeline's classes out of the list).
 *
 * <p>Arguments: an output folder, then the inputs to train on (a PDF and a text conversion).
 */
public final class ClassListTraining {

    private ClassListTraining() {
    }

    public static void main(String[] args) {
        Path output = Path.of(args[0]);
        int failures = 0;
        for (int index = 1; index < args.length; index++) {
            String input = args[index];
            failures += Main.run("extract", "-q", "-o", output.toString(), input) == 0 ? 0 : 1;
            failures += Main.run("tables", "-o", output.resolve("tables-" + index + ".csv").toString(), input) == 0 ? 0 : 1;
        }
        // a failed training run still lists classes, but a broken build should not go unnoticed
        System.exit(failures == 0 ? 0 : 1);
    }
}
