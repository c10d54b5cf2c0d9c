package org.agendapack.batch;

import java.nio.file.Path;

/** A listener for runs whose outcome a test reads from the report and the output folder alone. */
final class SilentListener implements ExtractRun.Listener {

    @Override
    public void started(InputFile input) {
    }

    @Override
    public void finished(RunReport.Entry entry, int done, int total) {
    }

    @Override
    public void failedToWrite(Path file, String reason) {
    }
}
