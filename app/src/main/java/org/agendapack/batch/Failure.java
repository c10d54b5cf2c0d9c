package org.agendapack.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a file failed, as {@code run.json} names it. An input's own faults (encrypted, damaged, not a PDF, too
 * large, unreadable) are told apart from the limits the run sets (time, memory), from a worker that died, from a
 * file that could not be written, and from an error in Agendapack's own code, which is counted apart.
 */
public enum Failure {
    ENCRYPTED, DAMAGED, NOT_PDF, TOO_LARGE, UNREADABLE, TIME_LIMIT, OUT_OF_MEMORY, WORKER_DIED, CANNOT_WRITE,
    INTERNAL_ERROR;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a source error names ({@code damaged}, {@code not_pdf}, …); unreadable when it names none known. */
    static Failure ofSourceKind(String kind) {
        for (Failure failure : values()) {
            if (failure.json().equals(kind)) {
                return failure;
            }
        }
        return UNREADABLE;
    }
}
