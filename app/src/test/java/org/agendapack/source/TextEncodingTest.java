package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final String AGENDA =
            "Agenda Item 5 \u2013 \u201cBudget\u201d: \u00a33.8m for the caf\u00e9\u2019s roof\n";

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void utf8WithTwoBadBytesStaysUtf8WithEachReplacedAndCounted() throws Exception {
        byte[] bytes = concat(AGENDA.getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0xFE));

        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo("utf-8");
        assertThat(decoded.text()).isEqualTo(AGENDA + "\uFFFD\uFFFD");
        assertThat(decoded.replaced()).isEqualTo(2);
        assertThat(decoded.firstReplaced()).isEqualTo(AGENDA.length());
        assertThat(decoded.reason()).isEqualTo("6 valid multi-byte UTF-8 sequences against 2 invalid");
    }

    @Test
    void aBadByteInTheMiddleIsReplacedWhereItStands() throws Exception {
        byte[] bytes = concat("Caf\u00e9 ".getBytes(StandardCharsets.UTF_8), bytes(0x80),
                " na\u00efve\n".getBytes(StandardCharsets.UTF_8));

        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);

        assertThat(decoded.text()).isEqualTo("Caf\u00e9 \uFFFD na\u00efve\n");
        assertThat(decoded.firstReplaced()).isEqualTo(5);
    }

    @Test
    void aWindows1252FileIsReadAsWindows1252() throws Exception {
        byte[] bytes = concat("Agenda Item 5 ".getBytes(StandardCharsets.US_ASCII), bytes(0x96),
                " ".getBytes(StandardCharsets.US_ASCII), bytes(0x93), "Budget".getBytes(StandardCharsets.US_ASCII),
                bytes(0x94), ": ".getBytes(StandardCharsets.US_ASCII), bytes(0xA3),
                "3.8m for the caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, 0x92),
                "s roof\n".getBytes(StandardCharsets.US_ASCII));

        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo("windows-1252");
        assertThat(decoded.text()).isEqualTo(AGENDA);
        assertThat(decoded.replaced()).isZero();
        assertThat(decoded.reason()).startsWith("5 invalid UTF-8 sequences against 0 valid");
    }

    @Test
    void aSinglePoundSignInWindows1252IsTakenAsSuch() throws Exception {
        byte[] bytes = "Budget \u00a33.8 billion".getBytes(Charset.forName("windows-1252"));

        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);

        assertThat(decoded.text()).isEqualTo("Budget \u00a33.8 billion");
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void aByteWindows1252LeavesUndefinedKeepsTheFileUtf8() throws Exception {
        byte[] bytes = concat("Budget ".getBytes(StandardCharsets.US_ASCII), bytes(0xA3, 0x81));

        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo("utf-8");
        assertThat(decoded.text()).isEqualTo("Budget \uFFFD\uFFFD");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        byte[] little = concat(bytes(0xFF, 0xFE), AGENDA.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(bytes(0xFE, 0xFF), AGENDA.getBytes(StandardCharsets.UTF_16BE));

        TextEncoding.Decoded fromLittle = TextEncoding.decode(little);
        TextEncoding.Decoded fromBig = TextEncoding.decode(big);

        assertThat(fromLittle.text()).isEqualTo(AGENDA);
        assertThat(fromLittle.encoding()).isEqualTo("utf-16le");
        assertThat(fromBig.text()).isEqualTo(AGENDA);
        assertThat(fromBig.encoding()).isEqualTo("utf-16be");
        assertThat(fromBig.reason()).isEqualTo("its byte order mark");
        assertThat(fromBig.replaced()).isZero();
    }

    @Test
    void utf32WithAByteOrderMarkIsRead() throws Exception {
        byte[] little = concat(bytes(0xFF, 0xFE, 0, 0), AGENDA.getBytes(Charset.forName("UTF-32LE")));
        byte[] big = concat(bytes(0, 0, 0xFE, 0xFF), AGENDA.getBytes(Charset.forName("UTF-32BE")));

        assertThat(TextEncoding.decode(little).text()).isEqualTo(AGENDA);
        assertThat(TextEncoding.decode(little).encoding()).isEqualTo("utf-32le");
        assertThat(TextEncoding.decode(big).text()).isEqualTo(AGENDA);
        assertThat(TextEncoding.decode(big).encoding()).isEqualTo("utf-32be");
    }

    @Test
    void utf8WithAByteOrderMarkLosesTheMark() throws Exception {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), AGENDA.getBytes(StandardCharsets.UTF_8));

        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);

        assertThat(decoded.text()).isEqualTo(AGENDA);
        assertThat(decoded.encoding()).isEqualTo("utf-8");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsToldByItsNuls() throws Exception {
        TextEncoding.Decoded little = TextEncoding.decode(AGENDA.getBytes(StandardCharsets.UTF_16LE));
        TextEncoding.Decoded big = TextEncoding.decode(AGENDA.getBytes(StandardCharsets.UTF_16BE));

        assertThat(little.text()).isEqualTo(AGENDA);
        assertThat(little.encoding()).isEqualTo("utf-16le");
        assertThat(big.text()).isEqualTo(AGENDA);
        assertThat(big.encoding()).isEqualTo("utf-16be");
    }

    @Test
    void utf16CutShortHasItsLastByteReplaced() throws Exception {
        byte[] whole = concat(bytes(0xFF, 0xFE), "Agenda".getBytes(StandardCharsets.UTF_16LE));
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        TextEncoding.Decoded decoded = TextEncoding.decode(cut);

        assertThat(decoded.text()).isEqualTo("Agend\uFFFD");
        assertThat(decoded.replaced()).isEqualTo(1);
    }

    @Test
    void plainAsciiIsUtf8WithNothingReplaced() throws Exception {
        TextEncoding.Decoded decoded = TextEncoding.decode("Agenda\r\nItem 1\fPage 2\n".getBytes(
                StandardCharsets.US_ASCII));

        assertThat(decoded.encoding()).isEqualTo("utf-8");
        assertThat(decoded.text()).isEqualTo("Agenda\r\nItem 1\fPage 2\n");
        assertThat(decoded.replaced()).isZero();
        assertThat(decoded.firstReplaced()).isEqualTo(-1);
        assertThat(decoded.reason()).isEqualTo("bytes that are all valid UTF-8");
    }

    @Test
    void binaryDataIsStillRefused() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
        byte[] nulsBehindAMark = concat(bytes(0xFF, 0xFE), new byte[64]);

        assertThatThrownBy(() -> TextEncoding.decode(png)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("not a text file: it holds binary data");
        assertThatThrownBy(() -> TextEncoding.decode(nulsBehindAMark)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("not a text file: it holds binary data");
    }

    @Test
    void aFewNulsAmongTextAreNoUtf16() {
        byte[] bytes = concat("Agenda item one and more words here\n".getBytes(StandardCharsets.US_ASCII), bytes(0));

        assertThatThrownBy(() -> TextEncoding.decode(bytes)).isInstanceOf(UnreadableInputException.class);
    }
}
