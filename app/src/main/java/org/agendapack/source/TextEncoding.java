package org.agendapack.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides from a text file's bytes alone how they are encoded, and decodes them. A byte order mark decides;
 * without one, NUL bytes at every other position say UTF-16, and otherwise the bytes are weighed as a whole:
 * UTF-8 stays UTF-8 with its few invalid sequences replaced, and Windows-1252 is taken only when invalid UTF-8
 * is the rule and every byte that is not UTF-8 is one that Windows-1252 gives text. One bad byte thus never
 * changes how the rest of a file is read. Each step is one pass over the bytes.
 */
public final class TextEncoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /**
     * Windows-1252 is taken only when invalid UTF-8 sequences outnumber valid multi-byte ones more than this
     * many times: text in Windows-1252 forms a valid UTF-8 sequence only by accident (a capital accented letter
     * before a symbol), while a UTF-8 file damaged in a few places keeps all its own.
     */
    private static final int INVALID_PER_VALID = 4;
    private static final char REPLACEMENT = '\uFFFD';

    private TextEncoding() {
    }

    /**
     * The bytes as text.
     *
     * @param text          the decoded text, without its byte order mark
     * @param encoding      the charset's name in lower case: {@code utf-8}, {@code windows-1252},
     *                      {@code utf-16le}, {@code utf-16be}, {@code utf-32le} or {@code utf-32be}
     * @param replaced      how many byte sequences invalid in that encoding were replaced by U+FFFD
     * @param firstReplaced where in {@code text} the first replacement stands, or -1 when there is none
     * @param reason        what in the bytes decided the encoding, in words
     */
    public record Decoded(String text, String encoding, int replaced, int firstReplaced, String reason) {
    }

    /** The bytes decoded in the encoding they show; binary data (NUL characters) is refused. */
    public static Decoded decode(byte[] bytes) throws UnreadableInputException {
        Decoded decoded = byEvidence(bytes);
        if (decoded.text().indexOf('\0') >= 0) {
            throw new UnreadableInputException("not a text file: it holds binary data");
        }
        return decoded;
    }

    private static Decoded byEvidence(byte[] bytes) throws UnreadableInputException {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return read(bytes, bom.length(), bom.charset()).as("its byte order mark");
        }
        int[] nuls = nulsByParity(bytes);
        if (nuls[0] + nuls[1] > 0) {
            return utf16ByNuls(bytes, nuls);
        }
        Decoding utf8 = read(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.replaced() == 0) {
            return utf8.as("bytes that are all valid UTF-8");
        }
        int valid = utf8.nonAscii() - utf8.replaced();
        if (utf8.invalidAllText() && utf8.replaced() > INVALID_PER_VALID * valid) {
            return read(bytes, 0, WINDOWS_1252).as(utf8.replaced() + " invalid UTF-8 sequences against " + valid
                    + " valid multi-byte ones, every byte not UTF-8 being text in Windows-1252");
        }
        return utf8.as(valid + " valid multi-byte UTF-8 sequences against " + utf8.replaced() + " invalid");
    }

    /**
     * UTF-16 without a byte order mark, told by its NULs: text in the Latin alphabets has a zero high byte in
     * nearly every character, so NULs fill one parity of positions and never occur in the other. Any other
     * NUL is binary data.
     */
    private static Decoded utf16ByNuls(byte[] bytes, int[] nuls) throws UnreadableInputException {
        int pairs = bytes.length / 2;
        String reason = "NUL bytes at every other position";
        if (nuls[0] == 0 && 2 * nuls[1] >= pairs) {
            return read(bytes, 0, StandardCharsets.UTF_16LE).as(reason);
        }
        if (nuls[1] == 0 && 2 * nuls[0] >= pairs) {
            return read(bytes, 0, StandardCharsets.UTF_16BE).as(reason);
        }
        throw new UnreadableInputException("not a text file: it holds binary data");
    }

    /** The count of NUL bytes at even positions and at odd ones. */
    private static int[] nulsByParity(byte[] bytes) {
        int[] nuls = new int[2];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                nuls[i & 1]++;
            }
        }
        return nuls;
    }

    /**
     * A decoding, and the evidence gathered on the way for the choice between UTF-8 and Windows-1252: the
     * non-ASCII code points (replacements included) and whether every invalid byte is text in Windows-1252.
     */
    private record Decoding(String text, String encoding, int replaced, int firstReplaced, int nonAscii,
                            boolean invalidAllText) {

        Decoded as(String reason) {
            return new Decoded(text, encoding, replaced, firstReplaced, reason);
        }
    }

    /**
     * The bytes from {@code start} decoded, each invalid sequence replaced by U+FFFD and counted; a chunk at a
     * time, so that no buffer but the text itself grows with the input.
     */
    private static Decoding read(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(1 << 13);
        StringBuilder text = new StringBuilder(bytes.length - start);
        int replaced = 0;
        int firstReplaced = -1;
        int nonAscii = 0;
        boolean invalidAllText = true;
        for (CoderResult result = decoder.decode(in, out, true); ; result = decoder.decode(in, out, true)) {
            nonAscii += drain(out, text);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isError()) {
                if (replaced++ == 0) {
                    firstReplaced = text.length();
                }
                for (int i = 0; i < result.length(); i++) {
                    invalidAllText &= isWindows1252Text(bytes[in.position() + i]);
                }
                in.position(in.position() + result.length());
                text.append(REPLACEMENT);
                nonAscii++;
            }
        }
        decoder.flush(out);
        nonAscii += drain(out, text);
        return new Decoding(text.toString(), charset.name().toLowerCase(Locale.ROOT), replaced, firstReplaced,
                nonAscii, invalidAllText);
    }

    /** Moves the decoded characters to the text; the number of non-ASCII code points among them. */
    private static int drain(CharBuffer out, StringBuilder text) {
        out.flip();
        int nonAscii = 0;
        for (int i = 0; i < out.limit(); i++) {
            char c = out.get(i);
            if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                nonAscii++;
            }
        }
        text.append(out);
        out.clear();
        return nonAscii;
    }

    /** Whether Windows-1252 reads the byte as text: any high byte but the five it leaves undefined. */
    static boolean isWindows1252Text(byte b) {
        int value = b & 0xFF;
        return value >= 0x80 && value != 0x81 && value != 0x8D && value != 0x8F && value != 0x90 && value != 0x9D;
    }

    /** A byte order mark: the charset it names and its length in bytes. */
    private record Bom(Charset charset, int length) {

        /** UTF-32LE's mark begins with UTF-16LE's, so it is looked for first. */
        static Bom of(byte[] bytes) {
            if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(UTF_32LE, 4);
            }
            if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(UTF_32BE, 4);
            }
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(bytes, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(bytes, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }

        private static boolean startsWith(byte[] bytes, int... mark) {
            if (bytes.length < mark.length) {
                return false;
            }
            for (int i = 0; i < mark.length; i++) {
                if ((bytes[i] & 0xFF) != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
