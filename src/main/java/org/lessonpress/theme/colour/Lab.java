package org.lessonpress.theme.colour;

import org.lessonpress.theme.Rgb;

/**
 * A colour in CIELAB (D65 white), the space the colour engine moves colours in: {@code l} is CIE L* (0 black to
 * 100 white), {@code a} and {@code b} the opponent axes. The conversion uses the sRGB standard's matrix (IEC
 * 61966-2-1), whose Y row is the one WCAG weighs luminance with, so L* and WCAG contrast are functions of one
 * another: a colour reaches a contrast exactly when its L* is past a bound.
 */
public record Lab(double l, double a, double b) {
    /** Linear sRGB to CIE XYZ, as IEC 61966-2-1 gives it; its Y row is WCAG's luminance. */
    private static final double[][] TO_XYZ = {
        {0.4124, 0.3576, 0.1805},
        {0.2126, 0.7152, 0.0722},
        {0.0193, 0.1192, 0.9505},
    };
    private static final double[][] TO_RGB = invert(TO_XYZ);
    /** The white point: XYZ of sRGB white. */
    private static final double XN = TO_XYZ[0][0] + TO_XYZ[0][1] + TO_XYZ[0][2];
    private static final double ZN = TO_XYZ[2][0] + TO_XYZ[2][1] + TO_XYZ[2][2];
    private static final double DELTA = 6.0 / 29;
    /** Components may stray this far outside 0-1 in linear light and still count as in gamut (rounding noise). */
    private static final double GAMUT_SLACK = 1e-9;

    /** The sRGB transfer function undone, per 8-bit value (as {@link Rgb#luminance()} computes it). */
    private static final double[] LINEAR = new double[256];

    static {
        for (int c = 0; c < 256; c++) {
            double s = c / 255.0;
            LINEAR[c] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
    }

    /** The colour in CIELAB. */
    public static Lab of(Rgb c) {
        double r = LINEAR[c.red()];
        double g = LINEAR[c.green()];
        double bl = LINEAR[c.blue()];
        double x = TO_XYZ[0][0] * r + TO_XYZ[0][1] * g + TO_XYZ[0][2] * bl;
        double y = TO_XYZ[1][0] * r + TO_XYZ[1][1] * g + TO_XYZ[1][2] * bl;
        double z = TO_XYZ[2][0] * r + TO_XYZ[2][1] * g + TO_XYZ[2][2] * bl;
        double fx = f(x / XN);
        double fy = f(y);
        double fz = f(z / ZN);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** CIE L* of a WCAG relative luminance (CIE Y, 0 to 1). */
    public static double lightness(double luminance) {
        return 116 * f(luminance) - 16;
    }

    /** The WCAG relative luminance (CIE Y) of a CIE L*. */
    public static double luminance(double lightness) {
        return fInverse((lightness + 16) / 116);
    }

    public double chroma() {
        return Math.hypot(a, b);
    }

    /** The hue angle in radians. */
    public double hue() {
        return Math.atan2(b, a);
    }

    /** CIE 1976 colour difference: distance in CIELAB. */
    public double distance(Lab o) {
        return Math.sqrt((l - o.l) * (l - o.l) + (a - o.a) * (a - o.a) + (b - o.b) * (b - o.b));
    }

    /** True when sRGB can show this colour. */
    public boolean inGamut() {
        return inGamut(l, a, b);
    }

    /** {@link #inGamut()} without making a colour: the engine asks it thousands of times while a theme loads. */
    static boolean inGamut(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double x = XN * fInverse(fy + a / 500);
        double y = fInverse(fy);
        double z = ZN * fInverse(fy - b / 200);
        for (double[] row : TO_RGB) {
            double v = row[0] * x + row[1] * y + row[2] * z;
            if (v < -GAMUT_SLACK || v > 1 + GAMUT_SLACK) {
                return false;
            }
        }
        return true;
    }

    /** The nearest 8-bit sRGB colour (components clamped to the gamut, then rounded). */
    public Rgb toRgb() {
        double[] rgb = linearRgb();
        return new Rgb(encode(rgb[0]), encode(rgb[1]), encode(rgb[2]));
    }

    private double[] linearRgb() {
        double fy = (l + 16) / 116;
        double[] xyz = {XN * fInverse(fy + a / 500), fInverse(fy), ZN * fInverse(fy - b / 200)};
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = TO_RGB[i][0] * xyz[0] + TO_RGB[i][1] * xyz[1] + TO_RGB[i][2] * xyz[2];
        }
        return rgb;
    }

    /** The exact inverse of {@link #TO_XYZ}, so that a colour converts back to itself. */
    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int r1 = (j + 1) % 3;
                int r2 = (j + 2) % 3;
                int c1 = (i + 1) % 3;
                int c2 = (i + 2) % 3;
                inv[i][j] = (m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1]) / det;
            }
        }
        return inv;
    }

    private static double f(double t) {
        return t > DELTA * DELTA * DELTA ? Math.cbrt(t) : t / (3 * DELTA * DELTA) + 4.0 / 29;
    }

    private static double fInverse(double t) {
        return t > DELTA ? t * t * t : 3 * DELTA * DELTA * (t - 4.0 / 29);
    }

    private static int encode(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        double s = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(s * 255);
    }
}
