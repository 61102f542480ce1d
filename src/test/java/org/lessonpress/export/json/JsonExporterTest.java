package org.lessonpress.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

class JsonExporterTest {
    private static byte[] export(String stem) throws IOException {
        LessonDocument doc = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(doc, Corpus.context("json", Corpus.path(stem), Map.of()), out);
        return out.toByteArray();
    }

    @Test
    void sampleReadsBackWithEveryLeadInOrderUnderItsSection() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export("sample"));
        assertThat(root.get("format").asText()).isEqualTo("lessonpress/1");
        assertThat(root.get("lessonCount").asInt()).isEqualTo(39);
        assertThat(root.at("/metadata/author").asText()).isEqualTo("Eugene Yan");
        List<String> leads = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (JsonNode s : root.get("sections")) {
            sections.add(s.get("titleText").asText());
            for (JsonNode l : s.get("lessons")) {
                leads.add(l.get("leadText").asText());
            }
        }
        assertThat(sections).containsExactly("Building effective machine learning systems", "Production and scaling",
                "Execution and collaboration", "Building for users", "Speaking at and attending conferences");
        assertThat(leads).containsExactlyElementsOf(Corpus.sample().allLessons().stream().map(Lesson::leadText).toList());
        JsonNode quote = root.at("/sections/1/lessons/0/body/0");
        assertThat(quote.get("type").asText()).isEqualTo("quote");
        assertThat(quote.at("/attribution/0/text").asText()).isEqualTo("Andrej Karpathy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "one-lesson", "nineteen-plain", "forty-three-nested", "three-ninety", "multilingual"})
    void sameInputGivesTheSameBytes(String stem) throws IOException {
        byte[] a = export(stem);
        byte[] b = export(stem);
        assertThat(a).isEqualTo(b);
        assertThat(new ObjectMapper().readTree(a).get("lessonCount").asInt())
                .isEqualTo((stem.equals("sample") ? Corpus.sample() : Corpus.load(stem)).allLessons().size());
    }
}
