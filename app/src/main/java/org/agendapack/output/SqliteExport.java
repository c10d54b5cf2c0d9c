package org.agendapack.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.model.Pack;

/**
 * The SQLite database of a run ({@code extract -f sqlite}): a pack's rows are replaced, never added twice, so
 * runs into the same database keep one copy of each input, found by its file name. The layout is
 * {@link SqliteSchema}'s.
 */
public final class SqliteExport {

    private static final int BUSY_WAIT_MILLIS = 60_000;

    private SqliteExport() {
    }

    /**
     * Opens the database (making it, and its folder, if missing), makes the tables that are missing, and replaces
     * each pack's rows, all in one transaction: a failure leaves the database as it was (and removes one that
     * this call made).
     *
     * @throws IOException a {@link DatabaseFailure} when the file cannot be opened or written, or is not an
     *                     Agendapack SQLite database; a {@link CannotWrite} when its folder cannot be made
     */
    public static void update(Path database, List<Pack> packs) throws IOException {
        Path file = database.toAbsolutePath();
        boolean existed = Files.exists(file);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
        try {
            write(file, packs);
        } catch (SQLException e) {
            removeIfMade(file, existed);
            throw DatabaseFailure.of(file, e);
        } catch (DatabaseFailure e) {
            removeIfMade(file, existed);
            throw e;
        }
    }

    /** A database this update made and could not fill is not left behind, empty. */
    private static void removeIfMade(Path file, boolean existed) {
        if (!existed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the failure that stopped the update is the one to tell
            }
        }
    }

    private static void write(Path file, List<Pack> packs) throws SQLException, DatabaseFailure {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                // per connection, and only outside a transaction: without it ON DELETE CASCADE does nothing
                statement.execute("PRAGMA foreign_keys = ON");
                // another run updating the same database holds it for seconds: wait for it rather than fail
                statement.execute("PRAGMA busy_timeout = " + BUSY_WAIT_MILLIS);
            }
            connection.setAutoCommit(false);
            try {
                prepare(connection, file);
                try (Inserts inserts = new Inserts(connection)) {
                    for (Pack pack : packs) {
                        inserts.replace(pack);
                    }
                }
                connection.commit();
            } catch (SQLException | DatabaseFailure | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Makes what is missing of the layout, in a database that is new or already holds it. */
    private static void prepare(Connection connection, Path file) throws SQLException, DatabaseFailure {
        try (Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
                version = result.next() ? result.getInt(1) : 0;
            }
            if (version != 0 && version != SqliteSchema.VERSION) {
                throw DatabaseFailure.otherLayout(file, version);
            }
            for (String sql : SqliteSchema.create()) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + SqliteSchema.VERSION);
        }
    }

    /** The statements of one update, prepared once and used for every pack. */
    private static final class Inserts implements AutoCloseable {

        private final PreparedStatement deletePack;
        private final PreparedStatement insertPack;
        private final PreparedStatement lastId;
        private final Map<String, PreparedStatement> insertRecords = new LinkedHashMap<>();

        Inserts(Connection connection) throws SQLException {
            deletePack = connection.prepareStatement("DELETE FROM " + SqliteSchema.PACKS + " WHERE file = ?");
            insertPack = connection.prepareStatement(SqliteSchema.insert(SqliteSchema.PACKS,
                    SqliteSchema.PACK_COLUMNS));
            lastId = connection.prepareStatement("SELECT last_insert_rowid()");
            for (SqliteSchema.RecordTable table : SqliteSchema.RECORD_TABLES) {
                List<String> columns = new ArrayList<>(List.of("pack_id"));
                columns.addAll(table.columns());
                insertRecords.put(table.name(), connection.prepareStatement(SqliteSchema.insert(table.name(),
                        columns)));
            }
        }

        /** Removes the pack's rows (its records go with them), then writes them anew. */
        void replace(Pack pack) throws SQLException {
            deletePack.setString(1, pack.source().file());
            deletePack.executeUpdate();
            bind(insertPack, 1, PackRow.values(pack));
            insertPack.executeUpdate();
            long packId;
            try (ResultSet result = lastId.executeQuery()) {
                result.next();
                packId = result.getLong(1);
            }
            Map<String, List<List<Object>>> records = SqliteRows.records(pack);
            for (Map.Entry<String, PreparedStatement> table : insertRecords.entrySet()) {
                PreparedStatement insert = table.getValue();
                for (List<Object> row : records.get(table.getKey())) {
                    insert.setLong(1, packId);
                    bind(insert, 2, row);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        /** Binds values from the given parameter on: flags as 0 or 1, numbers as numbers, none as NULL. */
        private static void bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                int parameter = first + i;
                Object value = values.get(i);
                if (value == null) {
                    statement.setNull(parameter, Types.NULL);
                } else if (value instanceof Boolean flag) {
                    statement.setInt(parameter, flag ? 1 : 0);
                } else if (value instanceof Integer number) {
                    statement.setInt(parameter, number);
                } else if (value instanceof Double number) {
                    statement.setDouble(parameter, number);
                } else {
                    statement.setString(parameter, value.toString());
                }
            }
        }

        @Override
        public void close() throws SQLException {
            deletePack.close();
            insertPack.close();
            lastId.close();
            for (PreparedStatement insert : insertRecords.values()) {
                insert.close();
            }
        }
    }
}
