package org.agendapack.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A run's listener for tests: keeps what could not be written, and may act as each file starts. */
final class RecordingListener implements ExtractRun.Listener {

    final List<String> unwritten = new CopyOnWriteArrayList<>();
    private final Consumer<InputFile> onStart;

    RecordingListener() {
        this(input -> { });
    }

    RecordingListener(Consumer<InputFile> onStart) {
        this.onStart = onStart;
    }

    @Override
    public void started(InputFile input) {
        onStart.accept(input);
    }

    @Override
    public void finished(RunReport.Entry entry, int done, int total) {
    }

    @Override
    public void failedToWrite(Path file, String reason) {
        unwritten.add(file + ": " + reason);
    }
}
