package org.agendapack.output;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;

/**
 * A pack's own row, one per input, as the database's {@code packs} table and the Spark job's {@code packs} table
 * hold it: where it came from, what it was read as, its meeting and the tool that read it.
 */
public final class PackRow {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("file", "sha256", "format", "encoding", "kind", "pack_kind",
            "body", "council", "meeting_date", "meeting_time", "time_note", "venue", "published", "page_count",
            "tool_version");

    private PackRow() {
    }

    /** The pack's values, in {@link #COLUMNS} order, typed as {@link ColumnType} says. */
    public static List<Object> values(Pack pack) {
        Meeting meeting = pack.meeting();
        return Arrays.asList(pack.source().file(), pack.source().sha256(), pack.source().format(),
                pack.source().encoding(), pack.kind(), pack.packKind(), of(meeting, Meeting::body),
                of(meeting, Meeting::council), of(meeting, Meeting::date), of(meeting, Meeting::time),
                of(meeting, Meeting::timeNote), of(meeting, Meeting::venue), of(meeting, Meeting::published),
                pack.source().pageCount(), ToolVersion.NAME);
    }

    /** A field of the meeting; none when the input names no meeting. */
    private static String of(Meeting meeting, Function<Meeting, String> field) {
        return meeting == null ? null : field.apply(meeting);
    }
}
