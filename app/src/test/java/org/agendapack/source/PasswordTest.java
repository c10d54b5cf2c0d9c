package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password is tried only where one is needed to open the file. */
class PasswordTest {

    @TempDir
    Path dir;

    @Test
    void aPdfWithAnOwnerPasswordOnlyIsReadWhateverPasswordIsGiven() throws Exception {
        Path pdf = encrypted("owner-only.pdf", "");

        assertThat(text(Sources.open(pdf, "not this one"))).isEqualTo("Restricted page");
        assertThat(text(Sources.open(pdf, null))).isEqualTo("Restricted page");
    }

    @Test
    void aPdfWithAUserPasswordIsReadWithItAndWithItsOwnerPassword() throws Exception {
        Path pdf = encrypted("user.pdf", "user secret");

        assertThat(text(Sources.open(pdf, "user secret"))).isEqualTo("Restricted page");
        assertThat(text(Sources.open(pdf, "owner secret"))).isEqualTo("Restricted page");
    }

    @Test
    void aPdfWithAUserPasswordFailsWithoutItOrWithAnother() throws Exception {
        Path pdf = encrypted("user.pdf", "user secret");

        assertThatThrownBy(() -> Sources.open(pdf, null)).isInstanceOf(EncryptedPdfException.class)
                .hasMessage("encrypted PDF: a password is needed to open it");
        assertThatThrownBy(() -> Sources.open(pdf, "wrong")).isInstanceOf(EncryptedPdfException.class)
                .hasMessage("encrypted PDF: the password given does not open it");
    }

    @Test
    void aPdfWithoutEncryptionIsReadWhenAPasswordIsGiven() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("plain.pdf"), Page.portrait(Text.at("Plain page", 72, 700)));

        assertThat(text(Sources.open(pdf, "any"))).isEqualTo("Plain page");
    }

    /** A one-page PDF encrypted with AES-256, an owner password and the user password given ("" for none). */
    private Path encrypted(String name, String userPassword) throws IOException {
        return TestPdfs.writeEncrypted(dir.resolve(name), userPassword,
                Page.portrait(Text.at("Restricted page", 72, 700)));
    }

    private static String text(SourceDocument document) {
        return document.pages().get(0).lines().get(0).text();
    }
}
