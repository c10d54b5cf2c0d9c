package org.agendapack.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * The most content a page may have, decompressed. PDFBox inflates a content stream into memory whole before it
 * reads it, so a small compressed stream that inflates to gigabytes (a bomb, or a broken producer) would fill
 * the heap; a page whose content is larger than this is skipped instead.
 *
 * <p>Most streams are measured without decoding: a filter cannot expand its input more than so many times (a
 * deflate stream at most 1032 to 1), so a stream whose stored length times that is within the limit is within it.
 * Only a stream past that bound is decoded, in a single streaming pass that counts its bytes and stops at the
 * limit, so even then nothing large is held in memory.
 */
final class ContentLimit {

    /** The decompressed size past which a page is skipped. */
    static final long MAX_DECODED_BYTES = 64L << 20;

    /** The reason a page over the limit is skipped, for the user. */
    static final String REASON = "content stream larger than " + (MAX_DECODED_BYTES >> 20)
            + " MiB when decompressed";

    private ContentLimit() {
    }

    /** Whether the streams, decompressed, are larger than the limit together. */
    static boolean exceededBy(List<COSStream> streams) throws IOException {
        long bound = 0;
        for (COSStream stream : streams) {
            bound = saturatedAdd(bound, expansionBound(stream));
        }
        if (bound <= MAX_DECODED_BYTES) {
            return false;
        }
        long total = 0;
        for (COSStream stream : streams) {
            total += decodedSize(stream, MAX_DECODED_BYTES - total);
            if (total > MAX_DECODED_BYTES) {
                return true;
            }
        }
        return false;
    }

    /** The most the stream can decode to, from its stored length and its filters, without decoding it. */
    private static long expansionBound(COSStream stream) {
        long bound = Math.max(stream.getLength(), 0);
        for (COSName name : filterNames(stream)) {
            bound = saturatedMultiply(bound, expansion(name));
        }
        return bound;
    }

    /** How many times a filter can at most expand its input; image codecs, unknown here, are unbounded. */
    private static long expansion(COSName filter) {
        String name = filter.getName();
        return switch (name) {
            case "FlateDecode", "Fl" -> 1032;
            case "LZWDecode", "LZW" -> 4096;
            case "RunLengthDecode", "RL" -> 64;
            // ASCII85's z stands for four zero bytes
            case "ASCII85Decode", "A85" -> 4;
            case "ASCIIHexDecode", "AHx", "Crypt" -> 1;
            default -> Long.MAX_VALUE;
        };
    }

    private static List<COSName> filterNames(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * The stream's decoded size, or a number past {@code room} as soon as it is known to be larger. A chain of
     * filters hands each stage's output to the next through a temporary file. A stream that fails to decode
     * counts as what it gave before failing: PDFBox reads what it can of such a stream too.
     */
    private static long decodedSize(COSStream stream, long room) throws IOException {
        List<COSName> names = filterNames(stream);
        List<Path> stages = new ArrayList<>();
        try {
            InputStream input = stream.createRawInputStream();
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                boolean last = i == names.size() - 1;
                Path stage = last ? null : Files.createTempFile("agendapack-stream", ".tmp");
                CountingOutput counted = new CountingOutput(stage == null ? OutputStream.nullOutputStream()
                        : Files.newOutputStream(stage), room);
                try (InputStream in = input; OutputStream out = counted) {
                    filter.decode(in, out, stream, i);
                } catch (IOException e) {
                    if (!counted.overflowed()) {
                        return counted.count();
                    }
                }
                if (counted.overflowed() || last) {
                    return counted.count();
                }
                stages.add(stage);
                input = Files.newInputStream(stage);
            }
            try (InputStream in = input) {
                return countUpTo(in, room);
            }
        } finally {
            for (Path stage : stages) {
                Files.deleteIfExists(stage);
            }
        }
    }

    private static long countUpTo(InputStream in, long room) throws IOException {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read > 0 && count <= room; read = in.read(buffer)) {
            count += read;
        }
        return count;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }

    /** Counts what a filter writes and stops it, by failing its write, once it is past the room given. */
    private static final class CountingOutput extends OutputStream {

        private final OutputStream out;
        private final long room;
        private long count;

        CountingOutput(OutputStream out, long room) {
            this.out = out;
            this.room = room;
        }

        long count() {
            return count;
        }

        boolean overflowed() {
            return count > room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            if (overflowed()) {
                throw new IOException("decoded stream past " + room + " bytes");
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
