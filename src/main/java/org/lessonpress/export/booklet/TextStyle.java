package org.lessonpress.export.booklet;

import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;

/**
 * How a run of text is set: font chain and face, size, colour, and the link it belongs to (a URI or, for
 * internal links, {@code #name}); null when it is not a link.
 */
record TextStyle(FontChain chain, FontStyle face, double size, Rgb color, String link) {

    TextStyle withFace(FontStyle f) {
        return new TextStyle(chain, f, size, color, link);
    }

    TextStyle withChain(FontChain c, double s) {
        return new TextStyle(c, face, s, color, link);
    }

    TextStyle withColor(Rgb c) {
        return new TextStyle(chain, face, size, c, link);
    }

    TextStyle withLink(String target, Rgb c) {
        return new TextStyle(chain, face, size, c, target);
    }

    TextStyle withSize(double s) {
        return new TextStyle(chain, face, s, color, link);
    }
}
