package org.lessonpress.theme.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.theme.Rgb;

/** The colour engine on its own: CIELAB, hue lines, the spacing, and every role's rule on many palettes. */
class ColourEngineTest {
    private static final ColourRules AA = new ColourRules(4.5, 3, 3, 8, 0.45);
    private static final Rgb WHITE = Rgb.parse("#ffffff");
    private static final List<Rgb> TOL = colours("#004488", "#eecc66", "#994455", "#6699cc", "#997700", "#ee99aa");

    private static List<Rgb> colours(String... hex) {
        return java.util.Arrays.stream(hex).map(Rgb::parse).toList();
    }

    private static ThemeColours onWhite(List<Rgb> sections) {
        return new ThemeColours(WHITE, Rgb.parse("#1f1f1f"), Rgb.parse("#5f6368"), Rgb.parse("#0b5c8e"),
                Rgb.parse("#f2f3f5"), Rgb.parse("#0b5c8e"), sections);
    }

    @Test
    void labConvertsEverySrgbColourBackToItselfAndItsLightnessIsWcagLuminance() {
        for (int r = 0; r < 256; r += 15) {
            for (int g = 0; g < 256; g += 15) {
                for (int b = 0; b < 256; b += 15) {
                    Rgb c = new Rgb(r, g, b);
                    Lab lab = Lab.of(c);
                    assertThat(lab.toRgb()).isEqualTo(c);
                    assertThat(lab.inGamut()).isTrue();
                    assertThat(Lab.luminance(lab.l())).isCloseTo(c.luminance(), within(1e-9));
                }
            }
        }
        assertThat(Lab.of(WHITE).l()).isCloseTo(100, within(1e-9));
        assertThat(Lab.of(WHITE).chroma()).isCloseTo(0, within(1e-6));
        assertThat(Lab.of(new Rgb(0, 0, 0)).l()).isCloseTo(0, within(1e-9));
        assertThat(new Lab(60, 120, 0).inGamut()).as("a chroma sRGB cannot show").isFalse();
    }

    @Test
    void aHueLineKeepsTheHueRunsBlackToWhiteAndHoldsTheColourItself() {
        for (Rgb c : TOL) {
            HueLine line = new HueLine(c, new double[] {49.4});
            List<HueLine.Option> options = line.options();
            assertThat(options.get(0).lightness()).isLessThan(1);
            assertThat(options.get(options.size() - 1).lightness()).isGreaterThan(99);
            assertThat(options).extracting(HueLine.Option::rgb).contains(c);
            assertThat(options).isSortedAccordingTo(java.util.Comparator.comparingDouble(HueLine.Option::lightness));
            Lab own = Lab.of(c);
            for (HueLine.Option o : options) {
                Lab lab = Lab.of(o.rgb());
                assertThat(lab.chroma()).isLessThanOrEqualTo(own.chroma() + 1.5);
                if (lab.chroma() >= 10) {
                    double turn = Math.toDegrees(Math.abs(Math.atan2(Math.sin(lab.hue() - own.hue()), Math.cos(lab.hue() - own.hue()))));
                    assertThat(turn).as(c + " -> " + o.rgb()).isLessThan(5);
                }
            }
        }
    }

    @Test
    void theDefaultPaletteResolvesToTheValuesEveryFormatPrints() {
        Palette p = ColourEngine.resolve(onWhite(TOL), AA);
        assertThat(p.findings()).isEmpty();
        SectionColours yellow = p.section(1);
        // #eecc66 as text: one value in every format (it was #827036 in the booklet, #837038 on cards and poster)
        assertThat(yellow.text()).isEqualTo(Rgb.parse("#8e7407"));
        assertThat(yellow.fill()).as("a fill that needs no change keeps its value").isEqualTo(Rgb.parse("#eecc66"));
        assertThat(yellow.textOnFill()).isEqualTo(Rgb.parse("#1f1f1f"));
        assertThat(p.section(0).text()).as("a colour that reads keeps its value").isEqualTo(Rgb.parse("#004488"));
        assertThat(p.section(3).largeText()).isEqualTo(Rgb.parse("#6699cc"));
        assertThat(p.section(6)).isEqualTo(p.section(0));
        assertThat(p.text()).isEqualTo(Rgb.parse("#1f1f1f"));
        assertThat(p.accent().text()).isEqualTo(Rgb.parse("#0b5c8e"));
    }

    @Test
    void theSameThemeGivesTheSamePalette() {
        assertThat(ColourEngine.resolve(onWhite(TOL), AA)).isEqualTo(ColourEngine.resolve(onWhite(TOL), AA));
    }

