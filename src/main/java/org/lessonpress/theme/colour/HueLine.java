package org.lessonpress.theme.colour;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.theme.Rgb;

/**
 * The colours the engine may give a theme colour: its own hue from black to white, one colour per step of L*, with
 * the original's chroma wherever sRGB holds it and as much of it as sRGB holds elsewhere (a saturated yellow cannot
 * be dark and stay as saturated). Each is rounded to 8-bit sRGB, so what the engine measures is what is printed.
 * The original colour itself is always among them, so a colour that needs no change keeps its exact value.
 */
final class HueLine {
    /** Lightness steps between black and white: 0.5 L*, about what one step of an 8-bit channel moves. */
    private static final int STEPS = 200;
    /** Halvings of the chroma search: within 1/4096 of the chroma, far below what 8 bits can show. */
    private static final int CHROMA_HALVINGS = 12;

    /**
     * One colour of the line: its L*, its WCAG luminance and how far it is from the original (CIE 1976 ΔE).
     */
    record Option(Rgb rgb, double lightness, double luminance, double distance) {
        /** A colour as it is, at no distance from itself. */
        static Option of(Rgb rgb) {
            double l = Lab.of(rgb).l();
            return new Option(rgb, l, Lab.luminance(l), 0);
        }

        /** WCAG contrast with a colour of the given luminance. */
        double contrast(double otherLuminance) {
            return (Math.max(luminance, otherLuminance) + 0.05) / (Math.min(luminance, otherLuminance) + 0.05);
        }
    }

    private final Rgb original;
    private final List<Option> options;

    HueLine(Rgb original) {
        this.original = original;
        Lab lab = Lab.of(original);
        double hue = lab.hue();
        double chroma = lab.chroma();
        List<Option> out = new ArrayList<>(STEPS + 2);
        Option own = option(original, lab);
        boolean ownAdded = false;
        for (int i = 0; i <= STEPS; i++) {
            double l = 100.0 * i / STEPS;
            Rgb rgb = Lab.lch(l, fittingChroma(l, chroma, hue), hue).toRgb();
            Option o = option(rgb, lab);
            if (!ownAdded && own.lightness() <= o.lightness()) {
                out.add(own);
                ownAdded = true;
            }
            Option last = out.isEmpty() ? null : out.get(out.size() - 1);
            if ((last == null || !same(last.rgb(), rgb) && last.lightness() <= o.lightness()) && !same(rgb, original)) {
                out.add(o);
            }
        }
        if (!ownAdded) {
            out.add(own);
        }
        this.options = List.copyOf(out);
    }

    Rgb original() {
        return original;
    }

    /** Every colour of the line, darkest first. */
    List<Option> options() {
        return options;
    }

    private static Option option(Rgb rgb, Lab original) {
        Lab lab = Lab.of(rgb);
        return new Option(rgb, lab.l(), Lab.luminance(lab.l()), lab.distance(original));
    }

    /** Compared by value without the record's generated equals, which this start-up path can do without. */
    private static boolean same(Rgb a, Rgb b) {
        return a.red() == b.red() && a.green() == b.green() && a.blue() == b.blue();
    }

    /** The largest chroma up to {@code wanted} that sRGB can show at this lightness and hue. */
    private static double fittingChroma(double l, double wanted, double hue) {
        if (Lab.lch(l, wanted, hue).inGamut()) {
            return wanted;
        }
        double lo = 0;
        double hi = wanted;
        for (int i = 0; i < CHROMA_HALVINGS; i++) {
            double mid = (lo + hi) / 2;
            if (Lab.lch(l, mid, hue).inGamut()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
