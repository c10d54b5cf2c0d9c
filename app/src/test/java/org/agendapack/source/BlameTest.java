package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlameTest {

    @Test
    void anErrorThrownInOurOwnCodeIsOurs() {
        assertThat(Blame.isOurs(thrownAt("java.util.ArrayList", "org.agendapack.source.LineAssembler",
                "org.apache.pdfbox.contentstream.PDFStreamEngine"))).isTrue();
    }

    @Test
    void anErrorThrownInsidePdfBoxIsTheFiles() {
        assertThat(Blame.isOurs(thrownAt("java.util.HashMap", "org.apache.pdfbox.pdmodel.PDPageTree",
                "org.agendapack.source.PdfSource"))).isFalse();
    }

    private static RuntimeException thrownAt(String... classes) {
        RuntimeException error = new IllegalStateException("made up");
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "method", "File.java", 1);
        }
        error.setStackTrace(frames);
        return error;
    }
}
