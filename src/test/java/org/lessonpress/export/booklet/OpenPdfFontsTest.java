package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lessonpress.testing.FreshThread;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;

/** Faces parsed once per thread and reused booklet after booklet: every booklet's bytes are those of a fresh parse. */
class OpenPdfFontsTest {
    private final FontFace serif = FontCatalog.bundled().family("Noto Serif").face(FontStyle.REGULAR);

    private static byte[] onFreshThread(String stem) throws InterruptedException {
        return FreshThread.call(() -> BookletFixture.export(stem, Map.of()).pdf);
    }

    @Test
    void aBookletAfterOthersOnOneThreadIsByteForByteTheBookletOfAFreshThread() throws Exception {
        byte[] fresh = onFreshThread("one-lesson");
        // Other booklets first, with other glyphs and other subset prefixes, on this thread.
        BookletFixture.export("nineteen-plain", Map.of());
        BookletFixture.export("forty-three-nested", Map.of());
        byte[] reused = BookletFixture.export("one-lesson", Map.of()).pdf;

        assertThat(Arrays.equals(reused, fresh)).isTrue();
        try (PDDocument doc = Loader.loadPDF(reused)) {
            assertThat(new PDFTextStripper().getText(doc)).isNotBlank();
        }
        byte[] other = BookletFixture.export("nineteen-plain", Map.of()).pdf;
        assertThat(Arrays.equals(other, onFreshThread("nineteen-plain"))).isTrue();
    }

    @Test
    void aDocumentOpenInsideAnotherOnTheSameThreadParsesItsOwnFont() {
        OpenPdfFonts outer = new OpenPdfFonts(name -> 1L);
        BaseFont first = outer.font(serif);
        OpenPdfFonts inner = new OpenPdfFonts(name -> 2L);
        BaseFont second = inner.font(serif);
        assertThat(second).isNotSameAs(first);
        assertThat(inner.font(serif)).isSameAs(second);

        inner.release();
        outer.release();
        OpenPdfFonts next = new OpenPdfFonts(name -> 3L);
        assertThat(next.font(serif)).isIn(first, second);
        next.release();
    }
}
