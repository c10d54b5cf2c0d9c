package org.agendapack.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.model.Pack;

/** The run's SQLite database: stands in until the database writer is in place. */
public final class SqliteExport {

    private SqliteExport() {
    }

    /** Replaces each given pack's rows (keyed by its source file), creating the tables if needed. */
    public static void update(Path database, List<Pack> packs) throws IOException {
        throw new IOException("SQLite output is not available in this build");
    }
}
