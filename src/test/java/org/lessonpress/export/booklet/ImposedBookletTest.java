package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontStyle;

/** Imposes plain numbered pages and reads back which page sits in each half of each sheet side. */
class ImposedBookletTest {
    private static final float W = 419.53f;
    private static final float H = 595.28f;

    private static byte[] pages(int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            byte[] ttf = FontCatalog.bundled().family("Noto Sans").face(FontStyle.REGULAR).bytes();
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(ttf), true);
            for (int i = 1; i <= n; i++) {
                PDPage p = new PDPage(new PDRectangle(W, H));
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.beginText();
                    cs.setFont(font, 24);
                    cs.newLineAtOffset(60, 300);
                    cs.showText("page" + i);
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String half(PDDocument doc, int side, boolean left) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("r", new Rectangle2D.Float(left ? 0 : W, 0, W, H));
        s.extractRegions(doc.getPage(side));
        String t = s.getTextForRegion("r").trim();
        return t.isEmpty() ? "-" : t.replace("page", "");
    }

    private static String order(byte[] imposed) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(imposed)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertThat(doc.getPage(i).getMediaBox().getWidth()).isCloseTo(2 * W, org.assertj.core.data.Offset.offset(0.1f));
                sb.append(i % 2 == 0 ? "[" : "/[").append(half(doc, i, true)).append(",").append(half(doc, i, false))
                        .append(i % 2 == 0 ? "]" : "] ");
            }
        }
        return sb.toString().trim();
    }

    private static byte[] impose(int n, boolean longEdge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImposedBooklet.write(pages(n), new ImposedBooklet.Settings(longEdge, 0, true, Instant.EPOCH, new byte[16]), out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 13})
    void halvesHoldThePagesInFoldingOrder(int n) throws IOException {
        String expected = switch (n) {
            case 8 -> "[8,1]/[2,7] [6,3]/[4,5]";
            case 12 -> "[12,1]/[2,11] [10,3]/[4,9] [8,5]/[6,7]";
            default -> "[13,1]/[2,-] [-,3]/[4,-] [12,5]/[6,11] [10,7]/[8,9]";
        };
        assertThat(order(impose(n, false))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void longEdgeTurnsTheBacks(boolean longEdge) throws IOException {
        // Turned by 180°, the back's left page lands on the right half.
        String backs = order(impose(8, longEdge));
        assertThat(backs).isEqualTo(longEdge ? "[8,1]/[7,2] [6,3]/[5,4]" : "[8,1]/[2,7] [6,3]/[4,5]");
    }

    @ParameterizedTest
    @ValueSource(ints = {8})
    void sameInputSameBytes(int n) throws IOException {
        assertThat(impose(n, false)).isEqualTo(impose(n, false));
    }
}
