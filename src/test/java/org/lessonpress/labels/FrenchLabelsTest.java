package org.lessonpress.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporters;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/** A French file's deck (read with POI) and booklet (read with PDFBox) print their labels in French. */
class FrenchLabelsTest {
    @TempDir
    Path dir;

    /** The multilingual corpus file (language: fr) with a source and a citation, so that every label shows. */
    private Path french() throws IOException {
        String text = Files.readString(Corpus.path("multilingual")).replace("language: fr\n",
                "language: fr-CA\nsource: https://example.org/lecons\ncitation: \"Ångström-Łukasiewicz, Zoë (2025). Leçons.\"\n");
        Path file = dir.resolve("lecons.md");
        Files.writeString(file, text);
        return file;
    }

    private byte[] export(String format, Path input) throws IOException {
        LessonDocument doc = Corpus.load(input);
        ExportContext ctx = Corpus.context(format, input, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.discover().find(format).orElseThrow().write(doc, ctx, out);
        return out.toByteArray();
    }

    @Test
    void theDeckSaysIntroductionProgrammeMerciAndSource() throws IOException {
        try (XWPFDocument deck = new XWPFDocument(new java.io.ByteArrayInputStream(export("slides", french())))) {
            var texts = deck.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("Introduction", "Programme", "Merci", "Source\u00a0:\u00a0example.org/lecons");
            assertThat(texts).doesNotContain("Agenda", "Thank you");
        }
    }

    @Test
    void theBookletSaysSommairePourCiterAndSource() throws IOException {
        try (PDDocument booklet = Loader.loadPDF(export("booklet", french()))) {
            String text = new PDFTextStripper().getText(booklet);
            assertThat(text).contains("Sommaire", "Pour citer", "Source").doesNotContain("Contents", "Cite as");
        }
    }

    @Test
    void theCardsSayRectoVersoAndSource() throws IOException {
        Path input = french();
        LessonDocument doc = Corpus.load(input);
        ExportContext ctx = Corpus.context("cards", input, Map.of("--test-sheet", "true"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.discover().find("cards").orElseThrow().write(doc, ctx, out);
        try (PDDocument cards = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(cards);
            // The core draws a no-break space as a space glyph (it is one, that does not break): either reads back.
            assertThat(text).contains("Recto 1", "Verso 1", "à contre-jour").containsPattern("Source[ \u00a0]:")
                    .doesNotContain("Front 1", "Print this sheet");
        }
    }
}
