package org.lessonpress.export.slides;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonpress.BadInputException;
import org.lessonpress.export.slides.Slide.Para;

/**
 * Picks, per slide, the largest size step at which its paragraphs fit the page's text area, trying the slide's
 * versions fullest first. A slide that fits nowhere is an error naming the slide, never a second page.
 */
final class SlideFitter {
    /** Word processors break lines a little differently from java.awt; keep this much width in reserve. */
    private static final double WIDTH_RESERVE = 0.97;

    private final Map<String, StyleMetrics> metrics;
    private final DeckFonts fonts;
    private final TextMeasurer measurer = new TextMeasurer();
    private final double width;
    private final double height;

    /** A slide with its chosen paragraphs and size step. */
    record Fitted(Slide slide, List<Para> paras, int step, double height) {
    }

    SlideFitter(Map<String, StyleMetrics> metrics, DeckFonts fonts, double width, double height) {
        this.metrics = metrics;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    Fitted fit(Slide slide, String sourceName) {
        Fitted f = tryFit(slide);
        if (f.height() <= height) {
            return f;
        }
        throw BadInputException.at(sourceName, slide.line(), String.format(Locale.ROOT,
                "%s does not fit on one slide (%.0fpt of text for %.0fpt, even with the body at its smallest size, "
                        + "slides.body.size-smaller); shorten it, or lower slides.body.size-smaller or the margins in a theme",
                slide.where(), f.height(), height));
    }

    /** The first version and step that fit, or the smallest tried (taller than the page) when none does. */
    Fitted tryFit(Slide slide) {
        Fitted smallest = null;
        for (List<Para> version : slide.versions()) {
            for (int step = 0; step < StyleSheet.STEPS; step++) {
                double h = height(slide, version, step);
                Fitted f = new Fitted(slide, version, step, h);
                if (h <= height) {
                    return f;
                }
                smallest = f;
                if (version.stream().allMatch(p -> p.scalable() == null)) {
                    break;
                }
            }
        }
        return smallest;
    }

    /** The height of a slide's paragraphs at a size step. */
    double height(Slide slide, List<Para> paras, int step) {
        double total = 0;
        for (Para p : paras) {
            StyleMetrics m = metrics(p.styleAt(step));
            double w = width * WIDTH_RESERVE - p.level() * 18.0;
            List<List<TextMeasurer.Run>> lines = Piece.lines(p, fonts.forStyle(m, slide), m.bold(), m.italic()).stream()
                    .map(Piece::runs).toList();
            total += measurer.height(m, lines, w);
        }
        return total;
    }

    StyleMetrics metrics(String styleId) {
        StyleMetrics m = metrics.get(styleId);
        if (m == null) {
            throw new IllegalStateException("style " + styleId + " is missing from styles.xml");
        }
        return m;
    }
}
