package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.Samples;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.source.PageSelection;
import org.agendapack.table.TableEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages kept on disk while a file is extracted give what pages kept in memory give. */
class SpilledPagesTest {

    private static final long ALL_IN_MEMORY = Long.MAX_VALUE;
    private static final long ALL_ON_DISK = 0;

    static Stream<Path> samples() {
        return Stream.concat(Samples.files(".pdf").stream(), Samples.files(".txt").stream());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aPackReadFromDiskIsThePackReadFromMemory(Path sample) throws Exception {
        Pack inMemory = PackExtractor.extract(sample, null, 2, ALL_IN_MEMORY);
        Pack onDisk = PackExtractor.extract(sample, null, 2, ALL_ON_DISK);

        assertThat(onDisk.documents()).isNotEmpty();
        assertThat(onDisk).isEqualTo(inMemory);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void tablesReadFromDiskAreTheTablesReadFromMemory(Path sample) throws Exception {
        double[] area = sample.toString().endsWith(".pdf") ? new double[] {100, 0, 700, 600} : null;
        for (double[] within : new double[][] {null, area}) {
            List<Table> inMemory = TableExtractor.extract(sample, null, PageSelection.ALL, within, TableEngine.Mode.AUTO,
                    ALL_IN_MEMORY);
            List<Table> onDisk = TableExtractor.extract(sample, null, PageSelection.ALL, within, TableEngine.Mode.AUTO,
                    ALL_ON_DISK);

            assertThat(onDisk).isEqualTo(inMemory);
        }
    }
}
