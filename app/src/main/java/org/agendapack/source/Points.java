package org.agendapack.source;

/**
 * Page measures (PDF points, font sizes) kept as floats, half the room of doubles, for the many words a pack
 * holds. Positions are read to two decimals ({@code 123.45}); a float is not exactly that double, so reading a
 * float back gives the two-decimal value it stands for, which is the very double that was stored for any measure
 * under 131,072 points (the float's error is then under half a hundredth). Other values come back as the float
 * holds them. NaN stands for "not known".
 */
final class Points {

    private Points() {
    }

    static float store(double value) {
        return (float) value;
    }

    static double read(float stored) {
        double value = stored;
        double hundredths = Math.round(value * 100) / 100.0;
        return (float) hundredths == stored ? hundredths : value;
    }
}
