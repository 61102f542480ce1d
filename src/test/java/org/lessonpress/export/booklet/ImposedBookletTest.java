package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.lessonpress.theme.Units;
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
        float fold = doc.getPage(side).getMediaBox().getWidth() / 2;
        float y = (doc.getPage(side).getMediaBox().getHeight() - H) / 2;
        s.addRegion("r", new Rectangle2D.Float(left ? fold - W : fold, y, W, H));
        s.extractRegions(doc.getPage(side));
        String t = s.getTextForRegion("r").trim();
        return t.isEmpty() ? "-" : t.replace("page", "");
    }

    private static String order(byte[] imposed) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(imposed)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertThat(doc.getPage(i).getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.05f));
                assertThat(doc.getPage(i).getMediaBox().getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.05f));
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

    @Test
    void theSheetIsTheNextStandardSizeThatHoldsAPair() {
        assertSheet(ImposedBooklet.sheet(Units.mm(148), Units.mm(210)), 841.89, 595.28);   // A5 on landscape A4
        assertSheet(ImposedBooklet.sheet(5.5 * 72, 8.5 * 72), 792, 612);                  // half-letter on letter
        assertSheet(ImposedBooklet.sheet(Units.mm(210), Units.mm(297)), 1190.55, 841.89);  // A4 on landscape A3
        assertSheet(ImposedBooklet.sheet(8.5 * 72, 11 * 72), 1224, 792);                   // letter on tabloid
        assertSheet(ImposedBooklet.sheet(Units.mm(105), Units.mm(148)), 595.28, 419.53);   // A6 on landscape A5
        assertSheet(ImposedBooklet.sheet(Units.mm(140), Units.mm(200)), 841.89, 595.28);   // custom: the next that holds it
    }

    private static void assertSheet(PDRectangle r, double w, double h) {
        assertThat((double) r.getWidth()).isCloseTo(w, org.assertj.core.data.Offset.offset(0.05));
        assertThat((double) r.getHeight()).isCloseTo(h, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void thePairIsCentredWithTheSpineOnTheSheetsCentreLine() throws IOException {
        try (PDDocument doc = Loader.loadPDF(impose(8, false))) {
            List<TextPosition> first = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    first.add(positions.get(0));
                }
            };
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(doc);
            float fold = 841.89f / 2;
            // Page 8 on the left half, page 1 on the right: each page's text sits 60 pt from its own left edge.
            List<Float> xs = first.stream().map(TextPosition::getXDirAdj).sorted().toList();
            assertThat(xs).hasSize(2);
            assertThat(xs.get(0)).isCloseTo(fold - W + 60, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(xs.get(1)).isCloseTo(fold + 60, org.assertj.core.data.Offset.offset(0.5f));
            float top = first.get(0).getYDirAdj();
            // The page's baseline at y = 300 from its foot; the page sits (sheet height - page height) / 2 up.
            assertThat(top).isCloseTo(595.28f - ((595.28f - H) / 2 + 300), org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8})
    void sameInputSameBytes(int n) throws IOException {
        assertThat(impose(n, false)).isEqualTo(impose(n, false));
    }
}
