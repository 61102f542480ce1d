package org.lessonpress.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontFamily;
import org.lessonpress.theme.FontStyle;

/** The one metrics path measures exactly what each PDF library draws, for every bundled face. */
class FontMetricsTest {

    private static List<FontFace> faces() {
        List<FontFace> out = new ArrayList<>();
        for (String name : FontCatalog.bundled().familyNames()) {
            FontFamily f = FontCatalog.bundled().family(name);
            out.addAll(f.faces().values());
        }
        return out;
    }

    private static int[] sample(FontFace face) {
        return IntStream.range(0x20, 0x3000).filter(face::hasGlyph).filter(cp -> Character.getType(cp) != Character.FORMAT)
                .toArray();
    }

    @Test
    void advancesAreWhatPdfboxWrites() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (FontFace face : faces()) {
                PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(face.bytes()), true);
                FontMetrics m = FontMetrics.of(face);
                for (int cp : sample(face)) {
                    double expected = font.getStringWidth(new String(Character.toChars(cp))) / 1000.0;
                    assertThat(m.advance(cp, AdvanceRounding.NEAREST_THOUSANDTH)).as("%s U+%04X", face, cp)
                            .isCloseTo(expected, within(1e-9));
                }
            }
        }
    }

    @Test
    void advancesAreWhatOpenPdfWrites() throws Exception {
        for (FontFace face : faces()) {
            BaseFont font = BaseFont.createFont(face.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.bytes(), null);
            FontMetrics m = FontMetrics.of(face);
            for (int cp : sample(face)) {
                double expected = font.getWidthPoint(new String(Character.toChars(cp)), 1f);
                assertThat(m.advance(cp, AdvanceRounding.DOWN_TO_THOUSANDTH)).as("%s U+%04X", face, cp)
                        .isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void verticalMetricsComeFromTheFontOrItsGlyphs() {
        FontMetrics serif = FontMetrics.of(FontCatalog.bundled().family("Noto Serif").face(FontStyle.REGULAR));
        assertThat(serif.capHeight()).isCloseTo(0.714, within(1e-9));
        assertThat(serif.xHeight()).isCloseTo(0.536, within(1e-9));
        assertThat(serif.ascender()).isCloseTo(1.069, within(1e-9));
        assertThat(serif.descender()).isCloseTo(-0.293, within(1e-9));
        assertThat(serif.singleLineHeight()).isGreaterThan(1.3).isLessThan(1.4);
        // DejaVu's old OS/2 table has no cap height: the top of its H gives it
        FontMetrics dejavu = FontMetrics.of(FontCatalog.bundled().family("DejaVu Sans").face(FontStyle.REGULAR));
        assertThat(dejavu.capHeight()).isCloseTo(0.729, within(0.002));
        assertThat(dejavu.xHeight()).isCloseTo(0.547, within(0.003));
    }

    @Test
    void measuringFromManyThreadsAgrees() {
        FontFace face = FontCatalog.bundled().family("DejaVu Sans Mono").face(FontStyle.BOLD_ITALIC);
        int[] cps = sample(face);
        double serial = 0;
        FontMetrics m = FontMetrics.of(face);
        double[] each = IntStream.range(0, 16).parallel().mapToDouble(t -> {
            double sum = 0;
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[(i * 31 + t * 7) % cps.length];
                sum += m.advance(cp, AdvanceRounding.NONE);
            }
            return sum;
        }).toArray();
        for (int cp : cps) {
            serial += m.advance(cp, AdvanceRounding.NONE);
        }
        for (double d : each) {
            assertThat(d).isCloseTo(serial, within(1e-6));
        }
        assertThat(FontMetrics.of(face)).isSameAs(m);
    }
}
