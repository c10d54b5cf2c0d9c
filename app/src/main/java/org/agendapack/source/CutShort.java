package org.agendapack.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Tells a Flate content stream that breaks off (its data cut short or damaged part way) from one that ends as
 * it should. PDFBox reads such a stream up to the damage and says nothing, so without this a page that lost the
 * rest of its text would look whole. Only the stream's own bytes are inflated, into a small buffer that is
 * thrown away; a page's content is some kilobytes, so this costs little beside reading it.
 */
final class CutShort {

    private CutShort() {
    }

    /** Why the first of the streams that breaks off does so, or null when each ends as it should. */
    static String reason(List<COSStream> streams) throws IOException {
        for (COSStream stream : streams) {
            if (isFlateOnly(stream) && !endsWhole(stream)) {
                return "its compressed content stream is cut short";
            }
        }
        return null;
    }

    private static boolean isFlateOnly(COSStream stream) {
        return stream.getFilters() instanceof COSName name
                && (COSName.FLATE_DECODE.equals(name) || COSName.FLATE_DECODE_ABBREVIATION.equals(name));
    }

    /** Whether the stream inflates to its end mark; a wrong checksum after all the data is no loss of text. */
    private static boolean endsWhole(COSStream stream) throws IOException {
        Inflater inflater = new Inflater();
        byte[] input = new byte[1 << 14];
        byte[] output = new byte[1 << 16];
        try (InputStream in = stream.createRawInputStream()) {
            for (int read = in.read(input); read > 0 && !inflater.finished(); read = in.read(input)) {
                inflater.setInput(input, 0, read);
                while (!inflater.finished() && !inflater.needsInput()) {
                    if (inflater.inflate(output) == 0 && inflater.needsDictionary()) {
                        return true;
                    }
                }
            }
            return inflater.finished();
        } catch (DataFormatException e) {
            return "incorrect data check".equals(e.getMessage());
        } finally {
            inflater.end();
        }
    }
}
