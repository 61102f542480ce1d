package org.lessonpress.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Our fast cmap reader agrees with fontbox's full parser on every shipped face, code point by code point. */
class CmapCoverageTest {
    @Test
    void agreesWithFontboxOnEveryShippedFace() throws IOException {
        FontCatalog catalog = FontCatalog.bundled();
        int faces = 0;
        for (String family : catalog.familyNames()) {
            for (FontFace face : catalog.family(family).faces().values()) {
                faces++;
                BitSet ours = CmapCoverage.read(face.bytes());
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                    for (int cp = 0; cp < 0x20000; cp++) {
                        assertThat(ours.get(cp)).as("%s U+%04X", face, cp).isEqualTo(cmap.getGlyphId(cp) > 0);
                    }
                }
            }
        }
        assertThat(faces).isEqualTo(15);
    }
}
