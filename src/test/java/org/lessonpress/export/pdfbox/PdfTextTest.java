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
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.Inline;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;

class PdfTextTest {
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final Rgb BLUE = new Rgb(0, 0, 200);
    private final ExportContext ctx = Corpus.context("poster", Corpus.path("one-lesson"), Map.of());
    private final FontChain serif = ctx.fonts(CoreKeys.FONT_SERIF);
    private final InlineStyler styler = new InlineStyler(serif, ctx.fonts(CoreKeys.FONT_MONO), BLACK, BLUE);
    private final FontChain.MissingGlyphHandler glyphs = ctx.glyphs(1, "test");

    @Test
    void stylesInlinesWithRealFaces() {
        List<Piece> pieces = styler.inlines(List.of(new Inline.Text("a "), new Inline.Emphasis(List.of(new Inline.Text("it"))),
                new Inline.Strong(List.of(new Inline.Text("bold"))), new Inline.Code("x()"), new Inline.SoftBreak(),
                new Inline.Link("https://example.org", "", List.of(new Inline.Text("link"))), new Inline.HardBreak()),
                FontStyle.REGULAR, glyphs);
        assertThat(pieces).hasSize(7);
        assertThat(span(pieces, 1).face()).isSameAs(serif.primary(FontStyle.ITALIC));
        assertThat(span(pieces, 2).face()).isSameAs(serif.primary(FontStyle.BOLD));
        assertThat(span(pieces, 3).face().family()).isEqualTo("DejaVu Sans Mono");
        assertThat(span(pieces, 4).text()).isEqualTo(" ");
        assertThat(span(pieces, 5).link()).isEqualTo("https://example.org");
        assertThat(span(pieces, 5).color()).isEqualTo(BLUE);
        assertThat(pieces.get(6)).isInstanceOf(Piece.Break.class);
    }

    @Test
    void measuresWithTheEmbeddedFontAndBreaksToWidth() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            String text = "Getting reward functions right is half the battle won. Short-term rewards don’t show the full picture.";
            PDFont font = fonts.font(serif.primary(FontStyle.REGULAR));
            assertThat(fonts.width(serif.primary(FontStyle.REGULAR), text)).isCloseTo(font.getStringWidth(text) / 1000, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(fonts.font(serif.primary(FontStyle.REGULAR))).isSameAs(font);

            TextBox box = new LineBreaker(fonts).layout(styler.plain(text, FontStyle.REGULAR, glyphs), 10, 1.4, 120);
            assertThat(box.lines().size()).isGreaterThan(3);
            assertThat(box.fits()).isTrue();
            assertThat(box.lines()).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(120));
            assertThat(box.text().replace('\n', ' ')).isEqualTo(text);
            assertThat(box.height()).isCloseTo(box.lines().size() * 14.0, org.assertj.core.data.Offset.offset(1e-9));
            // greedy: the first word of each next line would not have fitted on the line before
            for (int i = 0; i + 1 < box.lines().size(); i++) {
                String next = box.lines().get(i + 1).text().split(" ")[0];
                double w = box.lines().get(i).width() + fonts.width(serif.primary(FontStyle.REGULAR), " " + next) * 10;
                assertThat(w).isGreaterThan(120);
            }
        }
    }

    @Test
    void cutsWordsLongerThanTheLineInsteadOfOverflowing() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            String url = "https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line/of/a/small/cell.html";
            TextBox box = new LineBreaker(new PdfFonts(doc)).layout(styler.plain("see " + url + " now", FontStyle.REGULAR, glyphs), 10, 1.3, 100);
            assertThat(box.fits()).isTrue();
            assertThat(box.lines().size()).isGreaterThan(3);
            assertThat(box.text().replace("\n", "").replace(" ", "")).isEqualTo(("see" + url + "now"));
        }
    }

    @Test
    void cutsLongWordsBetweenLettersWithAHyphen() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
            TextBox box = new LineBreaker(new PdfFonts(doc)).layout(styler.plain(word, FontStyle.REGULAR, glyphs), 10, 1.3, 120);
            assertThat(box.fits()).isTrue();
            assertThat(box.lines().size()).isGreaterThan(1);
            for (int i = 0; i < box.lines().size() - 1; i++) {
                assertThat(box.lines().get(i).text()).endsWith("-");
            }
            assertThat(box.text().replace("-\n", "")).isEqualTo(word);
        }
    }

    @Test
    void hardBreaksStartNewLines() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            List<Piece> pieces = styler.inlines(List.of(new Inline.Text("one"), new Inline.HardBreak(), new Inline.Text("two")), FontStyle.REGULAR, glyphs);
            TextBox box = new LineBreaker(new PdfFonts(doc)).layout(pieces, 10, 1.3, 500);
            assertThat(box.text()).isEqualTo("one\ntwo");
            assertThat(box.lines().get(1).baseline() - box.lines().get(0).baseline()).isCloseTo(13, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void paintsTextThatExtractsAndLinksThatClick() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PdfFonts fonts = new PdfFonts(doc);
            List<Piece> pieces = styler.inlines(List.of(new Inline.Text("Read "),
                    new Inline.Link("https://example.org/x", "", List.of(new Inline.Text("the docs"))),
                    new Inline.Text(" and Ελληνικά, русский, Tiếng Việt.")), FontStyle.REGULAR, glyphs);
            TextBox box = new LineBreaker(fonts).layout(pieces, 12, 1.4, 300);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new TextPainter(fonts).draw(page, cs, box, 50, 500);
            }
            doc.save(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
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

    private static Piece.Span span(List<Piece> pieces, int i) {
        return (Piece.Span) pieces.get(i);
    }
}
