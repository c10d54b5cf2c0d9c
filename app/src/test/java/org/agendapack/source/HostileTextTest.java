package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agendapack.batch.PackExtractor;
import org.agendapack.model.MinutesItem;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text inputs built to stall a parser that is not linear in its input: each goes through the whole pipeline
 * and gives a sensible result. The guard is a hang guard, many times what each takes, not a speed test.
 */
class HostileTextTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private Pack extract(String name, String text) throws Exception {
        return extract(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Pack extract(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return assertTimeoutPreemptively(HANG_GUARD, () -> PackExtractor.extract(file));
    }

    @Test
    void aMillionShortLines() throws Exception {
        String text = IntStream.range(0, 1_000_000).mapToObj(i -> "Line " + i + " of a made-up list\n")
                .collect(Collectors.joining());

        Pack pack = extract("lines.txt", text);

        assertThat(pack.pages()).hasSize(1);
        assertThat(pack.pages().get(0).text()).startsWith("Line 0 of").contains("Line 999999 of a made-up list");
    }

    @Test
    void aTwentyMegabyteLineKeepsEveryWord() throws Exception {
        Pack pack = extract("line.txt", "word ".repeat(4_000_000) + "end\n");

        String[] words = pack.pages().get(0).text().split("\\s+");
        assertThat(words.length).isEqualTo(4_000_001);
        assertThat(words[0]).isEqualTo("word");
        assertThat(words[words.length - 1]).isEqualTo("end");
    }

    @Test
    void aLongLineIsCutAtSpacesAndAWordWithoutSpacesAnywhere() {
        String words = "word ".repeat(4_999) + "word";
        String run = "x".repeat(25_000);

        assertThat(TextSource.pieces(words)).hasSize(3).allMatch(piece -> piece.length() <= TextSource.MAX_LINE)
                .allMatch(piece -> piece.startsWith("word") && piece.endsWith("word"));
        assertThat(String.join(" ", TextSource.pieces(words))).isEqualTo(words);
        assertThat(TextSource.pieces(run)).extracting(String::length).containsExactly(10_000, 10_000, 5_000);
        assertThat(TextSource.pieces("short line")).containsExactly("short line");
    }

    @Test
    void unclosedHtmlTagsStayText() throws Exception {
        Pack pack = extract("tags.md", "<div ".repeat(200_000) + "\n" + "<a href=\"https://example.org/"
                + "path/".repeat(100_000) + "\n" + "<a href=".repeat(100_000) + "\n"
                + "Closed ones still go: <b>bold</b> <input type=\"checkbox\" checked> done\n");

        String text = pack.pages().get(0).text();
        assertThat(text).startsWith("<div <div").contains("<a href=<a href=")
                .contains("Closed ones still go: bold \u2612 done");
    }

    @Test
    void aPipeTableOfTenThousandRowsAndFiftyColumns() throws Exception {
        StringBuilder text = new StringBuilder("Table 1: Made-up figures\n\n| Name");
        IntStream.range(1, 50).forEach(c -> text.append(" | Column ").append(c));
        text.append(" |\n|").append("---|".repeat(50)).append('\n');
        for (int r = 0; r < 10_000; r++) {
            text.append("| Row ").append(r);
            for (int c = 1; c < 50; c++) {
                text.append(" | ").append(r * 50 + c);
            }
            text.append(" |\n");
        }

        Pack pack = extract("table.md", text.toString());

        Table table = pack.tables().stream().max((a, b) -> Integer.compare(a.rows().size(), b.rows().size()))
                .orElseThrow();
        assertThat(table.rows()).hasSize(10_000);
        assertThat(table.columns()).hasSize(50);
        assertThat(table.rows().get(9_999)).startsWith("Row 9999", "499951").endsWith("499999");
    }

    @Test
    void textWithNulsIsNoTextFile() {
        byte[] bytes = "Agenda\0\0 item\0 one\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extract("nuls.txt", bytes)).isInstanceOf(SourceException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void aMinuteOfManyThousandCharactersHasItsDecisionRead() throws Exception {
        String debate = IntStream.range(0, 2_000)
                .mapToObj(i -> "Members discussed point " + i + " of the made-up plan and asked about its cost\n")
                .collect(Collectors.joining());
        String minutes = "Minutes of the Example Committee\nheld on Tuesday 14 October 2025 at 10.00 am\n\n"
                + "Present: Councillors A Smith, B Jones and C Brown\n\n1. Apologies\n\nThere were none.\n\n"
                + "2. Long Debate\n\n" + debate + "\nRESOLVED: That the made-up plan be approved.\n\n"
                + "3. Close\n\nThe meeting closed at 4.00 pm.\n";

        Pack pack = extract("minutes.txt", minutes);

        assertThat(pack.kind()).isEqualTo("minutes");
        MinutesItem debated = pack.minutes().get(0).items().stream().filter(item -> "2".equals(item.number()))
                .findFirst().orElseThrow();
        assertThat(debated.text()).hasSizeGreaterThan(100_000);
        assertThat(debated.decision()).isEqualTo("resolved");
        assertThat(debated.resolutions()).containsExactly("the made-up plan be approved");
    }
}
