package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;

class ProjectFileTest {
    @TempDir
    Path dir;

    private static final Exporters REGISTRY = Exporters.discover();

    private Project load(String yaml) throws IOException {
        Path file = dir.resolve("lessonpress.yml");
        Files.writeString(file, yaml);
        return ProjectFile.load(file, REGISTRY, new OptionValues());
    }

    @Test
    void everyKeyIsReadWithPathsRelativeToTheFile() throws IOException {
        Project p = load("""
                inputs: ['lessons/**/*.md', extra.md]
                formats: [booklet, cards]
                output: build/out
                name: '{format}/{dir}/{stem}.{ext}'
                theme: themes/team.yml
                options:
                  booklet: {paper: A5, impose: saddle-stitch, fold-marks: true}
                  cards: {test-sheet: false, card-size: bridge}
                overrides:
                  - match: 'lessons/us/**'
                    options:
                      booklet: {paper: letter}
                """);
        assertThat(p.inputs()).extracting(InputDiscovery.Spec::text).containsExactly("lessons/**/*.md", "extra.md");
        assertThat(p.inputs()).allSatisfy(s -> assertThat(s.relativeTo()).isEqualTo(dir));
        assertThat(p.inputs().get(0).origin()).isEqualTo(dir.resolve("lessonpress.yml") + ":1");
        assertThat(p.formats()).containsExactly("booklet", "cards");
        assertThat(p.output()).isEqualTo(dir.resolve("build/out"));
        assertThat(p.name()).isEqualTo("{format}/{dir}/{stem}.{ext}");
        assertThat(p.theme()).isEqualTo(dir.resolve("themes/team.yml").toString());
        assertThat(p.options()).isEqualTo(Map.of("booklet", Map.of("--paper", "A5", "--impose", "saddle-stitch", "--fold-marks", "true"),
                "cards", Map.of("--card-size", "bridge")));
        assertThat(p.overrides()).singleElement().satisfies(o -> {
            assertThat(o.match()).isEqualTo("lessons/us/**");
            assertThat(o.options()).isEqualTo(Map.of("booklet", Map.of("--paper", "letter")));
        });
    }

    @Test
    void overridesApplyToTheInputsTheyMatchAndTheCommandLineWinsOverAll() throws IOException {
        Project p = load("""
                options:
                  booklet: {paper: A5, creep: 0.2mm}
                overrides:
                  - match: 'lessons/us/**'
                    options: {booklet: {paper: letter}}
                  - match: 'lessons/us/big.md'
                    options: {booklet: {paper: A4}}
                """);
        Exporter booklet = REGISTRY.find("booklet").orElseThrow();
        FormatOptions options = new FormatOptions(p, Map.of());
        InputFile eu = new InputFile("eu.md", dir.resolve("lessons/eu/a.md"), "eu/a.md", InputFile.Origin.FILE);
        InputFile us = new InputFile("us.md", dir.resolve("lessons/us/a.md"), "us/a.md", InputFile.Origin.FILE);
        InputFile big = new InputFile("big.md", dir.resolve("lessons/us/big.md"), "us/big.md", InputFile.Origin.FILE);
        assertThat(options.of(eu, booklet)).isEqualTo(Map.of("--paper", "A5", "--creep", "0.2mm"));
        assertThat(options.of(us, booklet)).isEqualTo(Map.of("--paper", "letter", "--creep", "0.2mm"));
        assertThat(options.of(big, booklet)).containsEntry("--paper", "A4");
        assertThat(new FormatOptions(p, Map.of("--paper", "A6")).of(big, booklet)).containsEntry("--paper", "A6");
        assertThat(options.of(us, REGISTRY.find("json").orElseThrow())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "formts: [json] | :1: error: unknown key 'formts'; did you mean 'formats'?",
        "formats: [json, bookelt] | :1: error: unknown format 'bookelt'; did you mean 'booklet'? (formats: json, booklet, poster, cards, slides)",
        "'options:\n  booklet:\n    papr: A5' | :3: error: unknown option 'papr' for booklet; did you mean 'paper'?",
        "'options:\n  booklet: {paper: A9}' | :2: error: 'options.booklet.paper': --paper: 'A9' is not a page size",
        "'options:\n  booklet: {fold-marks: yes}' | :2: error: 'options.booklet.fold-marks' is a switch: write true or false",
        "'options:\n  boklet: {paper: A5}' | :2: error: unknown format 'boklet'; did you mean 'booklet'?",
        "'options: A5' | :1: error: 'options' takes a format and its options",
        "'formats: [json]\noptions:\n  cards: {test-sheet: true}' | :3: error: options for 'cards', which 'formats' does not list",
        "'overrides:\n  - options: {booklet: {paper: A5}}' | :2: error: 'overrides[1]' has no 'match'",
        "'overrides:\n  - match: x\n    optoins: {}' | :3: error: unknown key 'optoins' in 'overrides[1]'; did you mean 'options'?",
        "name: '{stem}.pdf' | :1: error: 'name' '{stem}.pdf': end the template with .{ext}",
        "'inputs: [a.md]\ninputs: [b.md]' | :2: error: 'inputs' is set twice; keep one",
        "'inputs: [a.md\n' | :2: error: YAML: ",
        "'output:\n  dir: out' | :2: error: 'output' takes one value, not a mapping ('output.dir')",
    })
    void aMistakeIsOneLineWithFileLineAndKeyAndTheNearestValidNameSuggested(String yaml, String message) throws IOException {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(dir.resolve("lessonpress.yml") + message);
    }
}
