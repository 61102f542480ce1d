package org.lessonpress.export.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.PageInk;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.Rgb;

/** poster.section-style: the ink-saver theme thins the section bars to hairlines and keeps every glyph readable. */
class PosterInkSaverTest {

    private static PageInk ink(String stem, String theme) throws IOException {
        ExportContext ctx = PageInk.context("poster", Corpus.path(stem), Map.of(), theme);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PosterExporter().write(Corpus.load(Corpus.path(stem)), ctx, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return PageInk.of(pdf.getPage(0));
        }
    }

    @Test
    void inkSaverBarsAreHairlinesAsThinAsTheHeaderRule() throws IOException {
        PosterLayout solid = PosterExporterTest.layoutOf("sample", Map.of());
        PosterLayout outlined = solid.outlined();
        double hair = solid.rules().get(0).rect().height();
        assertThat(outlined.bands()).hasSameSizeAs(solid.bands());
        for (int i = 0; i < solid.bands().size(); i++) {
            PosterLayout.Band s = solid.bands().get(i);
            PosterLayout.Band o = outlined.bands().get(i);
            assertThat(s.rect().height()).isGreaterThan(hair);
            assertThat(o.rect().height()).isEqualTo(hair);
            assertThat(o.rect().y()).isEqualTo(s.rect().y());
            assertThat(o.rect().width()).isEqualTo(s.rect().width());
            assertThat(o.color()).isEqualTo(s.color());
        }
        assertThat(outlined.cells()).isEqualTo(solid.cells());
    }

    @Test
    void inkSaverPosterHasNoFilledAreaThickerThanAHairline() throws IOException {
        PageInk defaults = ink("sample", "default");
        PageInk saver = ink("sample", "ink-saver");
        double hair = PosterExporterTest.layoutOf("sample", Map.of()).rules().get(0).rect().height();
        // Quote bars stay: light tints about 1.6 pt wide at this size, as thin as a rule.
        double thinnest = Math.max(hair * 1.25, 2.0);
        List<PageInk.Fill> thick = saver.inkedFills().stream().filter(f -> f.thickness() > thinnest).toList();
        assertThat(thick).isEmpty();
        double defaultInk = defaults.inkedFills().stream().mapToDouble(f -> f.bounds().width() * f.bounds().height()).sum();
        double saverInk = saver.inkedFills().stream().mapToDouble(f -> f.bounds().width() * f.bounds().height()).sum();
        double defaultThickest = defaults.inkedFills().stream().mapToDouble(PageInk.Fill::thickness).max().orElse(0);
        System.out.printf("poster filled area: default %.0f pt² (thickest %.2f pt), ink-saver %.0f pt², hairline %.2f pt%n",
                defaultInk, defaultThickest, saverInk, hair);
        assertThat(saverInk).isLessThan(defaultInk * 0.75);
    }

    @Test
    void everyGlyphReadsOnThePaperInBothThemes() throws IOException {
        for (String theme : List.of("default", "ink-saver")) {
            Rgb paper = Corpus.theme(theme).get(CoreKeys.COLOR_PAPER);
            PageInk ink = ink("sample", theme);
            assertThat(ink.glyphColors()).isNotEmpty();
            for (Rgb c : ink.glyphColors()) {
                assertThat(c.contrast(paper)).as(theme + ": text in " + c.hex()).isGreaterThanOrEqualTo(4.5);
            }
        }
    }
}
