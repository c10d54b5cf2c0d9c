package org.agendapack.source;

/**
 * One glyph as placed on the page, reduced to what line assembly needs.
 *
 * @param text       the glyph's characters as a reader sees them; a ligature is several
 * @param along      position along the text direction (x in the direction's own frame)
 * @param baseline   position of the baseline across the text direction (y from the top in that frame)
 * @param advance    width along the text direction
 * @param spaceWidth the width of the font's space at this size: the gap a plain word space leaves
 * @param box        the glyph's rectangle on the displayed page
 */
record Glyph(String text, int direction, double along, double baseline, double advance, double height,
             double fontSize, double spaceWidth, boolean bold, Box box) {

    double end() {
        return along + advance;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
