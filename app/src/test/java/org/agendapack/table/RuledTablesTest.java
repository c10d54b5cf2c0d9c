package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.batch.TableExtractor;
import org.agendapack.model.Table;
import org.agendapack.source.PageSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ruled tables as a reader sees them: whole, partly ruled, shaded, broken, turned, and the ruled things that are not tables. */
class RuledTablesTest {

    @TempDir
    Path dir;

    private List<Table> tables(TableEngine.Mode mode, Page... pages) throws Exception {
        return TableExtractor.extract(TestPdfs.write(dir.resolve("t.pdf"), pages), PageSelection.ALL, null, mode);
    }

    private static List<List<String>> cells(Table table) {
        return table.rows();
    }

    @Test
    void aRuledTableOnATurnedPageIsReadFromItsRulings() throws Exception {
        // laid out in the displayed (landscape) frame; the stamp is upright on the unturned page
        Page page = Page.turnedPortrait(
                Text.at("District", 80, 500), Text.at("Homes built", 250, 500), Text.at("Target", 400, 500),
                Text.at("Ambridge", 80, 480), Text.at("1,204", 250, 480), Text.at("1,100", 400, 480),
                Text.at("Felpersham", 80, 460), Text.at("987", 250, 460), Text.at("1,000", 400, 460),
                Text.rotated("Item 6", 700, 300, -90))
                .withRules(TestPdfs.grid(new double[] {72, 240, 390, 520}, new double[] {515, 495, 475, 455}));

        List<Table> tables = tables(TableEngine.Mode.LATTICE, page);

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.method()).isEqualTo("lattice");
        assertThat(table.columns()).containsExactly("District", "Homes built", "Target");
        assertThat(cells(table)).containsExactly(List.of("Ambridge", "1,204", "1,100"),
                List.of("Felpersham", "987", "1,000"));
    }
}
