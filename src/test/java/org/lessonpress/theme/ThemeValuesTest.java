package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.BadInputException;
import org.lessonpress.export.Exporters;

/**
 * Every theme value is checked at load against the range its key declares, and every mistake names the file and
 * line the value came from: values that once crashed an export (booklet.scale 0 or 100, booklet.body.size 0pt) or
 * were blamed on options the user never gave (booklet.paper, poster.tile-margin) are errors here.
 */
class ThemeValuesTest {
    @TempDir
    Path dir;

    private final ThemeLoader loader = new ThemeLoader(Exporters.discover().themeKeys(), FontCatalog.bundled());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            booklet.scale     | 100     | booklet.scale: 100 is out of range 1.05–2.0; the theme it extends sets 1.25
            booklet.scale     | 0       | booklet.scale: 0 is out of range 1.05–2.0; the theme it extends sets 1.25
            booklet.scale     | -1      | booklet.scale: -1 is out of range 1.05–2.0; the theme it extends sets 1.25
            booklet.scale     | 1e300   | booklet.scale: 1e300 is out of range 1.05–2.0; the theme it extends sets 1.25
            booklet.body.size | 0pt     | booklet.body.size: 0pt is out of range 5pt–24pt; the theme it extends sets 10pt
            booklet.keep-lines| 1000000 | booklet.keep-lines: 1000000 is out of range 0–200; the theme it extends sets 10
            poster.header-height | 0.9  | poster.header-height: 0.9 is out of range 0.01–0.5; the theme it extends sets 0.07
            cards.leading     | 0       | cards.leading: 0 is out of range 0.8–3.0; the theme it extends sets 1.32
            slides.body.size  | 900pt   | slides.body.size: 900pt is out of range 6pt–72pt; the theme it extends sets 24pt
            """)
    void aValueOutOfRangeIsAnErrorAtItsFileAndLine(String key, String value, String message) throws IOException {
        Path f = write("# my theme\n" + nested(key, value));
        int line = 1 + key.split("\\.").length;
        assertThatThrownBy(() -> loader.load(f.toString())).isInstanceOf(BadInputException.class)
                .hasMessage(f + ":" + line + ": error: " + message);
    }

    @Test
    void aLongOrMultiLineValueIsQuotedShortInOneLine() throws IOException {
        // Found by ThemeLoaderFuzzTest: a quoted value running over many lines was echoed whole, newlines and all.
        Path f = write("colors:\n  text: \"#VVVV " + "words ".repeat(200) + "\n\n  more words\"\n");
        assertThatThrownBy(() -> loader.load(f.toString()))
                .hasMessage(f + ":2: error: colors.text: '#VVVV words words words words words word\u2026' is not a colour;"
                        + " write it as #rrggbb or #rgb");
    }

    @Test
    void aBundledThemeExtendedByAFileIsCheckedAndTheFileIsNamed() throws IOException {
        Path f = write("extends: ink-saver\nbooklet:\n  scale: 100\n");
        assertThatThrownBy(() -> loader.load(f.toString()))
                .hasMessageStartingWith(f + ":3: error: booklet.scale: 100 is out of range 1.05–2.0");
    }

    @Test
    void theBookletPaperIsCheckedAsAThemeValueNotAsTheOption() throws IOException {
        Path f = write("booklet:\n  paper: 10x10mm\n");
        assertThatThrownBy(() -> loader.load(f.toString()))
                .hasMessage(f + ":2: error: booklet.paper: '10x10mm' (10 x 10 mm) is smaller than the smallest booklet page,"
                        + " A7 (74 x 105 mm)");
    }

    @Test
    void theThemeRemembersWhereEachValueCameFrom() throws IOException {
        Path f = write("colors:\n  text: '#000000'\nbooklet:\n  margin:\n    inner: 20mm\n");
        Theme t = loader.load(f.toString());
        ThemeKey<?> inner = key("booklet.margin.inner");
        assertThat(t.error(inner, "leaves no room").getMessage())
                .isEqualTo(f + ":5: error: booklet.margin.inner: leaves no room");
        assertThat(t.error(key("booklet.margin.outer"), "x").getMessage()).startsWith("theme 'default':");
    }

    @Test
    void aThemeFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.yml");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(3L << 30); // sparse: 3 GB that take no disk
        }
        assertThatThrownBy(() -> loader.load(f.toString())).isInstanceOf(BadInputException.class)
                .hasMessage(f + ": error: the theme file is 3.0 GB, over the 1 MB a theme may have; a theme is a short"
                        + " list of settings");
    }

    @Test
    void aThirteenDeepChainLoadsAndOnlyAChainPastTheLimitIsRefused() throws IOException {
        Path top = chain("ok", 13);
        assertThat(loader.load(top.toString()).get(CoreKeys.COLOR_TEXT).hex()).isEqualTo("#000013");
        Path deep = chain("deep", ThemeLoader.MAX_EXTENDS + 1);
        assertThatThrownBy(() -> loader.load(deep.toString()))
                .hasMessageContaining("themes extend each other more than " + ThemeLoader.MAX_EXTENDS + " deep")
                .hasMessageNotContaining("loop");
    }

    @Test
    void aRealLoopIsCalledALoop() throws IOException {
        Files.writeString(dir.resolve("a.yml"), "extends: b.yml\n");
        Files.writeString(dir.resolve("b.yml"), "extends: c.yml\n");
        Files.writeString(dir.resolve("c.yml"), "extends: a.yml\n");
        assertThatThrownBy(() -> loader.load(dir.resolve("a.yml").toString()))
                .hasMessage(dir.resolve("c.yml") + ":1: error: themes extend each other in a loop: a.yml → b.yml → c.yml → a.yml");
    }

    @Test
    void aKeyWithADefaultNeedNotBeSetAndAThemeMayStillSetIt() throws IOException {
        ThemeKey<Double> volume = ThemeKey.of("shout.volume", ValueType.number(0, 11), "how loud", 3.0);
        List<ThemeKey<?>> keys = new ArrayList<>(Exporters.discover().themeKeys());
        keys.add(volume);
        ThemeLoader withPlugin = new ThemeLoader(keys, FontCatalog.bundled());
        assertThat(withPlugin.load("default").get(volume)).isEqualTo(3.0);
        assertThat(withPlugin.load(write("shout:\n  volume: 7\n").toString()).get(volume)).isEqualTo(7.0);
        Path loud = write("shout:\n  volume: 12\n");
        assertThatThrownBy(() -> withPlugin.load(loud.toString()))
                .hasMessage(loud + ":2: error: shout.volume: 12 is out of range 0–11");
    }

    @Test
    void aDefaultOutsideItsOwnRangeIsAProgrammingError() {
        assertThatThrownBy(() -> ThemeKey.of("shout.volume", ValueType.number(0, 11), "how loud", 12.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shout.volume");
    }

    private Path chain(String name, int depth) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < depth; i++) {
            String ext = i + 1 < depth ? "extends: t" + (i + 1) + ".yml\n" : "";
            Files.writeString(d.resolve("t" + i + ".yml"), ext + "colors:\n  text: '#" + String.format("%06d", i == 0 ? 13 : i) + "'\n");
        }
        return d.resolve("t0.yml");
    }

    private static ThemeKey<?> key(String path) {
        return Exporters.discover().themeKeys().stream().filter(k -> k.path().equals(path)).findFirst().orElseThrow();
    }

    private static String nested(String key, String value) {
        String[] parts = key.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append("  ".repeat(i)).append(parts[i]).append(':');
            sb.append(i == parts.length - 1 ? " " + value + "\n" : "\n");
        }
        return sb.toString();
    }

    private Path write(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "theme", ".yml");
        Files.writeString(f, yaml);
        return f;
    }
}
