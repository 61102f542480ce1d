package org.lessonpress.export.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;

/** A face parsed once and embedded in document after document: each gets the same full, working subset. */
class EmbeddedFontsTest {
    private final ExportContext ctx = Corpus.context("poster", Corpus.path("one-lesson"), Map.of());
    private final FontFace serif = ctx.fonts(CoreKeys.FONT_SERIF).primary(FontStyle.REGULAR);

    private static byte[] document(FontFace face, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            doc.addPage(page);
            PDFont font = new EmbeddedFonts(doc).font(face);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(20, 200);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] fontFile(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDType0Font font = (PDType0Font) page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            return font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).strip();
        }
    }

    @Test
    void aFaceEmbedsAlikeInEveryDocumentAfterTheFirstIsSaved() throws Exception {
        byte[] first = document(serif, "Hamburgefonstiv 123");
        byte[] other = document(serif, "Quartz glyph jock vexed 4567");
        byte[] again = document(serif, "Hamburgefonstiv 123");

        // The whole files differ in their random document ID; the embedded subsets must not.
        assertThat(Arrays.equals(fontFile(again), fontFile(first))).isTrue();
        assertThat(text(again)).isEqualTo("Hamburgefonstiv 123");
        assertThat(text(other)).isEqualTo("Quartz glyph jock vexed 4567");
        assertThat(Arrays.equals(fontFile(other), fontFile(first))).isFalse();
        assertThat(fontFile(other).length).isGreaterThan(1000);
    }

    @Test
    void eachThreadEmbedsTheSameBytes() throws Exception {
        byte[] here = document(serif, "Hamburgefonstiv 123");
        byte[][] there = new byte[1][];
        Thread t = new Thread(() -> {
            try {
                there[0] = document(serif, "Hamburgefonstiv 123");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        t.join();
        assertThat(Arrays.equals(fontFile(there[0]), fontFile(here))).isTrue();
    }
}
