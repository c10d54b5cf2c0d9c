package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.agendapack.Samples;
import org.agendapack.batch.PackExtractor;
import org.agendapack.model.AgendaItem;
import org.agendapack.model.Pack;
import org.agendapack.model.Warning;
import org.agendapack.output.JsonOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files read whole: their encoding recorded in the output, and what a limit or a bad byte changed warned. */
class TextInputEncodingTest {

    private static final byte[] TWO_BAD_BYTES = {(byte) 0xFF, (byte) 0xFE};

    @TempDir
    Path dir;

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    /** The lines read, blank ones left out (a page keeps none at its end, and the bytes may move a break). */
    private static String text(SourceDocument document) {
        return document.pages().stream().flatMap(page -> page.lines().stream()).map(Line::text)
                .filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    @Test
    void eachSampleWithTwoBadBytesAppendedKeepsItsText() throws Exception {
        for (Path sample : Samples.files(".txt")) {
            byte[] bytes = Files.readAllBytes(sample);
            Path damaged = Files.write(dir.resolve(sample.getFileName()), concat(bytes, TWO_BAD_BYTES));

            SourceDocument original = Sources.open(sample);
            SourceDocument read = Sources.open(damaged);

            assertThat(TextEncoding.decode(concat(bytes, TWO_BAD_BYTES)).text()).as(sample.toString())
                    .isEqualTo(TextEncoding.decode(bytes).text() + "\uFFFD\uFFFD");
            assertThat(read.encoding()).as(sample.toString()).isEqualTo("utf-8").isEqualTo(original.encoding());
            assertThat(text(read).replace("\uFFFD", "").strip()).as(sample.toString()).isEqualTo(text(original));
            assertThat(read.warnings()).extracting(SourceWarning::code, SourceWarning::page)
                    .containsExactly(tuple("ENCODING_REPLACED", read.pages().size()));
            assertThat(read.warnings().get(0).message()).startsWith("2 byte sequences not valid in utf-8");
        }
    }

    @Test
    void aSeedsAgendaSurvivesTwoBadBytes() throws Exception {
        Path sample = Samples.file("004", ".txt");
        Path damaged = Files.write(dir.resolve(sample.getFileName()), concat(Files.readAllBytes(sample),
                TWO_BAD_BYTES));

        Pack original = PackExtractor.extract(sample);
        Pack read = PackExtractor.extract(damaged);

        // the bytes land on the last line, a blank filler, which is then no filler: the item's documents may differ
        assertThat(read.agendaItems()).extracting(AgendaItem::number, AgendaItem::title).hasSize(12)
                .isEqualTo(original.agendaItems().stream().map(item -> tuple(item.number(), item.title())).toList());
        assertThat(read.source().encoding()).isEqualTo("utf-8");
        assertThat(read.warnings()).extracting(Warning::code).contains("ENCODING_REPLACED");
    }

    @Test
    void aUtf16FileIsExtractedAndItsEncodingIsInTheJson() throws Exception {
        String minutes = "Minutes of the Example Committee\nheld on Tuesday 14 October 2025 at 10.00 am\n\n"
                + "1. Apologies\n\nThere were none for the caf\u00e9\u2019s \u00a35 budget.\n";
        Path file = Files.write(dir.resolve("minutes.txt"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, minutes.getBytes(StandardCharsets.UTF_16LE)));

        Pack pack = PackExtractor.extract(file);
        String json = new String(JsonOutput.toBytes(pack), StandardCharsets.UTF_8);

        assertThat(pack.pages().get(0).text()).contains("caf\u00e9\u2019s \u00a35 budget");
        assertThat(json).contains("\"page_count\": 1,\n    \"encoding\": \"utf-16le\"\n  }");
        assertThat(pack.warnings()).extracting(Warning::code).doesNotContain("ENCODING_REPLACED");
    }

    @Test
    void aWindows1252FileIsRecordedAsSuch() throws Exception {
        Path file = Files.write(dir.resolve("budget.txt"),
                "The \u201cBudget\u201d \u2013 \u00a33.8 billion\n".getBytes("windows-1252"));

        Pack pack = PackExtractor.extract(file);

        assertThat(pack.pages().get(0).text()).isEqualTo("The \u201cBudget\u201d \u2013 \u00a33.8 billion");
        assertThat(pack.source().encoding()).isEqualTo("windows-1252");
        assertThat(pack.warnings()).isEmpty();
    }

    @Test
    void aLineCutOnAPageNotSelectedIsNotWarnedButTheFilesEncodingIs() throws Exception {
        Path file = Files.write(dir.resolve("long.txt"), concat(("caf\u00e9 \u00a3 \u2019\fsecond page "
                + "word ".repeat(3_000) + "\n").getBytes(StandardCharsets.UTF_8), TWO_BAD_BYTES));

        SourceDocument all = Sources.open(file);
        SourceDocument first = Sources.open(file, null, PageSelection.of(List.of(1)));

        assertThat(all.warnings()).extracting(SourceWarning::code, SourceWarning::page).containsExactly(
                tuple("ENCODING_REPLACED", 2),
                tuple("LINE_CUT", 2));
        assertThat(first.warnings()).extracting(SourceWarning::code).containsExactly("ENCODING_REPLACED");
    }

    @Test
    void aTextWithoutPageBreaksHasItsWarningsOnNoPage() throws Exception {
        Path file = Files.writeString(dir.resolve("one.txt"), "A made-up report\n" + "word ".repeat(3_000));

        Pack pack = PackExtractor.extract(file);

        assertThat(pack.pages().get(0).page()).isNull();
        assertThat(pack.warnings()).extracting(Warning::code, Warning::page)
                .containsExactly(tuple("LINE_CUT", null));
    }
}
