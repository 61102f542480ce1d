package org.lessonpress.export.poster;

import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.pdfbox.LineBreaker;
import org.lessonpress.export.pdfbox.PdfFonts;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.PageSize;

@Tag("look")
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "look", matches = "true")
class PosterTimingLook {
    @Test
    void time() throws Exception {
        ExportContext ctx = Corpus.context("poster", Corpus.path("sample"), Map.of());
        for (int i = 0; i < 4; i++) {
            try (PDDocument pdf = new PDDocument()) {
                long t0 = System.nanoTime();
                PdfFonts fonts = new PdfFonts(pdf);
                PosterContent content = PosterContent.of(Corpus.sample(), ctx, new LineBreaker(fonts));
                long t1 = System.nanoTime();
                PosterFitter f = new PosterFitter(content, PosterExporter.geometry(ctx, PageSize.parse("A1")));
                PosterLayout l = f.fit();
                if (i == 0) {
                    for (PosterFitter.Grid g : f.grids()) {
                        int k = f.largestStep(g);
                        System.out.println(g + " " + (k < 0 ? "-" : f.geometry().size(k)));
                    }
                }
                long t2 = System.nanoTime();
                System.out.println("content " + (t1 - t0) / 1000000 + " fit " + (t2 - t1) / 1000000);
            }
        }
    }
}
