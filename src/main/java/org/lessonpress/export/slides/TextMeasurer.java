package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.BreakScans;
import org.lessonpress.typeset.FontMetrics;
import org.lessonpress.typeset.Hyphenator;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.Span;
import org.lessonpress.typeset.Typesetter;

/**
 * Predicts how tall a paragraph sets in Word or LibreOffice, with the typesetting core's metrics: advances in the
 * fonts' own units (word processors lay out unrounded) without kerning (Word kerns only where a style asks, and these
 * styles do not; LibreOffice's pair kerning only narrows a line, so the prediction errs towards a line more) and line
 * heights from the fonts' vertical metrics, the way both compute "single" spacing. Lines are counted with the core's
 * first fit, since word processors fill each line as far as it goes (at spaces and after hyphens, never
 * hyphenating), not with Knuth–Plass. Linear in the text's length. One per deck, on one thread.
 */
final class TextMeasurer {
    /** Colour plays no part in measuring; a span needs one. */
    private static final Rgb ANY_INK = new Rgb(0, 0, 0);
    /** Line height per point of size when a paragraph has no text to take it from (DejaVu Sans's). */
    private static final double DEFAULT_LINE_FACTOR = 1.362;

    private final Typesetter type;
    /**
     * Each run list measured once: the fitter asks for the same paragraph at every size step it tries and again to
     * centre the slide, and a measured paragraph is the same at any size and width (in ems; only counting differs).
     */
    private final Map<List<Span>, MeasuredParagraph> measured = new HashMap<>();

    /** A measurer for text in {@code language} (its ties keep, say, "10 ×" together, as a word processor would not). */
    TextMeasurer(String language) {
        this(language, null);
    }

    /** A measurer that shares the break opportunities of the document's texts in {@code scans} (null: none). */
    TextMeasurer(String language, BreakScans scans) {
        // Code scale and baseline play no part in counting lines.
        this.type = Typesetter.of(language, Hyphenator.OFF, AdvanceRounding.NONE, 1, 0, scans);
    }

    /** Text in one face at one size. */
    record Run(FontFace face, String text) {
    }

    /**
     * The height of a paragraph: spacing, borders and its lines.
     *
     * @param lines the paragraph's hard lines (split at forced breaks), each a list of runs
     * @param width the text column width in points
     */
    double height(StyleMetrics m, List<List<Run>> lines, double width) {
        double factor = 0;
        int count = 0;
        for (List<Run> line : lines) {
            for (Run r : line) {
                factor = Math.max(factor, lineFactor(r.face()));
            }
            count += lineCount(line, m.size(), width - m.indentLeft() - m.indentRight(), m.firstLine());
        }
        if (factor == 0) {
            factor = DEFAULT_LINE_FACTOR;
        }
        double natural = factor * m.size();
        double lineHeight = switch (m.lineRule()) {
            case "exact" -> m.line();
            case "atLeast" -> Math.max(m.line(), natural);
            default -> natural * m.line();
        };
        return m.before() + m.after() + m.borderExtra() + count * lineHeight;
    }

    /** Lines one hard line wraps into, first line indented by {@code firstLine}, first fit as word processors break. */
    int lineCount(List<Run> runs, double size, double width, double firstLine) {
        List<Span> spans = new ArrayList<>(runs.size());
        for (Run r : runs) {
            if (!r.text().isEmpty()) {
                spans.add(new Span(r.text(), r.face(), 1, ANY_INK, null, false));
            }
        }
        if (spans.isEmpty()) {
            return 1;
        }
        // A column narrower than 10 pt is measured as 10 pt, as before: a line always holds something.
        double w = Math.max(10, width);
        double first = Math.min(firstLine, w - 10);
        MeasuredParagraph p = measured.computeIfAbsent(spans, type::measure);
        return Math.max(1, p.fit(Setting.WORD_PROCESSOR, size, w, first).lines());
    }

    /** Line height of "single" spacing per point of size: the larger of the hhea and Windows metrics, as apps use. */
    static double lineFactor(FontFace face) {
        return FontMetrics.of(face).singleLineHeight();
    }
}
