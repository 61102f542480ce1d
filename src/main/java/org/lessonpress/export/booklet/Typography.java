package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;

/**
 * The resolved type: chains, colours, the modular scale built on the body size, and the body leading that every
 * vertical space is a multiple of.
 */
record Typography(FontChain serif, FontChain sans, FontChain mono, double body, double leading, double ratio,
                  Rgb text, Rgb muted, Rgb accent, Rgb link, Rgb rule, Rgb paper, Rgb codeBackground) {

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

    /**
     * A colour dark enough to read on the paper at the given contrast (3:1 for large figures, 4.5:1 for text):
     * section colours such as orange are darkened, never changed in hue.
     */
    Rgb readable(Rgb c, double contrast) {
        Rgb out = c;
        for (int i = 0; i < 20 && out.contrast(paper) < contrast; i++) {
            out = new Rgb((int) (out.red() * 0.92), (int) (out.green() * 0.92), (int) (out.blue() * 0.92));
        }
        return out;
    }
}
