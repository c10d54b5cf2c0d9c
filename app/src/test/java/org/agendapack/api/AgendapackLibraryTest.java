package org.agendapack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.agendapack.Agendapack;
import org.agendapack.Samples;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.model.Pack;
import org.agendapack.source.EncryptedPdfException;
import org.agendapack.source.NotPdfException;
import org.agendapack.source.SourceException;
import org.agendapack.source.UnreadableInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agendapack used as a library, through its public API alone, as a program that depends on it would (the test
 * helpers only find the samples and draw a PDF).
 */
class AgendapackLibraryTest {

    private static final String MINUTES = """
            Borsetshire County Council
            Minutes of a meeting of the Highways Committee held on Tuesday, 3 March 2026

            1 Apologies for Absence
            There were no apologies.
            """;

    @TempDir
    Path dir;

    @Test
    void aSamplePdfReadFromAStreamIsThePackReadFromItsFile() throws Exception {
        Path pdf = Samples.file("000_", ".pdf");

        Pack fromFile = Agendapack.extract(pdf);
        Pack fromStream;
        try (InputStream in = Files.newInputStream(pdf)) {
            fromStream = Agendapack.extract(in, pdf.getFileName().toString());
        }

        assertThat(fromFile.source().format()).isEqualTo("pdf");
        assertThat(fromFile.source().file()).isEqualTo(pdf.getFileName().toString());
        assertThat(fromFile.source().pageCount()).isPositive();
        assertThat(fromFile.kind()).isEqualTo("agenda_pack");
        assertThat(fromFile.agendaItems()).isNotEmpty();
        assertThat(fromStream).isEqualTo(fromFile);
    }

    @Test
    void aSampleTextConversionReadFromAStreamIsThePackReadFromItsFile() throws Exception {
        Path text = Samples.file("000_", ".txt");

        Pack fromFile = Agendapack.extract(text, Agendapack.options().threads(2).build());
        Pack fromStream;
        try (InputStream in = Files.newInputStream(text)) {
            fromStream = Agendapack.extract(in, text.getFileName().toString());
        }

        assertThat(fromFile.source().format()).isEqualTo("text");
        assertThat(fromFile.agendaItems()).isNotEmpty();
        assertThat(fromStream).isEqualTo(fromFile);
    }

    @Test
    void theNameGivenWithAStreamIsRecordedOnlyItsLastPartIsTakenAndItsCopyIsDeleted() throws Exception {
        String name = "borsetshire-minutes-" + UUID.randomUUID() + ".txt";

        Pack pack = Agendapack.extract(stream(MINUTES), "../../uploads/" + name);

        assertThat(pack.source().file()).isEqualTo(name);
        assertThat(pack.kind()).isEqualTo("minutes");
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temporary.filter(folder -> Files.exists(folder.resolve(name)))).isEmpty();
        }
    }

    @Test
    void textNamedAsAPdfIsNotAPdfFromAFileOrAStream() throws Exception {
        Path fake = Files.writeString(dir.resolve("minutes.pdf"), MINUTES);

        assertThatThrownBy(() -> Agendapack.extract(fake)).isInstanceOf(NotPdfException.class)
                .hasMessage("not a PDF: the file has no PDF header");
        assertThatThrownBy(() -> Agendapack.extract(stream(MINUTES), "minutes.pdf"))
                .isInstanceOf(NotPdfException.class);
    }

    @Test
    void anEncryptedPdfNeedsItsPasswordFromAFileOrAStream() throws Exception {
        Path pdf = encrypted(dir.resolve("locked.pdf"), "user secret");

        assertThatThrownBy(() -> Agendapack.extract(pdf)).isInstanceOf(EncryptedPdfException.class)
                .isInstanceOf(SourceException.class);
        assertThatThrownBy(() -> Agendapack.extract(pdf, Agendapack.options().password("wrong").build()))
                .isInstanceOf(EncryptedPdfException.class);
        Pack opened;
        try (InputStream in = Files.newInputStream(pdf)) {
            opened = Agendapack.extract(in, "locked.pdf", Agendapack.options().password("user secret").build());
        }
        assertThat(opened.pages()).singleElement()
                .satisfies(page -> assertThat(page.text()).contains("Borsetshire Highways Committee"));
    }

    @Test
    void aMissingFileAndAStreamThatFailsAreUnreadable() {
        assertThatThrownBy(() -> Agendapack.extract(dir.resolve("absent.txt")))
                .isInstanceOf(UnreadableInputException.class).hasMessage("no such file");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> Agendapack.extract(failing, "agenda.pdf"))
                .isInstanceOf(UnreadableInputException.class).hasMessage("cannot read: connection reset");
    }

    @Test
    void optionsRefuseFewerThanOneThreadAndNamesThatAreNoFileName() {
        assertThatThrownBy(() -> Agendapack.options().threads(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Agendapack.extract(stream(MINUTES), "uploads/.."))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A one-page PDF that opens only with the user password given (or the owner's). */
    private static Path encrypted(Path file, String userPassword) throws IOException {
        try (PDDocument document = TestPdfs.build(
                List.of(Page.portrait(Text.at("Borsetshire Highways Committee", 72, 700))))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }
}
