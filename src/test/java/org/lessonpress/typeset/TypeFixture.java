package org.lessonpress.typeset;

import java.util.List;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Theme;

/** Text in the default theme's chains, measured by a typesetter of a given language, for the core's tests. */
final class TypeFixture {
    static final Theme THEME = Corpus.theme();
    static final FontChain SERIF = FontCatalog.bundled().chain("serif", THEME.get(CoreKeys.FONT_SERIF));
    static final FontChain SANS = FontCatalog.bundled().chain("sans", THEME.get(CoreKeys.FONT_SANS));
    static final FontChain MONO = FontCatalog.bundled().chain("mono", THEME.get(CoreKeys.FONT_MONO));
    static final Rgb BLACK = new Rgb(0, 0, 0);
    static final Rgb BLUE = new Rgb(0, 0, 200);
    static final FontChain.MissingGlyphHandler STRICT = (cp, chain) -> {
        throw new IllegalStateException("no glyph for U+" + Integer.toHexString(cp));
    };

    private TypeFixture() {
    }

    static Typesetter typesetter(String lang) {
        return Typesetter.of(THEME, lang, true, AdvanceRounding.NEAREST_THOUSANDTH);
    }

    static Styler styler(Typesetter t) {
        return t.styler(SERIF, MONO, BLACK, BLUE);
    }

    static List<Span> plain(String text) {
        return styler(typesetter("en")).plain(text, FontStyle.REGULAR, STRICT);
    }

    static MeasuredParagraph measure(String lang, String text) {
        Typesetter t = typesetter(lang);
        return t.measure(styler(t).plain(text, FontStyle.REGULAR, STRICT));
    }

    /** The lines of a box as text, each line's words joined by single spaces. */
    static List<String> lines(TextBox box) {
        return box.lines().stream().map(TextBox.Line::text).toList();
    }
}
