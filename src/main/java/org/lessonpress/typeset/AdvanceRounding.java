package org.lessonpress.typeset;

/**
 * How a painter rounds a glyph's advance. A PDF gives widths in thousandths of an em ({@code /W}), and a viewer places
 * each glyph by those, so text is measured with the same rounding as the library that writes the file: then what is
 * laid out is exactly what is drawn. Neither library kerns or substitutes ligatures, and neither does the
 * measuring.
 */
public enum AdvanceRounding {
    /** The font's own units, as word processors lay text out. */
    NONE,
    /** To the nearest thousandth of an em: PDFBox's {@code /W} (poster, cards). */
    NEAREST_THOUSANDTH,
    /** Down to a thousandth of an em: OpenPDF's {@code /W}, integer division of font units (booklet). */
    DOWN_TO_THOUSANDTH;

    /** An advance of {@code units} font units, in ems. */
    double em(int units, int unitsPerEm) {
        return switch (this) {
            case NONE -> units / (double) unitsPerEm;
            case NEAREST_THOUSANDTH -> Math.round(units * 1000.0 / unitsPerEm) / 1000.0;
            case DOWN_TO_THOUSANDTH -> (units * 1000 / unitsPerEm) / 1000.0;
        };
    }
}
