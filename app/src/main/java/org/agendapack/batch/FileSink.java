package org.agendapack.batch;

/** Where a runner of files reports: each file as it starts and ends, and whether the run is stopping. */
interface FileSink {

    void started(int index);

    void finished(int index, FileResult result, double seconds);

    /** True once the run stops at a failure: nothing more is started, and what runs is given up. */
    boolean stopping();
}
