package org.lessonpress.export.slides;

import org.lessonpress.export.ExportContext;
import org.lessonpress.theme.FontChain;

/**
 * The deck's three font chains (display, body, code) and which one a style's font names: a style set in the display
 * family measures and falls back through the display chain. A family the theme does not know (from a reference
 * document) is measured with the body chain.
 */
record DeckFonts(FontChain display, FontChain body, FontChain mono, ExportContext context) {

    Piece.Fonts forStyle(StyleMetrics m, Slide slide) {
        FontChain chain = body;
        if (m.font().equals(first(display))) {
            chain = display;
        } else if (m.font().equals(first(mono))) {
            chain = mono;
        }
        return new Piece.Fonts(chain, mono, context.glyphs(slide.line(), slide.where()));
    }

    static String first(FontChain chain) {
        return chain.families().get(0).name();
    }
}
