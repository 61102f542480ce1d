package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.colour.SectionColours;
import org.lessonpress.typeset.Typesetter;

/**
 * The resolved type: chains, colours (from the theme's palette), the modular scale built on the body size, the body
 * leading that every vertical space is a multiple of, and the typesetter of the document's language.
 */
record Typography(FontChain serif, FontChain sans, FontChain mono, double body, double leading, double ratio,
                  Rgb text, Rgb muted, SectionColours accent, Rgb link, Rgb rule, Rgb paper, Rgb codeBackground,
                  Typesetter type, double barWidth, double barHeight) {

    /** The n-th step of the scale: 0 is the body size, 1 the next larger, -1 the next smaller. */
    double step(double n) {
        return body * Math.pow(ratio, n);
    }

    /** The same type a step {@code steps} larger, on {@code leadingFactor} times the leading (the intro's). */
    Typography larger(double steps, double leadingFactor) {
        return new Typography(serif, sans, mono, step(steps), leading * leadingFactor, ratio, text, muted, accent, link,
                rule, paper, codeBackground, type, barWidth, barHeight);
    }

    /** The bar in a section's colour that opens a section, the contents, the intro and the closing: at a row's foot. */
    PageItem.Box bar(double rowHeight, Rgb color) {
        return new PageItem.Box(0, rowHeight - barHeight - 0.5, barWidth, barHeight, color);
    }

    TextStyle bodyStyle() {
        return serifStyle(FontStyle.REGULAR, body, text);
    }

    TextStyle sansStyle(FontStyle face, double size, Rgb color) {
        return new TextStyle(type.styler(sans, mono, color, link), face, size);
    }

    TextStyle serifStyle(FontStyle face, double size, Rgb color) {
        return new TextStyle(type.styler(serif, mono, color, link), face, size);
    }
}
