package org.lessonpress.export.pdfbox;

import org.lessonpress.theme.FontFace;

/** Advance widths of text in a face, in ems (multiply by the type size in points). */
@FunctionalInterface
public interface TextMeasure {

    /** The advance width of {@code text} set in {@code face} at 1 pt, without kerning (as PDFBox draws it). */
    double width(FontFace face, String text);
}
