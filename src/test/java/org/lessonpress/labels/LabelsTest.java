package org.lessonpress.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.Theme;

/** Every translation file against the label keys, the fallback of language tags, and the typography of the words. */
class LabelsTest {
    /** The languages the release promises; a file for each must exist. */
    private static final List<String> PROMISED = List.of("en", "de", "fr", "es", "pl", "ru", "el", "tr", "it", "nl", "pt");
    private static final Path DIR = Path.of("src/main/resources", Labels.ROOT).getParent();

    static List<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("labels_") && n.endsWith(".properties"))
                    .map(n -> n.substring("labels_".length(), n.length() - ".properties".length())).sorted().toList();
        }
    }

    private static Properties read(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(DIR.resolve("labels_" + language + ".properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyPromisedLanguageHasATranslationFile() throws IOException {
        assertThat(languages()).containsAll(PROMISED);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyFileHasEveryLabelAndNoOther(String language) throws IOException {
        Set<String> keys = new TreeSet<>(read(language).stringPropertyNames());
        Set<String> expected = Arrays.stream(Label.values()).map(Label::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys).as("labels_" + language + ".properties").isEqualTo(expected);
        for (String key : keys) {
            assertThat(read(language).getProperty(key)).as(language + " " + key).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void templatesKeepThePlaceholdersOfTheEnglish(String language) throws IOException {
        Properties en = read("en");
        Properties p = read(language);
        for (Label l : Label.values()) {
            assertThat(new TreeSet<>(Label.placeholders(p.getProperty(l.key()))))
                    .as(language + " " + l.key()).isEqualTo(new TreeSet<>(Label.placeholders(en.getProperty(l.key()))));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void wordsAreSetWithTypographicCharacters(String language) throws IOException {
        Properties p = read(language);
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key);
            assertThat(v).as(language + " " + key + ": straight quotes and apostrophes").doesNotContain("'", "\"");
            assertThat(v).as(language + " " + key + ": no space before punctuation that a line could break at")
                    .doesNotContainPattern(" [:;!?]");
            assertThat(v).as(language + " " + key + ": a number and its unit stay together").doesNotContainPattern("\\} mm");
        }
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeTheColon() {
        assertThat(Labels.of("fr").get(Label.SOURCE_PREFIX)).isEqualTo("Source\u00a0:");
        assertThat(Labels.of("fr").get(Label.DUPLEX_CHECK)).contains("contre-jour\u00a0: chaque");
        assertThat(Labels.of("de").get(Label.SOURCE_PREFIX)).isEqualTo("Quelle:");
    }

    @Test
    void aRegionFallsBackToItsLanguageAndAnUnknownLanguageToEnglish() {
        assertThat(Labels.of("de-CH").language()).isEqualTo("de");
        assertThat(Labels.of("de-CH").get(Label.CONTENTS)).isEqualTo("Inhalt");
        assertThat(Labels.of("pt-BR").get(Label.THANKS)).isEqualTo("Obrigado");
        assertThat(Labels.of("FR").get(Label.AGENDA)).isEqualTo("Programme");
        assertThat(Labels.of("ja").language()).isEqualTo("en");
        assertThat(Labels.of("ja").get(Label.AGENDA)).isEqualTo("Agenda");
        assertThat(Labels.of("").get(Label.AGENDA)).isEqualTo("Agenda");
        assertThat(Labels.of(null).get(Label.AGENDA)).isEqualTo("Agenda");
    }

    @Test
    void theLookupDoesNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Labels.of("ja").get(Label.THANKS)).isEqualTo("Thank you");
            assertThat(Labels.of("en").get(Label.CONTENTS)).isEqualTo("Contents");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void templatesAreFilled() {
        assertThat(Labels.of("en").format(Label.CARD_FRONT, "number", "3")).isEqualTo("Front 3");
        assertThat(Labels.of("fr").format(Label.TILE, "row", "2", "column", "3", "rows", "5", "columns", "3",
                "overlap", "10\u00a0mm")).isEqualTo("Rangée 2 / colonne 3 · 5 × 3 feuilles · chevauchement 10\u00a0mm · échelle 1:1");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theDefaultFontsCanDrawEveryLabel(String language) throws IOException {
        Theme theme = Corpus.theme();
        FontCatalog catalog = FontCatalog.bundled();
        for (var key : List.of(CoreKeys.FONT_SANS, CoreKeys.FONT_SERIF)) {
            FontChain chain = catalog.chain(key.path(), theme.get(key));
            Properties p = read(language);
            for (String k : p.stringPropertyNames()) {
                p.getProperty(k).codePoints().forEach(cp -> assertThat(chain.canDisplay(cp))
                        .as(language + " " + k + " U+%04X in %s", cp, key.path()).isTrue());
            }
        }
    }
}
