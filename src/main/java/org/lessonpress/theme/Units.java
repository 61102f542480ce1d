package org.lessonpress.theme;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths: the one internal unit is the PDF point (1/72 in); {@code mm}, {@code cm} and {@code in} convert at the edge. */
public final class Units {
    public static final double POINTS_PER_INCH = 72.0;
    public static final double POINTS_PER_MM = 72.0 / 25.4;

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(mm|cm|in|pt)\\s*");

    private Units() {
    }

    /** Parses {@code 15mm}, {@code 1.5cm}, {@code 0.75in} or {@code 10pt} into points. A bare number is an error. */
    public static double parseLength(String text) {
        Matcher m = LENGTH.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a length; write a number with a unit: mm, cm, in or pt (e.g. 12mm)");
        }
        return toPoints(Double.parseDouble(m.group(1)), m.group(2));
    }

    public static double toPoints(double value, String unit) {
        return switch (unit) {
            case "mm" -> value * POINTS_PER_MM;
            case "cm" -> value * 10 * POINTS_PER_MM;
            case "in" -> value * POINTS_PER_INCH;
            case "pt" -> value;
            default -> throw new IllegalArgumentException("unknown unit '" + unit + "'; use mm, cm, in or pt");
        };
    }

    public static double mm(double mm) {
        return mm * POINTS_PER_MM;
    }

    public static double inches(double in) {
        return in * POINTS_PER_INCH;
    }

    public static double toMm(double points) {
        return points / POINTS_PER_MM;
    }
}
