package org.lessonpress.export.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.Inline;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.AdvanceRounding;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.Styler;
import org.lessonpress.typeset.TextBox;
import org.lessonpress.typeset.Typesetter;

/** The PDFBox painter draws the core's boxes: text that extracts, links that click, glyphs where they were set. */
class PdfTextTest {
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final Rgb BLUE = new Rgb(0, 0, 200);
    private final ExportContext ctx = Corpus.context("poster", Corpus.path("one-lesson"), Map.of());
    private final FontChain serif = ctx.fonts(CoreKeys.FONT_SERIF);
    private final Typesetter type = Typesetter.of(ctx.theme(), "en", true, AdvanceRounding.NEAREST_THOUSANDTH);
    private final Styler styler = type.styler(serif, ctx.fonts(CoreKeys.FONT_MONO), BLACK, BLUE);
    private final FontChain.MissingGlyphHandler glyphs = ctx.glyphs(1, "test");

    private byte[] paint(TextBox box, double x, double top) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            EmbeddedFonts fonts = new EmbeddedFonts(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new TextPainter(fonts).draw(page, cs, box, x, top);
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void paintsTextThatExtractsAndLinksThatClick() throws Exception {
        TextBox box = type.measure(styler.inlines(List.of(new Inline.Text("Read "),
                new Inline.Link("https://example.org/x", "", List.of(new Inline.Text("the docs"))),
                new Inline.Text(" and Ελληνικά, русский, Tiếng Việt.")), FontStyle.REGULAR, glyphs)).layout(Setting.RAGGED, 12, 16, 300);
        try (PDDocument doc = Loader.loadPDF(paint(box, 50, 500))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Read the docs and Ελληνικά, русский, Tiếng Việt.");
            PDAnnotationLink link = (PDAnnotationLink) doc.getPage(0).getAnnotations().get(0);
            assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo("https://example.org/x");
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+.*");
            }
        }
    }

    @Test
    void glyphsLandWhereTheLayoutPutThemOnJustifiedLines() throws Exception {
        String text = "Getting reward functions right is half the battle won. Short-term rewards don’t show the full "
                + "picture, so the long-term metrics that matter take patience and a good deal of care.";
        TextBox box = type.measure(styler.plain(text, FontStyle.REGULAR, glyphs)).layout(Setting.JUSTIFIED, 10, 14, 250);
        assertThat(box.lines().size()).isGreaterThan(2);
        List<TextPosition> positions = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(paint(box, 40, 500))) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    positions.add(t);
                }
            };
            s.getText(doc);
        }
        // every justified line ends at the measure, glyph scaling included
        TextBox.Line first = box.lines().get(0);
        double lineY = PDRectangle.A5.getHeight() - (500 - first.baseline());
        double right = positions.stream().filter(t -> Math.abs(t.getYDirAdj() - lineY) < 0.5)
                .mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj()).max().orElseThrow();
        assertThat(right).isCloseTo(40 + 250, org.assertj.core.data.Offset.offset(0.05));
    }
}
