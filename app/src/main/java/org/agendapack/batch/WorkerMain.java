package org.agendapack.batch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A worker process: takes files from the coordinator on standard input, one at a time, and answers on standard
 * output (see {@link WorkerProtocol}); it ends when its input ends. Anything else that would print to standard
 * output goes to standard error, so that the answers stay readable. The coordinator kills a worker that runs
 * past a file's time limit; running out of memory ends the process (the JVM is started so), and the
 * coordinator tells that from its exit code.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Warmup.run();
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = jobs.readLine(); line != null; line = jobs.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            FileJob job = WorkerProtocol.job(line);
            answers.println(WorkerProtocol.STARTED);
            answers.flush();
            answers.println(WorkerProtocol.result(FileExtraction.run(job)));
            answers.flush();
        }
    }
}
