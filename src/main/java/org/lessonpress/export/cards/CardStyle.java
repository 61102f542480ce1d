package org.lessonpress.export.cards;

import org.lessonpress.export.ExportContext;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.Units;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.Styler;
import org.lessonpress.typeset.Typesetter;

/**
 * The resolved look of a card: theme values with type sizes scaled to the card (the theme's sizes are for a
 * poker card), the colours, the text stylers and the typesetter for the document's language. Minimum sizes do not scale: they are about legibility.
 * With {@code outline} the section colour is drawn as rules of {@code bandRule} instead of solid areas.
 */
record CardStyle(double scale, double safe, double bandHeight, boolean outline, double bandRule, double sectionSize, double numberSize, double leadSize,
                 double leadMaxSize, double leadMinSize, double titleSize, double markerHeight, double backNumberSize,
                 double bodyMaxSize,
                 double bodyMinSize, double sourceSize, double leading, double leadLeading, double markWidth,
                 Rgb paper, Rgb text, Rgb muted, Rgb rule, Rgb codeBackground, Styler sans, Styler serif,
                 Typesetter type) {

    static final double POKER_WIDTH = Units.mm(63);
    static final double POKER_HEIGHT = Units.mm(88);

    static CardStyle of(ExportContext ctx, CardSize card, String language) {
        Theme t = ctx.theme();
        t.requireAtMost(CardKeys.LEAD_MIN_SIZE, CardKeys.LEAD_SIZE, "the smallest lead size cannot be larger than the largest");
        t.requireAtMost(CardKeys.LEAD_SIZE, CardKeys.LEAD_MAX_SIZE, "the lead size cannot be larger than the largest");
        t.requireAtMost(CardKeys.BODY_MIN_SIZE, CardKeys.BODY_SIZE, "the smallest body size cannot be larger than the largest");
        double scale = Math.max(0.8, Math.min(1.6, Math.min(card.width() / POKER_WIDTH, card.height() / POKER_HEIGHT)));
        Rgb text = t.palette().text();
        Rgb link = t.palette().link();
        Typesetter type = Typesetter.of(t, language, true, AdvanceRounding.NEAREST_THOUSANDTH, ctx.scans());
        Styler sans = type.styler(ctx.fonts(CoreKeys.FONT_SANS), ctx.fonts(CoreKeys.FONT_MONO), text, link);
        Styler serif = type.styler(ctx.fonts(CoreKeys.FONT_SERIF), ctx.fonts(CoreKeys.FONT_MONO), text, link);
        return new CardStyle(scale, t.get(CardKeys.SAFE_ZONE), t.get(CardKeys.BAND_HEIGHT) * scale,
                "outline".equals(t.get(CardKeys.BAND_STYLE)), t.get(CardKeys.BAND_RULE) * scale,
                t.get(CardKeys.SECTION_SIZE) * scale, t.get(CardKeys.NUMBER_SIZE) * scale, t.get(CardKeys.LEAD_SIZE) * scale,
                t.get(CardKeys.LEAD_MAX_SIZE) * scale, t.get(CardKeys.LEAD_MIN_SIZE), t.get(CardKeys.TITLE_SIZE) * scale,
                t.get(CardKeys.MARKER_HEIGHT),
                t.get(CardKeys.BACK_NUMBER_SIZE) * scale, t.get(CardKeys.BODY_SIZE) * scale, t.get(CardKeys.BODY_MIN_SIZE),
                t.get(CardKeys.SOURCE_SIZE) * scale, t.get(CardKeys.LEADING), t.get(CardKeys.LEAD_LEADING),
                t.get(CardKeys.MARK_WIDTH), t.palette().paper(), text, t.palette().muted(),
                t.get(CoreKeys.COLOR_RULE), t.get(CoreKeys.COLOR_CODE_BACKGROUND), sans, serif, type);
    }
}
