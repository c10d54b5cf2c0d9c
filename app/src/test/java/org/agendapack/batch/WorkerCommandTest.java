package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCommandTest {

    @Test
    void aWorkerKeepsItsPagesInTheRunsTemporaryFolderWithinItsHeapLimit() {
        List<String> command = WorkerCommand.of(300L << 20);

        assertThat(command).contains("-Xmx300m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        assertThat(command.get(command.size() - 1)).isEqualTo(WorkerMain.class.getName());
    }
}
