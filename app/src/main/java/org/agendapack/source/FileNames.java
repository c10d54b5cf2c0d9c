package org.agendapack.source;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * File names as text, whatever bytes they hold. A name on Linux is bytes; Java decodes it through the file-name
 * encoding ({@code sun.jnu.encoding}, from the locale), and a {@link Path} from a directory listing keeps its
 * bytes while its {@code toString()} turns each byte it cannot decode into U+FFFD, and a string holding a
 * character that encoding cannot encode makes no {@code Path} at all. So a name is read as UTF-8 from its bytes,
 * and each byte that is no part of a UTF-8 character, or of a character the file-name encoding cannot hold,
 * is written {@code %XX}: the text is a valid name under this JVM and tells the byte to the user.
 */
public final class FileNames {

    private static final Charset NAMES = fileNameCharset();

    private FileNames() {
    }

    /** The path as text: its own {@code toString()} when that lost nothing, else from its bytes. */
    public static String text(Path path) {
        String plain = path.toString();
        if (plain.indexOf('\uFFFD') < 0) {
            return plain;
        }
        StringBuilder text = new StringBuilder(path.isAbsolute() ? "/" : "");
        for (int i = 0; i < path.getNameCount(); i++) {
            text.append(i == 0 ? "" : "/").append(escaped(bytes(path.getName(i))));
        }
        return text.toString();
    }

    /**
     * The path as a file URI, which keeps every byte of the name (each escaped), to cross to a worker whose
     * file-name encoding may not decode it.
     */
    public static String uri(Path path) {
        return path.toAbsolutePath().toUri().toString();
    }

    /** The path a {@link #uri} names, with its bytes as they were. */
    public static Path ofUri(String uri) {
        return Path.of(URI.create(uri));
    }

    /** The bytes of one name, from its URI (the one public view of them): each byte not plain ASCII is escaped. */
    private static byte[] bytes(Path name) {
        String raw = Path.of("/").resolve(name).toUri().getRawPath();
        String escaped = raw.substring(1, raw.endsWith("/") ? raw.length() - 1 : raw.length());
        byte[] bytes = new byte[escaped.length()];
        int length = 0;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                bytes[length++] = (byte) HexFormat.fromHexDigits(escaped, i + 1, i + 3);
                i += 2;
            } else {
                bytes[length++] = (byte) c;
            }
        }
        return Arrays.copyOf(bytes, length);
    }

    /** The bytes as UTF-8, each byte that is not part of a character this JVM can name a file with as {@code %XX}. */
    private static String escaped(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        CharsetEncoder names = NAMES.newEncoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StringBuilder text = new StringBuilder();
        while (in.hasRemaining()) {
            CoderResult result = utf8.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                int codePoint = Character.codePointAt(out, 0);
                String character = Character.toString(codePoint);
                out.position(out.position() + Character.charCount(codePoint));
                if (names.canEncode(character)) {
                    text.append(character);
                } else {
                    percent(text, character.getBytes(StandardCharsets.UTF_8));
                }
            }
            out.clear();
            if (result.isError()) {
                byte[] bad = new byte[result.length()];
                in.get(bad);
                percent(text, bad);
            }
        }
        return text.toString();
    }

    private static void percent(StringBuilder text, byte[] bytes) {
        for (byte b : bytes) {
            text.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
    }

    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
