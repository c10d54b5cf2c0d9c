package org.agendapack.source;

/** A page was asked for that the input does not have: the caller's mistake, not the file's. */
public final class PageOutOfRangeException extends SourceException {

    public PageOutOfRangeException(int page, int count) {
        super("page " + page + " is past the end: the file has " + count + (count == 1 ? " page" : " pages"));
    }

    @Override
    public String kind() {
        return "page_out_of_range";
    }
}
