package org.lessonpress.export.slides;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonpress.BadInputException;
import org.lessonpress.export.slides.Slide.Para;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.typeset.BreakScans;

/**
 * Picks, per slide, the largest size step at which its paragraphs fit the page's text area, trying the slide's
 * versions fullest first. A slide that fits nowhere is an error naming the slide, never a second page.
 */
final class SlideFitter {
    /**
     * Word processors break lines a little differently from first fit with the fonts' metrics (LibreOffice kerns,
     * Word justifies the last space of a line differently); keep this much width in reserve.
     */
    private static final double WIDTH_RESERVE = 0.97;

    private final Map<String, StyleMetrics> metrics;
    private final DeckFonts fonts;
    private final TextMeasurer measurer;
    private final double width;
    private final double height;

    /**
     * A slide with its chosen paragraphs and size step.
     *
     * @param height the height of its paragraphs, measured with the width kept in reserve
     * @param before the space above its first paragraph, when the slide's content is centred; else the style's
     */
    record Fitted(Slide slide, List<Para> paras, int step, double height, double before) {
        Fitted(Slide slide, List<Para> paras, int step, double height) {
            this(slide, paras, step, height, Double.NaN);
        }

        /** True when the first paragraph's space above is set for this slide rather than taken from its style. */
        boolean centred() {
            return !Double.isNaN(before);
        }
    }

    SlideFitter(Map<String, StyleMetrics> metrics, DeckFonts fonts, double width, double height, String language,
                BreakScans scans) {
        this.measurer = new TextMeasurer(language, scans);
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
                        + "Body Smaller, two steps of slides.scale below slides.body.size); shorten it, or lower "
                        + "slides.body.size or the margins in a theme",
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

    /**
     * The slide with its content centred in the text area: half the space its paragraphs leave (measured at the
     * full text width, where a word processor breaks them, without the last one's space after) goes above the first.
     * The fit itself measures with some width in reserve, which errs towards a line more than Word or LibreOffice
     * set; the full width predicts LibreOffice's lines (checked on every corpus deck in three shapes). The space
     * above never pushes the content within one body line of the page's end, so a word processor that breaks a
     * line more than predicted still keeps the slide on its page.
     */
    Fitted centred(Fitted f) {
        StyleMetrics first = metrics(f.paras().get(0).styleAt(f.step()));
        StyleMetrics last = metrics(f.paras().get(f.paras().size() - 1).styleAt(f.step()));
        StyleMetrics body = metrics(StyleSheet.Scalable.BODY.id(f.step()));
        double full = height(f.slide(), f.paras(), f.step(), 1.0);
        double content = full - last.after();
        double lineOfBody = body.size() * TextMeasurer.lineFactor(fonts.body().primary(FontStyle.REGULAR)) * body.line();
        double room = height - full - lineOfBody;
        double extra = Math.max(0, Math.min((height - content) / 2, room));
        return new Fitted(f.slide(), f.paras(), f.step(), f.height(), first.before() + extra);
    }

    /** The height of a slide's paragraphs at a size step. */
    double height(Slide slide, List<Para> paras, int step) {
        return height(slide, paras, step, WIDTH_RESERVE);
    }

    /** The height of a slide's paragraphs at a size step, broken to {@code widthShare} of the text width. */
    private double height(Slide slide, List<Para> paras, int step, double widthShare) {
        double total = 0;
        for (Para p : paras) {
            StyleMetrics m = metrics(p.styleAt(step));
            total += measurer.height(m, runs(slide, p, m), width * widthShare - p.level() * 18.0);
        }
        return total;
    }

    /** The lines a word processor sets a fitted slide's paragraphs in, at the full text width, as predicted. */
    int lines(Fitted f) {
        int total = 0;
        for (Para p : f.paras()) {
            StyleMetrics m = metrics(p.styleAt(f.step()));
            double w = width - p.level() * 18.0 - m.indentLeft() - m.indentRight();
            for (List<TextMeasurer.Run> line : runs(f.slide(), p, m)) {
                total += measurer.lineCount(line, m.size(), w, m.firstLine());
            }
        }
        return total;
    }

    private List<List<TextMeasurer.Run>> runs(Slide slide, Para p, StyleMetrics m) {
        return Piece.lines(p, fonts.forStyle(m, slide), m.bold(), m.italic()).stream().map(Piece::runs).toList();
    }

    StyleMetrics metrics(String styleId) {
        StyleMetrics m = metrics.get(styleId);
        if (m == null) {
            throw new IllegalStateException("style " + styleId + " is missing from styles.xml");
        }
        return m;
    }
}
