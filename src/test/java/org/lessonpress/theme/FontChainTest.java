package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;

class FontChainTest {
    private final Theme theme = Corpus.theme();
    private final FontChain serif = FontCatalog.bundled().chain("serif", theme.get(CoreKeys.FONT_SERIF));

    @Test
    void shippedFontsCoverLatinGreekCyrillicAndVietnameseInEveryStyle() {
        String text = "Zoë Łódź ß œ ğ ı ş — “quotes” … Ελληνικά Русский Tiếng Việt ắ ặ ộ ư ơ đ";
        for (FontStyle style : FontStyle.values()) {
            for (FontChain.Run run : serif.runs(text, style, (cp, c) -> {
                throw new AssertionError("missing " + Integer.toHexString(cp));
            })) {
                assertThat(run.face().family()).as(run.text()).isEqualTo("Noto Serif");
                assertThat(run.face().style()).isEqualTo(style);
            }
        }
    }

    @Test
    void aCharacterTheFirstFontLacksComesFromTheNextInTheChain() {
        List<FontChain.Run> runs = serif.runs("A ★ ⚖ B", FontStyle.REGULAR, (cp, c) -> {
            throw new AssertionError("missing " + Integer.toHexString(cp));
        });
        assertThat(runs).extracting(r -> r.face().family()).containsSubsequence("Noto Serif", "DejaVu Sans", "Noto Serif");
        assertThat(runs.stream().map(FontChain.Run::text).reduce("", String::concat)).isEqualTo("A ★ ⚖ B");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void everyCharacterOfARunIsSetInTheFirstFaceOfTheChainThatHasIt(long seed) {
        String[] pieces = {"Lesson ", "★", "⚖", "Ελλη", "Рус", "ắ", "—", "\u2713", "x²", "€", " ", "fi"};
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        for (FontStyle style : FontStyle.values()) {
            List<FontChain.Run> runs = serif.runs(text.toString(), style, (cp, c) -> {
                throw new AssertionError("missing " + Integer.toHexString(cp));
            });
            StringBuilder drawn = new StringBuilder();
            for (FontChain.Run run : runs) {
                run.text().codePoints().forEach(cp -> assertThat(run.face()).as("U+%04X", cp)
                        .isSameAs(serif.face(style, cp)));
                drawn.append(run.text());
            }
            assertThat(drawn.toString()).isEqualTo(text.toString());
            assertThat(runs).extracting(r -> r.face().family()).contains("Noto Serif", "DejaVu Sans");
        }
    }

    @Test
    void aCharacterNoFontHasIsAnErrorNamingLessonAndCodePoint() {
        ExportContext ctx = ExportContext.builder(theme).source("x.md", new byte[0]).build();
        assertThatThrownBy(() -> serif.runs("Snow \u4E2D", FontStyle.REGULAR, ctx.glyphs(12, "lesson 7")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("x.md:12: error: no font in the serif chain (Noto Serif, DejaVu Sans, Noto Sans Symbols 2) has '\u4E2D' (U+4E2D CJK UNIFIED IDEOGRAPHS 4E2D) in lesson 7; add a font that has it to fonts.serif");
    }

    @Test
    void replacePolicyDrawsAVisibleReplacementAndWarnsOnce() {
        List<Diagnostic> warnings = ExportContext.newWarningList();
        ExportContext ctx = ExportContext.builder(theme).source("x.md", new byte[0]).missingGlyphs(MissingGlyphs.REPLACE)
                .warnings(warnings::add).build();
        List<FontChain.Run> runs = serif.runs("a\u4E2Db\u4E2D", FontStyle.REGULAR, ctx.glyphs(3, "lesson 1"));
        String drawn = runs.stream().map(FontChain.Run::text).reduce("", String::concat);
        assertThat(drawn).isEqualTo("a\uFFFDb\uFFFD");
        assertThat(warnings).singleElement().satisfies(d -> assertThat(d.format()).startsWith("x.md:3: warning: no font in the serif chain has '\u4E2D' (U+4E2D"));
    }

    @Test
    void invisibleFormatCharactersAreNotDrawnAndControlsBecomeSpaces() {
        List<FontChain.Run> runs = serif.runs("hy\u00ADphen\u200B\tx", FontStyle.REGULAR, (cp, c) -> {
            throw new AssertionError();
        });
        assertThat(runs.stream().map(FontChain.Run::text).reduce("", String::concat)).isEqualTo("hyphen x");
    }

    @Test
    void symbolFamilyWithOnlyARegularFaceServesBoldText() {
        FontFamily symbols = FontCatalog.bundled().family("Noto Sans Symbols 2");
        assertThat(symbols.has(FontStyle.BOLD)).isFalse();
        assertThat(symbols.face(FontStyle.BOLD).style()).isEqualTo(FontStyle.REGULAR);
        assertThat(Map.of("ok", symbols.face(FontStyle.BOLD_ITALIC).hasGlyph(0x265E))).containsEntry("ok", true);
    }
}
