package org.agendapack.cli;

import java.util.Set;
import java.util.TreeSet;
import org.agendapack.source.PageSelection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the pages to read: {@code all}, or a list of pages and ranges such as {@code 1-3,7}. */
final class PageList implements ITypeConverter<PageSelection> {

    @Override
    public PageSelection convert(String text) {
        if (text.strip().equalsIgnoreCase("all")) {
            return PageSelection.ALL;
        }
        Set<Integer> pages = new TreeSet<>();
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-");
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                if (from < 1 || to < from || range.length > 2) {
                    throw new NumberFormatException(part);
                }
                for (int page = from; page <= to; page++) {
                    pages.add(page);
                }
            } catch (NumberFormatException e) {
                throw new TypeConversionException("all or a list like 1-3,7 is needed, not " + text);
            }
        }
        return PageSelection.of(pages);
    }
}
