package org.lessonpress.export.cards;

import java.util.List;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.ValueType;

/** The theme keys of the cards exporter. Type sizes are for a poker card and scale with larger or smaller cards. */
final class CardKeys {
    static final ThemeKey<Double> SAFE_ZONE = ThemeKey.of("cards.safe-zone", ValueType.length("0mm", "15mm"),
            "distance inside the trim that all text keeps");
    static final ThemeKey<Double> SHEET_MARGIN = ThemeKey.of("cards.sheet-margin", ValueType.length("0mm", "50mm"),
            "least distance from the sheet edge to anything printed (bleed, crop marks): where a home printer prints");
    static final ThemeKey<Double> MARK_LENGTH = ThemeKey.of("cards.crop-mark.length", ValueType.length("0.5mm", "20mm"),
            "preferred crop mark length (shorter where the sheet leaves less room)");
    static final ThemeKey<Double> MARK_MIN_LENGTH = ThemeKey.of("cards.crop-mark.min-length", ValueType.length("0.5mm", "20mm"),
            "shortest crop mark; a sheet holds no more cards than leave room for marks this long");
    static final ThemeKey<Double> MARK_OFFSET = ThemeKey.of("cards.crop-mark.offset", ValueType.length("0mm", "10mm"),
            "gap between a crop mark and the outermost bleed");
    static final ThemeKey<Double> MARK_WIDTH = ThemeKey.of("cards.crop-mark.width", ValueType.length("0.05pt", "2pt"),
            "crop mark line width");
    static final ThemeKey<Double> BAND_HEIGHT = ThemeKey.of("cards.front.band-height", ValueType.length("0mm", "40mm"),
            "height of the section band on the front, from the trim (it also fills the bleed)");
    static final ThemeKey<String> BAND_STYLE = ThemeKey.of("cards.band-style", ValueType.choice("solid", "outline"),
            "section colour on the cards: solid (a band into the bleed on the front, a strip on the back) or outline "
                    + "(thin rules in the section colour, the section name in it on the paper: less ink)");
    static final ThemeKey<Double> BAND_RULE = ThemeKey.of("cards.band-rule", ValueType.length("0.1pt", "6pt"),
            "weight of the section-colour rules when band-style is outline");
    static final ThemeKey<Double> SECTION_SIZE = ThemeKey.of("cards.front.section-size", ValueType.length("4pt", "24pt"),
            "type size of the section name in the band");
    static final ThemeKey<Double> NUMBER_SIZE = ThemeKey.of("cards.front.number-size", ValueType.length("8pt", "200pt"),
            "type size of the lesson number on the front");
    static final ThemeKey<Double> LEAD_SIZE = ThemeKey.of("cards.front.lead-size", ValueType.length("5pt", "48pt"),
            "type size of the lead on the front; a short lead grows in steps of 1.2 from here, a long one shrinks");
    static final ThemeKey<Double> LEAD_MAX_SIZE = ThemeKey.of("cards.front.lead-max-size", ValueType.length("5pt", "96pt"),
            "largest lead size on the front, for the shortest leads");
    static final ThemeKey<Double> LEAD_MIN_SIZE = ThemeKey.of("cards.front.lead-min-size", ValueType.length("4pt", "48pt"),
            "smallest lead size on the front; a lead that needs less is an error naming the lesson");
    static final ThemeKey<Double> TITLE_SIZE = ThemeKey.of("cards.front.title-size", ValueType.length("3pt", "24pt"),
            "type size of the document title at the foot of the front");
    static final ThemeKey<Double> MARKER_HEIGHT = ThemeKey.of("cards.back.marker-height", ValueType.length("0mm", "20mm"),
            "height of the section-colour strip at the top of the back, from the trim");
    static final ThemeKey<Double> BACK_NUMBER_SIZE = ThemeKey.of("cards.back.number-size", ValueType.length("4pt", "36pt"),
            "type size of the lesson number at the top of the back (the lead is on the front)");
    static final ThemeKey<Double> BODY_SIZE = ThemeKey.of("cards.back.body-size", ValueType.length("4pt", "24pt"),
            "largest body size on the back: each back takes the largest size from here down to body-min-size that fits");
    static final ThemeKey<Double> BODY_MIN_SIZE = ThemeKey.of("cards.back.body-min-size", ValueType.length("3pt", "24pt"),
            "smallest body size on the back; a body that needs less is an error naming the lesson");
    static final ThemeKey<Double> SOURCE_SIZE = ThemeKey.of("cards.back.source-size", ValueType.length("3pt", "18pt"),
            "type size of the source line at the foot of the back");
    static final ThemeKey<Double> LEADING = ThemeKey.of("cards.leading", ValueType.number(0.8, 3.0),
            "distance between baselines of body text, times the type size");
    static final ThemeKey<Double> LEAD_LEADING = ThemeKey.of("cards.lead-leading", ValueType.number(0.8, 3.0),
            "distance between baselines of leads and labels, times the type size");

    private CardKeys() {
    }

    static List<ThemeKey<?>> all() {
        return List.of(SAFE_ZONE, SHEET_MARGIN, MARK_LENGTH, MARK_MIN_LENGTH, MARK_OFFSET, MARK_WIDTH, BAND_HEIGHT, BAND_STYLE, BAND_RULE,
                SECTION_SIZE,
                NUMBER_SIZE, LEAD_SIZE, LEAD_MAX_SIZE, LEAD_MIN_SIZE, TITLE_SIZE, MARKER_HEIGHT, BACK_NUMBER_SIZE, BODY_SIZE,
                BODY_MIN_SIZE, SOURCE_SIZE, LEADING, LEAD_LEADING);
    }
}
