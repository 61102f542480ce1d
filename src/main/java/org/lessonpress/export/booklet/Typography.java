package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.colour.SectionColours;

/**
 * The resolved type: chains, colours (from the theme's palette), the modular scale built on the body size, and the
 * body leading that every vertical space is a multiple of.
 */
record Typography(FontChain serif, FontChain sans, FontChain mono, double body, double leading, double ratio,
                  Rgb text, Rgb muted, SectionColours accent, Rgb link, Rgb rule, Rgb paper, Rgb codeBackground) {

    /** The n-th step of the scale: 0 is the body size, 1 the next larger, -1 the next smaller. */
    double step(double n) {
        return body * Math.pow(ratio, n);
    }

    TextStyle bodyStyle() {
        return new TextStyle(serif, FontStyle.REGULAR, body, text, null);
    }

    TextStyle sansStyle(FontStyle face, double size, Rgb color) {
        return new TextStyle(sans, face, size, color, null);
    }

    TextStyle serifStyle(FontStyle face, double size, Rgb color) {
        return new TextStyle(serif, face, size, color, null);
    }
}
