package org.agendapack.source;

/**
 * A rectangle on the displayed page in PDF points, measured from the top-left corner (y grows downwards),
 * after the page's own rotation has been applied.
 */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(right(), other.right());
        double bottom = Math.max(bottom(), other.bottom());
        return new Box(left, top, right - left, bottom - top);
    }
}
