package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.Styler;

/**
 * How a run of text is set in the booklet: the styler (font chains and colours), the face and the size.
 */
record TextStyle(Styler styler, FontStyle face, double size) {

    TextStyle withFace(FontStyle f) {
        return new TextStyle(styler, f, size);
    }

    TextStyle withColor(Rgb c) {
        return new TextStyle(styler.withColor(c), face, size);
    }

    /** Links in the text take this colour (contents entries set their leads' links as plain text). */
    TextStyle withLinkColor(Rgb c) {
        return new TextStyle(styler.withLinkColor(c), face, size);
    }

    TextStyle withSize(double s) {
        return new TextStyle(styler, face, s);
    }
}