    /** Random palettes of 1 to 10 colours on white and on dark paper: every role meets its rule, or says why not. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everyRoleMeetsItsRuleOnRandomPalettes(long seed) {
        Random random = new Random(seed);
        List<Rgb> sections = new ArrayList<>();
        int n = 1 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            sections.add(new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        }
        boolean dark = seed % 3 == 0;
        ThemeColours theme = dark
                ? new ThemeColours(Rgb.parse("#1a1a1a"), Rgb.parse("#eeeeee"), Rgb.parse("#9aa0a6"), Rgb.parse("#8ab4f8"),
                        Rgb.parse("#2a2a2a"), sections.get(0), sections)
                : onWhite(sections);
        Palette p = ColourEngine.resolve(theme, AA);
        assertThat(p.findings()).noneMatch(Palette.Finding::error);
        Rgb paper = theme.paper();
        for (Rgb ink : List.of(p.text(), p.muted(), p.link())) {
            assertThat(ink.contrast(paper)).isGreaterThanOrEqualTo(4.5);
            assertThat(ink.contrast(theme.codeBackground())).isGreaterThanOrEqualTo(4.5);
        }
        List<SectionColours> all = new ArrayList<>(p.sections());
        all.add(p.accent());
        for (SectionColours c : all) {
            assertThat(c.text().contrast(paper)).isGreaterThanOrEqualTo(4.5);
            assertThat(c.largeText().contrast(paper)).isGreaterThanOrEqualTo(3);
            assertThat(c.rule().contrast(paper)).isGreaterThanOrEqualTo(3);
            assertThat(c.textOnFill().contrast(c.fill())).isGreaterThanOrEqualTo(4.5);
            assertThat(Math.abs(Lab.of(c.fill()).l() - Lab.of(paper).l())).isGreaterThanOrEqualTo(8 - 1e-9);
        }
        boolean spacingWarned = p.findings().stream().anyMatch(f -> f.message().contains("cannot all be"));
        if (!spacingWarned) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    assertThat(Math.abs(Lab.of(p.section(i).rule()).l() - Lab.of(p.section(j).rule()).l()))
                            .as("rules of sections " + j + " and " + i).isGreaterThanOrEqualTo(8 - 1e-9);
                    assertThat(Math.abs(Lab.of(p.section(i).fill()).l() - Lab.of(p.section(j).fill()).l()))
                            .as("fills of sections " + j + " and " + i).isGreaterThanOrEqualTo(8 - 1e-9);
                }
            }
        }
        assertThat(ColourEngine.resolve(theme, AA)).isEqualTo(p);
    }

    @Test
    void moreColoursThanTheRangeCanSeparateIsAWarningAndTheyAreSpacedAsWidelyAsItAllows() {
        List<Rgb> nine = colours("#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255", "#aa4499");
        Palette p = ColourEngine.resolve(onWhite(nine), AA);
        assertThat(p.findings()).anySatisfy(f -> {
            assertThat(f.error()).isFalse();
            assertThat(f.key()).isEqualTo("colors.sections");
            assertThat(f.message()).startsWith("colors.sections: the rules of 9 colours cannot all be 8 L* apart")
                    .contains("they need 3:1 on the paper (#ffffff)").contains("8 fit at most").contains("lower colors.separation");
        });
        List<Double> rules = p.sections().stream().map(s -> Lab.of(s.rule()).l()).sorted().toList();
        for (int i = 1; i < rules.size(); i++) {
            assertThat(rules.get(i) - rules.get(i - 1)).isGreaterThan(6.5);
        }
    }

    @Test
    void twoNearlyEqualSectionColoursAreAWarningAndStillSetApartInLightness() {
        Palette p = ColourEngine.resolve(onWhite(colours("#6699cc", "#004488", "#6a99cc")), AA);
        assertThat(p.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("colors.sections[1] #6699cc and colors.sections[3] #6a99cc are nearly the same colour (ΔE"));
        assertThat(Math.abs(Lab.of(p.section(0).fill()).l() - Lab.of(p.section(2).fill()).l())).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aCodeBackgroundNoTextCanReadOnIsAnErrorWithAFix() {
        ThemeColours theme = new ThemeColours(WHITE, Rgb.parse("#1f1f1f"), Rgb.parse("#5f6368"), Rgb.parse("#0b5c8e"),
                Rgb.parse("#333333"), Rgb.parse("#0b5c8e"), TOL);
        Palette.Finding f = ColourEngine.resolve(theme, AA).findings().get(0);
        assertThat(f.error()).isTrue();
        assertThat(f.key()).isEqualTo("colors.code-background");
        assertThat(f.message()).isEqualTo("colors.code-background #333333: colors.text needs 4.5:1 on it and on the paper"
                + " (#ffffff), and no colour of its hue reaches both; choose a code background nearer the paper, such as #868686");
        assertThat(Rgb.parse("#1f1f1f").contrast(Rgb.parse("#868686"))).as("the fix works").isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aPaperNoColourReadsOnIsAnError() {
        // Black or white reaches 4.5:1 on any paper; WCAG AAA's 7:1 is out of reach on a mid grey.
        ThemeColours theme = new ThemeColours(Rgb.parse("#808080"), Rgb.parse("#1f1f1f"), Rgb.parse("#1f1f1f"),
                Rgb.parse("#1f1f1f"), Rgb.parse("#808080"), Rgb.parse("#1f1f1f"), TOL);
        assertThat(ColourEngine.resolve(theme, new ColourRules(7, 4.5, 3, 8, 0.45)).findings()).anySatisfy(f -> {
            assertThat(f.error()).isTrue();
            assertThat(f.key()).isEqualTo("colors.paper");
            assertThat(f.message()).startsWith("colors.paper #808080: no colour of colors.text's hue reaches 7:1 on it"
                    + " (colors.text #1f1f1f reaches 4.2:1); choose a lighter or darker paper, such as #");
        });
    }

    @Test
    void largeTextIsWcags18PointOr14PointBold() {
        SectionColours c = ColourEngine.resolve(onWhite(TOL), AA).section(1);
        assertThat(c.textAt(17.9, false)).isEqualTo(c.text());
        assertThat(c.textAt(18, false)).isEqualTo(c.largeText());
        assertThat(c.textAt(13.9, true)).isEqualTo(c.text());
        assertThat(c.textAt(14, true)).isEqualTo(c.largeText());
    }
}
