package org.agendapack.source;

/**
 * A ruled line of the page (a table's border or grid line), on the displayed page in PDF points from the
 * top-left, as a segment from (x1, y1) to (x2, y2) with x1 ≤ x2 and y1 ≤ y2.
 */
public record Ruling(double x1, double y1, double x2, double y2) {

    public boolean horizontal() {
        return y2 - y1 <= 1.5 && x2 - x1 > y2 - y1;
    }

    public boolean vertical() {
        return x2 - x1 <= 1.5 && y2 - y1 > x2 - x1;
    }
}
