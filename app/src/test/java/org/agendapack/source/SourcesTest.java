package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.agendapack.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    @Test
    void theFormatComesFromTheContent() throws Exception {
        Path renamed = dir.resolve("pack.txt");
        Files.copy(Samples.file("002", ".pdf"), renamed);

        SourceDocument document = Sources.open(renamed);

        assertThat(document.format()).isEqualTo(SourceFormat.PDF);
        assertThat(document.pages()).hasSize(9);
        assertThat(document.sha256()).hasSize(64).isEqualTo(Sources.sha256(Files.readAllBytes(renamed)));
        assertThat(document.encoding()).isNull();
    }

    @Test
    void aTextSeedIsReadAsText() throws Exception {
        SourceDocument document = Sources.open(Samples.file("004", ".txt"));

        assertThat(document.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(document.paged()).isTrue();
        assertThat(document.fileName()).isEqualTo(Samples.file("004", ".txt").getFileName().toString());
        assertThat(document.encoding()).isEqualTo("utf-8");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void aMissingFileIsNamedAsSuch() {
        assertThatThrownBy(() -> Sources.open(dir.resolve("none.pdf")))
                .isInstanceOf(UnreadableInputException.class).hasMessage("no such file");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        assertThatThrownBy(() -> Sources.open(empty)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("empty file");
    }

    @Test
    void aTextFileRenamedPdfIsNotAPdf() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.pdf"), "Agenda\nDate: 1 May 2020\n");

        assertThatThrownBy(() -> Sources.open(fake))
                .isInstanceOf(NotPdfException.class).hasMessage("not a PDF: the file has no PDF header")
                .extracting(SourcesTest::kind).isEqualTo("not_pdf");
    }

    @Test
    void aTruncatedPdfIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(Samples.file("000", ".pdf"));
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> Sources.open(truncated))
                .isInstanceOf(DamagedPdfException.class).hasMessageStartingWith("damaged PDF: ")
                .hasMessageNotContaining("\n").extracting(SourcesTest::kind).isEqualTo("damaged");
    }

    @Test
    void anEncryptedPdfSaysSo() throws Exception {
        Path encrypted = dir.resolve("encrypted.pdf");
        try (PDDocument document = Loader.loadPDF(Samples.file("002", ".pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(encrypted.toFile());
        }

        assertThatThrownBy(() -> Sources.open(encrypted))
                .isInstanceOf(EncryptedPdfException.class).hasMessage("encrypted PDF: a password is needed to open it")
                .extracting(SourcesTest::kind).isEqualTo("encrypted");
    }

    @Test
    void binaryDataIsNotText() throws Exception {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        assertThatThrownBy(() -> Sources.open(binary))
                .isInstanceOf(UnreadableInputException.class).hasMessage("not a text file: it holds binary data")
                .extracting(SourcesTest::kind).isEqualTo("unreadable");
    }

    @Test
    void aTextInputTooLargeToHoldIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // sparse: it takes no room on disk, yet it is read through to be hashed
            file.setLength(257L << 20);
        }

        assertThatThrownBy(() -> Sources.open(huge)).isInstanceOf(InputTooLargeException.class)
                .hasMessage("too large: a text input of 257 MiB is over the limit of 256 MiB")
                .extracting(SourcesTest::kind).isEqualTo("too_large");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> Sources.open(dir))
                .isInstanceOf(UnreadableInputException.class).hasMessage("is a directory");
    }

    private static String kind(Throwable error) {
        return ((SourceException) error).kind();
    }
}
