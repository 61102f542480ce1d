package org.lessonpress.theme;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paper size in points, portrait unless turned. Named ISO and US sizes or {@code <w>x<h>mm|cm|in|pt}. */
public record PageSize(String name, double width, double height) {
    private static final Map<String, double[]> NAMED = new LinkedHashMap<>();
    private static final Pattern CUSTOM = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*x\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(mm|cm|in|pt)");

    static {
        mm("A0", 841, 1189);
        mm("A1", 594, 841);
        mm("A2", 420, 594);
        mm("A3", 297, 420);
        mm("A4", 210, 297);
        mm("A5", 148, 210);
        mm("A6", 105, 148);
        mm("A7", 74, 105);
        mm("B5", 176, 250);
        in("letter", 8.5, 11);
        in("legal", 8.5, 14);
        in("tabloid", 11, 17);
        in("half-letter", 5.5, 8.5);
    }

    public PageSize {
        if (!(width > 0) || !(height > 0) || width > 14400 || height > 14400) {
            throw new IllegalArgumentException("page size must be positive and at most 200 in (14400 pt) per side");
        }
    }

    private static void mm(String name, double w, double h) {
        NAMED.put(name.toLowerCase(Locale.ROOT), new double[] {Units.mm(w), Units.mm(h)});
    }

    private static void in(String name, double w, double h) {
        NAMED.put(name.toLowerCase(Locale.ROOT), new double[] {Units.inches(w), Units.inches(h)});
    }

    /** The names {@link #parse} accepts, for help texts. */
    public static String namedSizes() {
        return String.join("|", NAMED.keySet().stream().map(n -> n.startsWith("a") || n.startsWith("b") ? n.toUpperCase(Locale.ROOT) : n).toList());
    }

    public static PageSize parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        double[] named = NAMED.get(key);
        if (named != null) {
            return new PageSize(text.trim(), named[0], named[1]);
        }
        Matcher m = CUSTOM.matcher(key);
        if (m.matches()) {
            double w = Units.toPoints(Double.parseDouble(m.group(1)), m.group(3));
            double h = Units.toPoints(Double.parseDouble(m.group(2)), m.group(3));
            return new PageSize(text.trim(), w, h);
        }
        throw new IllegalArgumentException("'" + text + "' is not a page size; use " + namedSizes() + " or <w>x<h>mm|cm|in|pt (e.g. 18x24in)");
    }

    public PageSize landscape() {
        return width >= height ? this : new PageSize(name, height, width);
    }

    public PageSize portrait() {
        return width <= height ? this : new PageSize(name, height, width);
    }

    public boolean isLandscape() {
        return width > height;
    }
}
