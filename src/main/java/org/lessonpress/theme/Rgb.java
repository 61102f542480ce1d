package org.lessonpress.theme;

import java.util.Locale;

/** An sRGB colour, written in themes as {@code #rrggbb} or {@code #rgb}. */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0-255");
        }
    }

    public static Rgb parse(String text) {
        String s = text.trim();
        if (!s.startsWith("#")) {
            throw new IllegalArgumentException("'" + text + "' is not a colour; write it as hex, e.g. #1a4d8f");
        }
        String hex = s.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (hex.length() != 6 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("'" + text + "' is not a colour; write it as #rrggbb or #rgb");
        }
        int v = Integer.parseInt(hex, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** Hex without the hash, as OOXML wants it: {@code 1A4D8F}. */
    public String hexUpper() {
        return hex().substring(1).toUpperCase(Locale.ROOT);
    }

    public float r() {
        return red / 255f;
    }

    public float g() {
        return green / 255f;
    }

    public float b() {
        return blue / 255f;
    }

    /** WCAG relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG contrast ratio between this colour and another, 1 to 21. */
    public double contrast(Rgb other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static double linear(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex();
    }
}
