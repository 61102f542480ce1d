package org.lessonpress.export.pdfbox;

import java.util.List;

/** Measures styled pieces with a {@link TextMeasure} (normally the document's {@link PdfFonts}). */
public final class LineBreaker {
    private final TextMeasure measure;

    public LineBreaker(TextMeasure measure) {
        this.measure = measure;
    }

    /** Measures once; lay the result out at as many sizes and widths as needed. */
    public MeasuredText measure(List<Piece> pieces) {
        return MeasuredText.of(pieces, measure);
    }

    /** Measures and lays out in one step. */
    public TextBox layout(List<Piece> pieces, double size, double leading, double maxWidth) {
        return measure(pieces).layout(size, leading, maxWidth);
    }
}
