package org.agendapack.batch;

import java.io.IOException;
import org.agendapack.output.JsonOutput;

/**
 * What the coordinator and a worker say to each other, a line each: the coordinator sends a {@link FileJob} as
 * JSON; the worker answers {@code started} when it takes the file and {@code result} followed by the
 * {@link FileResult} as JSON when it is done. JSON never holds a raw line break, so a line is a message.
 */
final class WorkerProtocol {

    static final String STARTED = "started";
    static final String RESULT = "result ";

    private WorkerProtocol() {
    }

    static String job(FileJob job) {
        return JsonOutput.line(job);
    }

    static FileJob job(String line) throws IOException {
        return JsonOutput.fromLine(line, FileJob.class);
    }

    static String result(FileResult result) {
        return RESULT + JsonOutput.line(result);
    }

    /** The result a {@code result} line carries. */
    static FileResult result(String line) throws IOException {
        return JsonOutput.fromLine(line.substring(RESULT.length()), FileResult.class);
    }
}
