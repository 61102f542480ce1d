package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.Exporters;

class ThemeLoaderTest {
    @TempDir
    Path dir;

    private final ThemeLoader loader = new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled());

    @Test
    void defaultThemeSetsEveryDeclaredKey() {
        Theme t = loader.load("default");
        assertThat(t.name()).isEqualTo("default");
        for (ThemeKey<?> k : Exporters.discover().themeKeys()) {
            assertThat(t.get(k)).as(k.path()).isNotNull();
        }
        assertThat(t.get(CoreKeys.FONT_SERIF)).startsWith("Noto Serif");
        assertThat(t.get(CoreKeys.COLOR_TEXT)).isEqualTo(new Rgb(0x1f, 0x1f, 0x1f));
        assertThat(t.palette().section(0).fill()).isEqualTo(Rgb.parse("#004488"));
        assertThat(t.palette().section(6)).isEqualTo(t.palette().section(0));
    }

    @Test
    void bundledInkSaverExtendsDefault() {
        Theme t = loader.load("ink-saver");
        assertThat(t.get(CoreKeys.COLOR_ACCENT)).isEqualTo(Rgb.parse("#4d4d4d"));
        assertThat(t.get(CoreKeys.FONT_SANS)).isEqualTo(loader.load("default").get(CoreKeys.FONT_SANS));
    }

    @Test
    void userThemeImplicitlyExtendsDefaultAndExtendsChainsByRelativePath() throws IOException {
        Files.writeString(dir.resolve("base.yml"), "colors:\n  text: '#102030'\n");
        Path child = dir.resolve("child.yml");
        Files.writeString(child, "extends: base.yml\ncolors:\n  muted: '#abc'\n");
        Theme t = loader.load(child.toString());
        assertThat(t.name()).isEqualTo("child");
        assertThat(t.get(CoreKeys.COLOR_TEXT).hex()).isEqualTo("#102030");
        assertThat(t.get(CoreKeys.COLOR_MUTED).hex()).isEqualTo("#aabbcc");
        assertThat(t.get(CoreKeys.COLOR_ACCENT)).isEqualTo(loader.load("default").get(CoreKeys.COLOR_ACCENT));
    }

    @Test
    void unknownKeyNamesFileLineAndSuggestsTheNearest() throws IOException {
        Path f = write("colors:\n  text: '#000000'\n  mutd: '#111111'\n");
        assertThatThrownBy(() -> loader.load(f.toString())).isInstanceOf(BadInputException.class)
                .hasMessage(f + ":3: error: unknown theme key 'colors.mutd'; did you mean 'colors.muted'?");
    }

    @Test
    void badColourAndUnitAndFontAreErrorsNamingTheKey() throws IOException {
        Path colour = write("colors:\n  text: red\n");
        assertThatThrownBy(() -> loader.load(colour.toString()))
                .hasMessage(colour + ":2: error: colors.text: 'red' is not a colour; write it as hex, e.g. #1a4d8f");
        Path font = write("fonts:\n  serif: [Comic Sans]\n");
        assertThatThrownBy(() -> loader.load(font.toString())).hasMessageStartingWith(font + ":2: error: fonts.serif: no font family 'Comic Sans' is bundled or installed;"
                + " bundled families: Noto Serif");
        Path group = write("colors: '#ffffff'\n");
        assertThatThrownBy(() -> loader.load(group.toString())).hasMessageStartingWith(group + ":1: error: 'colors' is a group, not a value");
    }

    @Test
    void lengthsResolveToPoints() {
        assertThat(Units.parseLength("25.4mm")).isEqualTo(72.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Units.parseLength("1in")).isEqualTo(72.0);
        assertThat(Units.parseLength("2.54cm")).isEqualTo(72.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Units.parseLength("10pt")).isEqualTo(10.0);
        assertThatThrownBy(() -> Units.parseLength("10")).hasMessageContaining("write a number with a unit");
        assertThatThrownBy(() -> Units.parseLength("10px")).hasMessageContaining("mm, cm, in or pt");
        assertThat(PageSize.parse("A4").width()).isEqualTo(595.28, org.assertj.core.data.Offset.offset(0.01));
        assertThat(PageSize.parse("18x24in").height()).isEqualTo(1728.0);
        assertThat(PageSize.parse("A5").landscape().width()).isEqualTo(PageSize.parse("A5").height());
        assertThatThrownBy(() -> PageSize.parse("A12")).hasMessageContaining("is not a page size");
    }

    @Test
    void extendsLoopIsAnError() throws IOException {
        Files.writeString(dir.resolve("a.yml"), "extends: b.yml\n");
        Files.writeString(dir.resolve("b.yml"), "extends: a.yml\n");
        assertThatThrownBy(() -> loader.load(dir.resolve("a.yml").toString())).hasMessageContaining("extend each other in a loop");
    }

    @Test
    void unknownBundledNameListsTheBundledThemes() {
        assertThatThrownBy(() -> loader.load("fancy")).hasMessage("--theme: error: no bundled theme 'fancy'; use one of default, ink-saver or a path to a .yml file");
    }

    @Test
    void themeMustNotMissDeclaredKeysWhenItDoesNotExtendDefault() {
        ThemeLoader strict = new ThemeLoader(List.of(CoreKeys.COLOR_TEXT, ThemeKey.of("extra.key", ValueType.LENGTH, "x")), FontCatalog.bundled());
        assertThatThrownBy(() -> strict.load("default")).hasMessageContaining("unknown theme key");
    }

    @Test
    void colourRulesAreNumbersInTheirRange() throws IOException {
        Path high = write("colors:\n  contrast:\n    text: 30\n");
        assertThatThrownBy(() -> loader.load(high.toString()))
                .hasMessage(high + ":3: error: colors.contrast.text: 30 is out of range 1–21; the theme it extends sets 4.5");
        Path tint = write("colors:\n  tint: -0.1\n");
        assertThatThrownBy(() -> loader.load(tint.toString()))
                .hasMessageStartingWith(tint + ":2: error: colors.tint: -0.1 is out of range 0–1");
        Theme aaa = loader.load(write("colors:\n  contrast:\n    text: 7\n").toString());
        Rgb paper = aaa.get(CoreKeys.COLOR_PAPER);
        assertThat(aaa.palette().sections()).allSatisfy(c -> assertThat(c.text().contrast(paper)).isGreaterThanOrEqualTo(7));
    }

    @Test
    void thePaletteIsResolvedAtLoadAndItsFindingsNameTheLineThatSetTheColours() throws IOException {
        Path nine = write("description: nine\ncolors:\n  sections: ['#332288', '#88ccee', '#44aa99', '#117733', '#999933',"
                + " '#ddcc77', '#cc6677', '#882255', '#aa4499']\n");
        Theme t = loader.load(nine.toString());
        assertThat(t.warnings()).singleElement().satisfies(d -> assertThat(d.format())
                .startsWith(nine + ":3: warning: colors.sections: the rules of 9 colours cannot all be 8 L* apart"));
        assertThat(loader.load("default").warnings()).isEmpty();
        assertThat(loader.load("ink-saver").warnings()).isEmpty();
        Path dark = write("colors:\n  code-background: '#333333'\n");
        assertThatThrownBy(() -> loader.load(dark.toString())).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(dark + ":2: error: colors.code-background #333333: colors.text needs 4.5:1 on it");
    }

    @Test
    void theInkSaverGreysAreKeptAsWritten() {
        Theme t = loader.load("ink-saver");
        List<Rgb> greys = t.get(CoreKeys.COLOR_SECTIONS);
        for (int i = 0; i < greys.size(); i++) {
            var c = t.palette().section(i);
            assertThat(List.of(c.text(), c.fill(), c.rule())).as("section " + (i + 1)).containsOnly(greys.get(i));
        }
    }

    private Path write(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "theme", ".yml");
        Files.writeString(f, yaml);
        return f;
    }
}
