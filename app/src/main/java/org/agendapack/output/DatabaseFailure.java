package org.agendapack.output;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** Why the database could not be updated, in one line that names the file. Nothing of the update was kept. */
public final class DatabaseFailure extends java.io.IOException {

    private DatabaseFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static DatabaseFailure otherLayout(Path database, int version) {
        return new DatabaseFailure(database + " is a database of another layout (user_version " + version
                + "), not one Agendapack writes", null);
    }

    static DatabaseFailure of(Path database, SQLException e) {
        return new DatabaseFailure(database + " " + reason(e), e);
    }

    /** SQLite's primary result code said plainly; its own words for the rare others. */
    private static String reason(SQLException e) {
        SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xFF);
        return switch (code) {
            case SQLITE_NOTADB -> "is not an SQLite database";
            case SQLITE_CORRUPT -> "is a damaged SQLite database";
            case SQLITE_CANTOPEN -> "cannot be opened as a database (a folder, or in a folder that cannot be written)";
            case SQLITE_READONLY, SQLITE_PERM -> "cannot be written (permission denied)";
            case SQLITE_BUSY, SQLITE_LOCKED -> "is locked by another program";
            case SQLITE_FULL -> "cannot grow: the disk is full";
            default -> "cannot be updated: " + firstLine(e.getMessage());
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
