package org.lessonpress.export.pdfbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lessonpress.theme.FontFace;

/**
 * The fonts of one PDFBox document: each {@link FontFace} is embedded once, as a subset Type 0 font, on first use.
 * Text is measured by {@link org.lessonpress.typeset.FontMetrics} with PDFBox's rounding of widths, so what is laid
 * out is what is drawn. Not thread-safe; one per document.
 */
public final class EmbeddedFonts {
    /**
     * Each face parsed once per thread, not once per document: a batch embeds the same few faces in every PDF, and
     * parsing them (tables, cmap, widths) was a tenth of its time. A parsed font is only read by PDFBox (its glyphs
     * are copied into each document's subset on save) and not safe to read from two threads at once, hence one per
     * thread; weak keys let a run's faces go with the run.
     */
    private static final ThreadLocal<Map<FontFace, TrueTypeFont>> PARSED = ThreadLocal.withInitial(WeakHashMap::new);

    private final PDDocument document;
    private final Map<FontFace, PDFont> fonts = new IdentityHashMap<>();

    public EmbeddedFonts(PDDocument document) {
        this.document = document;
    }

    public PDDocument document() {
        return document;
    }

    /**
     * The embedded font for a face; the glyphs drawn with it are subset when the document is saved. The font's GSUB
     * table is hidden from PDFBox: its Latin substitution (ligatures only) runs a regular expression per
     * {@code showText} and is slow, and without it the glyphs drawn are exactly the ones measured.
     */
    public PDFont font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(document, parsed(f), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed font " + f.fileName(), e);
            }
        });
    }

    /**
     * This thread's parse of a face, kept open across documents. PDFBox "closes" a subset font after saving; a font
     * parsed from a buffer holds its bytes in memory and its close releases nothing, so the parse stays usable
     * (EmbeddedFontsTest checks that the second document's font is byte for byte the first's).
     */
    private static TrueTypeFont parsed(FontFace face) throws IOException {
        Map<FontFace, TrueTypeFont> mine = PARSED.get();
        TrueTypeFont ttf = mine.get(face);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(withoutGsub(face.bytes())));
            mine.put(face, ttf);
        }
        return ttf;
    }

    /** Renames the GSUB entry of the table directory (to {@code gsub}, which nothing reads); other bytes stay. */
    static byte[] withoutGsub(byte[] ttf) {
        if (ttf.length < 12) {
            return ttf;
        }
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= ttf.length && ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'g';
                ttf[at + 1] = 's';
                ttf[at + 2] = 'u';
                ttf[at + 3] = 'b';
            }
        }
        return ttf;
    }
}
