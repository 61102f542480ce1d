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
    /**
     * Lightness steps between black and white: 1 L*, a third of what the eye tells apart side by side (about 3) and
     * coarse enough to resolve a theme in a few milliseconds at start-up.
     */
    private static final int STEPS = 100;
    /** How close the chroma search gets to sRGB's limit: far below what 8 bits can show. */
    private static final double CHROMA_PRECISION = 0.05;

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

    private final List<Option> options;

    /**
     * The line of {@code original}, with extra steps just either side of each lightness in {@code edges}: where a
     * role's rule starts or stops being met, so the colour the engine picks meets it without overshooting a grid step.
     */
    HueLine(Rgb original, double[] edges) {
        Lab lab = Lab.of(original);
        double chroma = lab.chroma();
        double cos = Math.cos(lab.hue());
        double sin = Math.sin(lab.hue());
        List<Option> out = new ArrayList<>(STEPS + 3 * edges.length + 2);
        Option own = option(original, lab);
        boolean ownAdded = false;
        double c = chroma;
        for (double l : lightnesses(edges)) {
            c = fittingChroma(l, chroma, c, cos, sin);
            Rgb rgb = new Lab(l, c * cos, c * sin).toRgb();
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

    /** The grid's lightnesses and, near each edge, three more (0.3 L* either side: about one 8-bit step), in order. */
    private static double[] lightnesses(double[] edges) {
        double[] all = new double[STEPS + 1 + 3 * edges.length];
        int n = 0;
        for (int i = 0; i <= STEPS; i++) {
            all[n++] = 100.0 * i / STEPS;
        }
        for (double e : edges) {
            for (double d : new double[] {-0.3, 0, 0.3}) {
                all[n++] = Math.max(0, Math.min(100, e + d));
            }
        }
        java.util.Arrays.sort(all, 0, n);
        return all;
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

    /**
     * The largest chroma up to {@code wanted} that sRGB can show at this lightness and hue. The limit changes little
     * from one step of lightness to the next, so the search starts from the last step's chroma.
     */
    private static double fittingChroma(double l, double wanted, double last, double cos, double sin) {
        if (Lab.inGamut(l, wanted * cos, wanted * sin)) {
            return wanted;
        }
        // gallop from the last step's limit to a bracket around this one's, then halve it
        double step = CHROMA_PRECISION;
        double lo;
        double hi;
        if (Lab.inGamut(l, last * cos, last * sin)) {
            lo = last;
            hi = Math.min(wanted, last + step);
            while (hi < wanted && Lab.inGamut(l, hi * cos, hi * sin)) {
                lo = hi;
                step *= 2;
                hi = Math.min(wanted, hi + step);
            }
        } else {
            hi = last;
            lo = Math.max(0, last - step);
            while (lo > 0 && !Lab.inGamut(l, lo * cos, lo * sin)) {
                hi = lo;
                step *= 2;
                lo = Math.max(0, lo - step);
            }
        }
        while (hi - lo > CHROMA_PRECISION) {
            double mid = (lo + hi) / 2;
            if (Lab.inGamut(l, mid * cos, mid * sin)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
