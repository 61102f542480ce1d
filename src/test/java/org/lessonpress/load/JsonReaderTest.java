package org.lessonpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.Diagnostic;
import org.lessonpress.export.json.JsonExporter;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/** model → JSON → model is the identity, on every document the tests know; bad JSON is an error at its place. */
class JsonReaderTest {

    static Stream<Path> documents() {
        return Stream.concat(Stream.of(Corpus.SAMPLE, TextReaderTest.SEED, Path.of("src/test/resources/loader/basic.md"),
                        Path.of("src/test/resources/html/wordpress.html"), Path.of("src/test/resources/html/hugo.html")),
                Stream.of(Corpus.ALL).map(Corpus::path));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void exportedJsonReadsBackAsTheSameModel(Path input) throws IOException {
        LessonLoader.Result original = new LessonLoader().load(input);
        assertThat(original.ok()).as(original.diagnostics().toString()).isTrue();
        byte[] json = json(original.document());
        LessonLoader.Result back = new LessonLoader().load("export.json", json);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.document()).isEqualTo(original.document());
        assertThat(json(back.document())).isEqualTo(json);
    }

    @Test
    void theFormatIsRecognisedWithoutTheExtension() throws IOException {
        byte[] json = json(Corpus.sample());
        LessonLoader.Result r = new LessonLoader().load("piped", json);
        assertThat(r.document()).isEqualTo(Corpus.sample());
    }

    @Test
    void badJsonIsAnErrorAtItsLineAndColumn() {
        assertThat(errors("{\"format\": \"lessonpress/1\",\n  \"metadata\": {\"title\": \"T\"},\n  \"lessons\": [ {\"number\": \"one\"} ]}"))
                .containsExactly("x.json:3:27: error: 'number' must be a whole number from 0 to 2147483647");
        assertThat(errors("{\"format\": \"something/2\"}"))
                .containsExactly("x.json:1:12: error: not a lessonpress JSON export: 'format' must be \"lessonpress/1\" (what 'lessonpress export -f json' writes)");
        assertThat(errors("{\"format\": \"lessonpress/1\", \"metadata\": {\"title\": \"T\"}, \"lessons\": [\n{\"lead\": [], \"number\": 1}, {\"lead\": [], \"number\": 3}]}"))
                .containsExactly("x.json:2: error: lesson number 3 follows 1 at line 2; expected 2 (numbers run on across lists and sections)");
        assertThat(errors("{\"format\": \"lessonpress/1\",\n \"metadata\": {\"title\": \"T\"}, \"lessons\": [{\"lead\": [{\"type\": \"tex\"}], \"number\": 1}]}"))
                .singleElement().asString().startsWith("x.json:2:61: error: unknown inline type 'tex'");
        assertThat(errors("{\"format\": \"lessonpress/1\", \"metadata\": {\"title\": \"T\"}, \"lessons\": [ ")).singleElement()
                .asString().startsWith("x.json:1:").contains("error: JSON: Unexpected end-of-input");
        assertThat(errors("[" .repeat(5000))).singleElement().asString().contains("JSON nested more than 256 levels deep");
        assertThat(errors("{\"format\": \"lessonpress/1\", \"format\": \"lessonpress/1\"}")).singleElement().asString()
                .contains("the key 'format' appears twice");
    }

    @Test
    void aHandEditedDerivedFieldIsAWarningAndTheModelFollowsItsSource() throws IOException {
        String json = new String(json(Corpus.load("one-lesson")), StandardCharsets.UTF_8);
        String edited = json.replaceFirst("\"leadText\" : \"[^\"]*\"", "\"leadText\" : \"Edited\"");
        LessonLoader.Result r = new LessonLoader().load("x.json", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(r.ok()).isTrue();
        assertThat(r.diagnostics()).singleElement().extracting(Diagnostic::message).asString()
                .isEqualTo("'leadText' does not match the lead; it is derived from the lead, which is what is read");
        assertThat(r.document()).isEqualTo(Corpus.load("one-lesson"));
    }

    private static java.util.List<String> errors(String json) {
        LessonLoader.Result r = new LessonLoader().load("x.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.ok()).isFalse();
        return r.errors().stream().map(Diagnostic::format).toList();
    }

    static byte[] json(LessonDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(d, Corpus.context("json", Corpus.SAMPLE, Map.of()), out);
        return out.toByteArray();
    }
}
