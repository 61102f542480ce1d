package org.lessonpress.theme;

import java.util.List;

/** Theme keys every exporter may read: the font chains and the palette. */
public final class CoreKeys {
    public static final ThemeKey<List<String>> FONT_SERIF = ThemeKey.of("fonts.serif", ValueType.FONTS, "text serif for reading, with fallbacks");
    public static final ThemeKey<List<String>> FONT_SANS = ThemeKey.of("fonts.sans", ValueType.FONTS, "display sans for numbers and leads, with fallbacks");
    public static final ThemeKey<List<String>> FONT_MONO = ThemeKey.of("fonts.mono", ValueType.FONTS, "monospaced font for code, with fallbacks");

    public static final ThemeKey<Rgb> COLOR_TEXT = ThemeKey.of("colors.text", ValueType.COLOR, "body text");
    public static final ThemeKey<Rgb> COLOR_MUTED = ThemeKey.of("colors.muted", ValueType.COLOR, "secondary text: running heads, captions");
    public static final ThemeKey<Rgb> COLOR_ACCENT = ThemeKey.of("colors.accent", ValueType.COLOR, "lesson numbers, rules");
    public static final ThemeKey<Rgb> COLOR_LINK = ThemeKey.of("colors.link", ValueType.COLOR, "hyperlinks");
    public static final ThemeKey<Rgb> COLOR_RULE = ThemeKey.of("colors.rule", ValueType.COLOR, "hairlines and borders");
    public static final ThemeKey<Rgb> COLOR_PAPER = ThemeKey.of("colors.paper", ValueType.COLOR, "page background");
    public static final ThemeKey<Rgb> COLOR_CODE_BACKGROUND = ThemeKey.of("colors.code-background", ValueType.COLOR, "behind code");
    public static final ThemeKey<List<Rgb>> COLOR_SECTIONS = ThemeKey.of("colors.sections", ValueType.COLORS,
            "one colour per section, cycled; distinct in greyscale and for colour-blind readers");

    public static final ThemeKey<Double> CODE_SCALE = ThemeKey.of("type.code-scale", ValueType.number(0.5, 1.5),
            "size of inline code and code blocks relative to the text around them (monospaced faces look larger)");
    public static final ThemeKey<Double> BASELINE = ThemeKey.of("type.baseline", ValueType.number(0, 1),
            "how far a baseline sits below the middle of its line, in ems of the type size");
    public static final ThemeKey<Double> CONTRAST_TEXT = ThemeKey.of("colors.contrast.text", ValueType.number(1, 21),
            "least contrast of text with what it sits on (WCAG AA: 4.5)");
    public static final ThemeKey<Double> CONTRAST_LARGE_TEXT = ThemeKey.of("colors.contrast.large-text", ValueType.number(1, 21),
            "least contrast of text of 18 pt, or 14 pt bold, and up (WCAG AA: 3)");
    public static final ThemeKey<Double> CONTRAST_RULE = ThemeKey.of("colors.contrast.rule", ValueType.number(1, 21),
            "least contrast with the paper of rules and bars that tell sections apart (WCAG AA: 3)");
    public static final ThemeKey<Double> SEPARATION = ThemeKey.of("colors.separation", ValueType.number(0, 50),
            "least CIE L* difference between any two sections' fills, and rules, so greyscale tells them apart");
    public static final ThemeKey<Double> TINT = ThemeKey.of("colors.tint", ValueType.number(0, 1),
            "how far a section's tint goes from its fill to the paper (0 the fill, 1 the paper)");

    private CoreKeys() {
    }

    public static List<ThemeKey<?>> all() {
        return List.of(FONT_SERIF, FONT_SANS, FONT_MONO, COLOR_TEXT, COLOR_MUTED, COLOR_ACCENT, COLOR_LINK, COLOR_RULE,
                COLOR_PAPER, COLOR_CODE_BACKGROUND, COLOR_SECTIONS, CONTRAST_TEXT, CONTRAST_LARGE_TEXT, CONTRAST_RULE,
                SEPARATION, TINT, CODE_SCALE, BASELINE);
    }
}
