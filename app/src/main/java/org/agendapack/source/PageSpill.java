package org.agendapack.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Where the pages of one input keep their lines and rulings while the later stages work on them, so that memory
 * does not grow with the input: the first pages, up to a budget, stay in memory as they are; every page after
 * that is written to a temporary file as it is read and read back when it is looked at, a few recently read ones
 * held at a time. A page's lists are then views that read it again when needed; the rest of the page (its
 * number, stamps and size) stays in memory. The file has no name once opened where the system allows it and is
 * gone when the spill is closed. A page that cannot be written (a full disk) stays in memory: nothing is lost.
 */
public final class PageSpill implements AutoCloseable {

    /** Room for pages kept in memory, by {@link #estimate}; a few hundred ordinary pages. */
    public static final long DEFAULT_BUDGET = 24L << 20;
    /** Pages read back and held at once: enough for the threads reading documents and the page each looks at. */
    private static final int RECENT_PAGES = 24;

    private final long budget;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong end = new AtomicLong();
    private final Map<Long, PageContentCodec.Content> recent = new LinkedHashMap<>(RECENT_PAGES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PageContentCodec.Content> eldest) {
            return size() > RECENT_PAGES;
        }
    };
    private FileChannel file;
    private boolean unwritable;
    private volatile boolean closed;

    private PageSpill(long budget) {
        this.budget = budget;
    }

    /** A spill that keeps pages in memory up to {@code budget} bytes (by estimate) and writes the others out. */
    public static PageSpill withBudget(long budget) {
        return new PageSpill(budget);
    }

    /** The lines and rulings of one page, as kept: lists in memory, or views of the page on disk. */
    public record Kept(List<Line> lines, List<Ruling> rulings) {
    }

    /** Keeps a page's lines and rulings; may be called from several threads at once. */
    public Kept keep(List<Line> lines, List<Ruling> rulings) {
        long size = estimate(lines, rulings);
        if (held.addAndGet(size) > budget) {
            held.addAndGet(-size);
            Optional<Kept> written = write(lines, rulings);
            if (written.isPresent()) {
                return written.get();
            }
            held.addAndGet(size);
        }
        return new Kept(List.copyOf(lines), List.copyOf(rulings));
    }

    /**
     * The list as it is when it is a view of a page kept on disk (copying it would read the page back), else
     * an unmodifiable copy.
     */
    public static <T> List<T> held(List<T> list) {
        return onDisk(list) ? list : List.copyOf(list);
    }

    /** Whether the list is a view of a page kept on disk. */
    static boolean onDisk(List<?> list) {
        return list instanceof OnDisk<?>;
    }

    /** About what a page's lines and rulings take in memory, in bytes. */
    static long estimate(List<Line> lines, List<Ruling> rulings) {
        long bytes = 48L * rulings.size();
        for (Line line : lines) {
            bytes += 40;
            for (Cell cell : line.cells()) {
                bytes += 96 + cell.text().length() + (long) cell.size() * Word.MEASURES * Float.BYTES;
            }
        }
        return bytes;
    }

    private Optional<Kept> write(List<Line> lines, List<Ruling> rulings) {
        byte[] bytes = PageContentCodec.encode(lines, rulings);
        long at;
        try {
            FileChannel channel = channel();
            if (channel == null) {
                return Optional.empty();
            }
            at = end.getAndAdd(bytes.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            synchronized (this) {
                unwritable = true;
            }
            return Optional.empty();
        }
        Page page = new Page(this, at, bytes.length);
        return Optional.of(new Kept(new OnDisk<>(page, PageContentCodec.Content::lines),
                new OnDisk<>(page, PageContentCodec.Content::rulings)));
    }

    /** The temporary file, opened at the first page written; null when it cannot be made. */
    private synchronized FileChannel channel() throws IOException {
        if (closed) {
            throw new IllegalStateException("the page spill is closed");
        }
        if (file == null && !unwritable) {
            Path path = Files.createTempFile("agendapack-pages-", ".bin");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            try {
                // where the system allows it the file loses its name at once, so a killed process leaves nothing
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // it goes when the channel is closed
            }
        }
        return file;
    }

    private PageContentCodec.Content read(long at, int length) {
        synchronized (recent) {
            PageContentCodec.Content content = recent.get(at);
            if (content != null) {
                return content;
            }
        }
        if (closed) {
            throw new IllegalStateException("the page spill is closed");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (file.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("the page spill file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a page back from its temporary file", e);
        }
        PageContentCodec.Content content = PageContentCodec.decode(buffer.array());
        synchronized (recent) {
            recent.put(at, content);
        }
        return content;
    }

    @Override
    public synchronized void close() {
        closed = true;
        synchronized (recent) {
            recent.clear();
        }
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // the file was deleted already, or goes with the process
            }
        }
    }

    /** Where a page is in the file, and its content while something else still holds it. */
    private static final class Page {
        private final PageSpill spill;
        private final long at;
        private final int length;
        private volatile WeakReference<PageContentCodec.Content> last = new WeakReference<>(null);

        Page(PageSpill spill, long at, int length) {
            this.spill = spill;
            this.at = at;
            this.length = length;
        }

        PageContentCodec.Content content() {
            if (spill.closed) {
                throw new IllegalStateException("the page spill is closed");
            }
            PageContentCodec.Content content = last.get();
            if (content == null) {
                content = spill.read(at, length);
                last = new WeakReference<>(content);
            }
            return content;
        }
    }

    /** One of a page's lists, read back from the file whenever it is looked at. */
    private static final class OnDisk<T> extends AbstractList<T> implements RandomAccess {
        private final Page page;
        private final Function<PageContentCodec.Content, List<T>> part;

        OnDisk(Page page, Function<PageContentCodec.Content, List<T>> part) {
            this.page = page;
            this.part = part;
        }

        private List<T> list() {
            return part.apply(page.content());
        }

        @Override
        public T get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }

        @Override
        public Iterator<T> iterator() {
            return list().iterator();
        }

        @Override
        public Spliterator<T> spliterator() {
            return list().spliterator();
        }

        @Override
        public Object[] toArray() {
            return list().toArray();
        }
    }
}
