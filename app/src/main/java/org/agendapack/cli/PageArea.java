package org.agendapack.cli;

import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An area of a page, in PDF points from the top-left corner.
 *
 * @param bounds top, left, bottom, right: bottom below top and right of left
 */
record PageArea(double[] bounds) {

    /** Reads {@code top,left,bottom,right}. */
    static final class Converter implements ITypeConverter<PageArea> {

        @Override
        public PageArea convert(String text) {
            try {
                double[] bounds = Arrays.stream(text.split(",")).map(String::strip).mapToDouble(Double::parseDouble)
                        .toArray();
                if (bounds.length == 4 && bounds[2] > bounds[0] && bounds[3] > bounds[1]) {
                    return new PageArea(bounds);
                }
            } catch (NumberFormatException e) {
                // said below, as for a wrong order
            }
            throw new TypeConversionException(
                    "top,left,bottom,right with bottom below top and right of left is needed, not " + text);
        }
    }
}
