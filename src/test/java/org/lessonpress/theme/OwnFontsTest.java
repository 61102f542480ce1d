package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.Exporters;

/**
 * A theme's font chain may name font files beside the theme (.ttf, .otf, .ttc with #index) and installed families,
 * besides the bundled ones; every face reaches the formats as one standalone TrueType font, and a font that cannot
 * be embedded is an error that says what would do. Tests that need Debian's CJK fonts skip with a message.
 */
class OwnFontsTest {
    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @TempDir
    Path dir;

    private final ThemeLoader loader = new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled());

    private static void need(Path font, String pkg) {
        Assumptions.assumeTrue(Files.isRegularFile(font), font + " is not installed (Debian package " + pkg + "; .ci/run installs it)");
    }

    private FontChain serif(Path theme) {
        return FontCatalog.bundled().chain("serif", loader.load(theme.toString()).get(CoreKeys.FONT_SERIF));
    }

    /** Copies a font into the theme's fonts/ folder under {@code name}. */
    private void beside(Path font, String name) throws IOException {
        Files.createDirectories(dir.resolve("fonts"));
        Files.copy(font, dir.resolve("fonts").resolve(name));
    }

    private Path theme(String yaml) throws IOException {
        return Files.writeString(dir.resolve("t.yml"), yaml);
    }

    @Test
    void aTtfBesideTheThemeJoinsTheChain() throws IOException {
        need(DROID, "fonts-droid-fallback");
        beside(DROID, "Fallback.ttf");
        FontChain chain = serif(theme("fonts:\n  serif: [Noto Serif, fonts/Fallback.ttf]\n"));
        assertThat(chain.describe()).isEqualTo("Noto Serif, Droid Sans Fallback");
        FontFace face = chain.face(FontStyle.BOLD, '漢');
        assertThat(face.family()).isEqualTo("Droid Sans Fallback");
        assertThat(face.source()).isEqualTo(dir.resolve("fonts/Fallback.ttf").toRealPath().toString());
        assertThat(face.licence()).isEqualTo("Apache License 2.0");
        assertThat(Sfnt.trueType(face.bytes())).isTrue();
    }

    @Test
    void aCollectionsFacesBecomeStandaloneTrueTypeFonts() throws IOException {
        need(WQY, "fonts-wqy-microhei");
        beside(WQY, "wqy.ttc");
        FontChain chain = serif(theme("fonts:\n  serif: [fonts/wqy.ttc, fonts/wqy.ttc#1]\n"));
        assertThat(chain.describe()).isEqualTo("WenQuanYi Micro Hei, WenQuanYi Micro Hei Mono");
        for (int i = 0; i < 2; i++) {
            FontFace face = chain.families().get(i).face(FontStyle.REGULAR);
            assertThat(face.fileName()).isEqualTo("wqy-" + i + ".ttf");
            assertThat(face.hasGlyph('中')).isTrue();
            byte[] bytes = face.bytes();
            assertThat(Sfnt.trueType(bytes)).as("a plain sfnt, not a collection").isTrue();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                assertThat(ttf.getName()).isEqualTo(i == 0 ? "WenQuanYiMicroHei" : "WenQuanYiMicroHeiMono");
                assertThat(ttf.getUnicodeCmapLookup().getGlyphId('中')).isPositive();
            }
        }
        assertThatThrownBy(() -> serif(theme("fonts:\n  serif: [fonts/wqy.ttc#5]\n"))).isInstanceOf(BadInputException.class)
                .hasMessage(dir.resolve("t.yml") + ":2: error: fonts.serif: wqy.ttc has 2 faces; #5 is not one of them"
                        + " (they are numbered from 0)");
    }

    @Test
    void anInstalledFamilyIsFoundByNameWithTheStylesItsFacesName() throws IOException {
        Assumptions.assumeTrue(!SystemFonts.get().family("DejaVu Serif").isEmpty(), "DejaVu Serif is not installed (fonts-dejavu-core)");
        FontChain chain = serif(theme("fonts:\n  serif: [dejavu serif]\n"));
        FontFamily family = chain.families().get(0);
        assertThat(family.name()).isEqualTo("DejaVu Serif");
        assertThat(family.faces()).containsOnlyKeys(FontStyle.values());
        assertThat(family.face(FontStyle.BOLD).postScriptName()).isEqualTo("DejaVuSerif-Bold");
        assertThat(family.face(FontStyle.ITALIC).postScriptName()).isEqualTo("DejaVuSerif-Italic");
        assertThat(family.face(FontStyle.BOLD_ITALIC).postScriptName()).isEqualTo("DejaVuSerif-BoldItalic");
        assertThat(family.face(FontStyle.REGULAR).postScriptName()).isEqualTo("DejaVuSerif");
    }

    @Test
    void filesOfOneFamilyListedTogetherFormOneFamily() throws IOException {
        beside(Path.of("fonts/DejaVuSans.ttf"), "DejaVuSans.ttf");
        beside(Path.of("fonts/DejaVuSans-Bold.ttf"), "DejaVuSans-Bold.ttf");
        FontChain chain = serif(theme("fonts:\n  serif: [fonts/DejaVuSans-Bold.ttf, fonts/DejaVuSans.ttf, Noto Serif]\n"));
        assertThat(chain.families()).hasSize(2);
        FontFamily family = chain.families().get(0);
        assertThat(family.face(FontStyle.REGULAR).fileName()).isEqualTo("DejaVuSans.ttf");
        assertThat(family.face(FontStyle.BOLD).fileName()).isEqualTo("DejaVuSans-Bold.ttf");
    }

    @Test
    void aPostScriptOutlineFontIsAnErrorThatNamesTrueTypeAlternatives() throws IOException {
        Files.createDirectories(dir.resolve("fonts"));
        byte[] cff = Files.readAllBytes(Path.of("fonts/DejaVuSans.ttf"));
        cff[0] = 'O';
        cff[1] = 'T';
        cff[2] = 'T';
        cff[3] = 'O';
        Files.write(dir.resolve("fonts/Cff.otf"), cff);
        assertThatThrownBy(() -> serif(theme("fonts:\n  serif: [Noto Serif, fonts/Cff.otf]\n")))
                .hasMessage(dir.resolve("t.yml") + ":2: error: fonts.serif: Cff.otf has PostScript (CFF) outlines, which"
                        + " lessonpress cannot embed; " + FontCatalog.TRUETYPE_ALTERNATIVES);
        Assumptions.assumeTrue(!SystemFonts.get().family("Noto Sans CJK JP").isEmpty(), "Noto Sans CJK is not installed");
        assertThatThrownBy(() -> serif(theme("fonts:\n  serif: [Noto Serif, Noto Sans CJK JP]\n")))
                .hasMessageContaining("the installed family 'Noto Sans CJK JP'").hasMessageContaining("PostScript (CFF) outlines")
                .hasMessageContaining("WenQuanYi Micro Hei (Debian: fonts-wqy-microhei)");
    }

    @Test
    void badFontEntriesNameTheThemeLine() throws IOException {
        Path t = theme("# fonts\nfonts:\n  sans: [Noto Sans, fonts/nope.ttf]\n");
        assertThatThrownBy(() -> loader.load(t.toString()))
                .hasMessage(t + ":3: error: fonts.sans: no font file " + dir.toRealPath().resolve("fonts/nope.ttf"));
        Files.writeString(dir.resolve("text.ttf"), "not a font at all");
        Path notFont = theme("fonts:\n  sans: [text.ttf]\n");
        assertThatThrownBy(() -> loader.load(notFont.toString())).hasMessageStartingWith(notFont + ":2: error: fonts.sans: text.ttf"
                + " is not a font lessonpress can read (");
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("x.ttf");
        Files.copy(Path.of("fonts/DejaVuSans.ttf"), outside);
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path escaping = Files.writeString(mine.resolve("t.yml"), "fonts:\n  sans: [../elsewhere/x.ttf]\n");
        assertThatThrownBy(() -> loader.load(escaping.toString())).hasMessageContaining("is outside this theme's folder");
        Path unknown = theme("fonts:\n  sans: [Zapfino Extra Bold Condensed]\n");
        assertThatThrownBy(() -> loader.load(unknown.toString()))
                .hasMessageStartingWith(unknown + ":2: error: fonts.sans: no font family 'Zapfino Extra Bold Condensed' is bundled"
                        + " or installed; bundled families: Noto Serif, Noto Sans");
    }

    @Test
    void aMistypedInstalledFamilyIsAnsweredWithTheNearestOnes() throws IOException {
        Assumptions.assumeTrue(!SystemFonts.get().family("WenQuanYi Micro Hei").isEmpty(), "fonts-wqy-microhei is not installed");
        Path t = theme("fonts:\n  sans: [WenQuanYi Micro Hie]\n");
        assertThatThrownBy(() -> loader.load(t.toString())).hasMessageContaining("installed families like it: WenQuanYi Micro Hei");
    }
}
