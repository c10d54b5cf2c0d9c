package org.agendapack.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PDF object by object, with a correct cross-reference table, so that a test can build structures
 * no PDF library would write for it (a page tree that contains itself, a negative page count, a form that
 * draws itself). Objects are numbered from 1 in the order they are added.
 */
final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object (its body, such as {@code <</Type/Catalog/Pages 2 0 R>>}); returns its number. */
    int add(String body) {
        objects.add(ascii(body));
        return objects.size();
    }

    /** Adds a stream whose data is already encoded as its dictionary says; {@code /Length} is added here. */
    int addStream(String dictionaryEntries, byte[] data) {
        ByteArrayOutputStream object = new ByteArrayOutputStream(data.length + 64);
        object.writeBytes(ascii("<<" + dictionaryEntries + "/Length " + data.length + ">>\nstream\n"));
        object.writeBytes(data);
        object.writeBytes(ascii("\nendstream"));
        objects.add(object.toByteArray());
        return objects.size();
    }

    /** The file: header, objects, cross-reference table and trailer naming the catalog {@code root}. */
    byte[] bytes(int root) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(file.size());
            file.writeBytes(ascii((i + 1) + " 0 obj\n"));
            file.writeBytes(objects.get(i));
            file.writeBytes(ascii("\nendobj\n"));
        }
        int xref = file.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<</Size ").append(objects.size() + 1).append("/Root ").append(root)
                .append(" 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        file.writeBytes(ascii(table.toString()));
        return file.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
