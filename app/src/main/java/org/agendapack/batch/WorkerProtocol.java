package org.agendapack.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the coordinator and a worker say to each other, a line each: the coordinator sends a {@link FileJob} as
 * JSON; the worker answers {@code started} when it takes the file and {@code result} followed by the
 * {@link FileResult} as JSON when it is done. JSON never holds a raw line break, so a line is a message.
 */
final class WorkerProtocol {

    static final String STARTED = "started";
    static final String RESULT = "result ";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkerProtocol() {
    }

    static String job(FileJob job) {
        return write(job);
    }

    static FileJob job(String line) throws JsonProcessingException {
        return MAPPER.readValue(line, FileJob.class);
    }

    static String result(FileResult result) {
        return RESULT + write(result);
    }

    /** The result a {@code result} line carries. */
    static FileResult result(String line) throws JsonProcessingException {
        return MAPPER.readValue(line.substring(RESULT.length()), FileResult.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the protocol's records always serialise", e);
        }
    }
}
