package org.agendapack.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's lines and rulings as bytes and back, exactly: every cell's text, word ends, measures (as the floats
 * they are held in) and bold flags, every ruling's coordinates. {@link PageSpill} keeps pages this way on disk.
 */
final class PageContentCodec {

    private static final byte HAS_ENDS = 1;
    private static final byte HAS_GEOMETRY = 2;
    private static final byte HAS_BOLD = 4;

    private PageContentCodec() {
    }

    /** What a page holds for the stages after reading: its lines and its ruled lines. */
    record Content(List<Line> lines, List<Ruling> rulings) {
    }

    static byte[] encode(List<Line> lines, List<Ruling> rulings) {
        Output out = new Output();
        out.ensure(8);
        out.buffer.putInt(lines.size());
        for (Line line : lines) {
            out.ensure(8);
            out.buffer.putInt(line.direction()).putInt(line.cells().size());
            for (Cell cell : line.cells()) {
                write(out, cell);
            }
        }
        out.ensure(4 + rulings.size() * 4 * Double.BYTES);
        out.buffer.putInt(rulings.size());
        for (Ruling ruling : rulings) {
            out.buffer.putDouble(ruling.x1()).putDouble(ruling.y1()).putDouble(ruling.x2()).putDouble(ruling.y2());
        }
        byte[] bytes = new byte[out.buffer.position()];
        out.buffer.flip().get(bytes);
        return bytes;
    }

    private static void write(Output out, Cell cell) {
        byte[] text = cell.text().getBytes(StandardCharsets.UTF_8);
        int[] ends = cell.ends();
        float[] geometry = cell.geometry();
        boolean[] bold = cell.bold();
        out.ensure(9 + text.length + (ends == null ? 0 : ends.length * Integer.BYTES)
                + (geometry == null ? 0 : geometry.length * Float.BYTES) + (bold == null ? 0 : bold.length));
        ByteBuffer buffer = out.buffer;
        buffer.putInt(text.length).put(text).putInt(cell.size());
        buffer.put((byte) ((ends == null ? 0 : HAS_ENDS) | (geometry == null ? 0 : HAS_GEOMETRY)
                | (bold == null ? 0 : HAS_BOLD)));
        if (ends != null) {
            buffer.asIntBuffer().put(ends);
            buffer.position(buffer.position() + ends.length * Integer.BYTES);
        }
        if (geometry != null) {
            buffer.asFloatBuffer().put(geometry);
            buffer.position(buffer.position() + geometry.length * Float.BYTES);
        }
        if (bold != null) {
            for (boolean flag : bold) {
                buffer.put((byte) (flag ? 1 : 0));
            }
        }
    }

    static Content decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int lineCount = in.getInt();
        List<Line> lines = new ArrayList<>(lineCount);
        for (int l = 0; l < lineCount; l++) {
            int direction = in.getInt();
            int cellCount = in.getInt();
            List<Cell> cells = new ArrayList<>(cellCount);
            for (int c = 0; c < cellCount; c++) {
                cells.add(read(in));
            }
            lines.add(new Line(cells, direction));
        }
        int rulingCount = in.getInt();
        List<Ruling> rulings = new ArrayList<>(rulingCount);
        for (int r = 0; r < rulingCount; r++) {
            rulings.add(new Ruling(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble()));
        }
        return new Content(List.copyOf(lines), List.copyOf(rulings));
    }

    private static Cell read(ByteBuffer in) {
        byte[] text = new byte[in.getInt()];
        in.get(text);
        int size = in.getInt();
        byte flags = in.get();
        int[] ends = null;
        if ((flags & HAS_ENDS) != 0) {
            ends = new int[size];
            in.asIntBuffer().get(ends);
            in.position(in.position() + ends.length * Integer.BYTES);
        }
        float[] geometry = null;
        if ((flags & HAS_GEOMETRY) != 0) {
            geometry = new float[size * Word.MEASURES];
            in.asFloatBuffer().get(geometry);
            in.position(in.position() + geometry.length * Float.BYTES);
        }
        boolean[] bold = null;
        if ((flags & HAS_BOLD) != 0) {
            bold = new boolean[size];
            for (int i = 0; i < size; i++) {
                bold[i] = in.get() != 0;
            }
        }
        return new Cell(new String(text, StandardCharsets.UTF_8), size, ends, geometry, bold);
    }

    /** A byte buffer that grows as it is written. */
    private static final class Output {
        private ByteBuffer buffer = ByteBuffer.allocate(4096);

        void ensure(int more) {
            if (buffer.remaining() < more) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
                larger.put(buffer.flip());
                buffer = larger;
            }
        }
    }
}
