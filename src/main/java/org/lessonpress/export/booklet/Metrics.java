package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontFace;

/** Widths of text in a face, in points: the only thing layout needs to know about fonts. */
interface Metrics {
    double width(FontFace face, String text, double size);
}
