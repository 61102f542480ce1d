package org.lessonpress.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.lessonpress.theme.FontFace;

/**
 * The measures of one face, read once from its TrueType bytes with fontbox and shared by every format and thread:
 * advance widths and vertical metrics, all in ems. Advances come without kerning, as both PDF libraries draw them
 * (see {@link AdvanceRounding}). Immutable once read; the advance table is filled a block of 256 code points at a
 * time on first use, under a lock, and read without one.
 */
public final class FontMetrics {
    private static final Map<FontFace, FontMetrics> READ = new ConcurrentHashMap<>();
    private static final int PAGE = 256;
    private static final int ABSENT = -1;

    private final String name;
    private final int unitsPerEm;
    private final int[] advances;
    private final CmapLookup cmap;
    private final AtomicReferenceArray<int[]> pages = new AtomicReferenceArray<>((Character.MAX_CODE_POINT + 1) / PAGE);
    private final double ascender;
    private final double descender;
    private final double lineGap;
    private final double capHeight;
    private final double xHeight;
    private final double singleLine;

    private FontMetrics(FontFace face, TrueTypeFont ttf) throws IOException {
        this.name = face.fileName();
        this.unitsPerEm = ttf.getHeader().getUnitsPerEm();
        HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
        int glyphs = ttf.getNumberOfGlyphs();
        this.advances = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            advances[g] = hmtx.getAdvanceWidth(g);
        }
        this.cmap = ttf.getUnicodeCmapLookup(false);
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        double upm = unitsPerEm;
        this.ascender = hhea.getAscender() / upm;
        this.descender = hhea.getDescender() / upm;
        this.lineGap = hhea.getLineGap() / upm;
        // Word and LibreOffice set "single" spacing from the largest of the hhea, Windows and typographic heights.
        double line = ascender - descender + lineGap;
        if (os2 != null) {
            line = Math.max(line, (os2.getWinAscent() + os2.getWinDescent()) / upm);
            line = Math.max(line, (os2.getTypoAscender() - os2.getTypoDescender() + os2.getTypoLineGap()) / upm);
        }
        this.singleLine = line;
        // Old OS/2 tables (DejaVu's) leave cap and x-height at 0: then the tops of H and x tell them.
        this.capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() / upm : top(ttf, 'H');
        this.xHeight = os2 != null && os2.getHeight() > 0 ? os2.getHeight() / upm : top(ttf, 'x');
    }

    /** The metrics of a face, read on first use and kept for the life of the JVM (faces are too). */
    public static FontMetrics of(FontFace face) {
        return READ.computeIfAbsent(face, FontMetrics::read);
    }

    private static FontMetrics read(FontFace face) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
            return new FontMetrics(face, ttf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics of font " + face.fileName(), e);
        }
    }

    private double top(TrueTypeFont ttf, char c) throws IOException {
        int gid = cmap.getGlyphId(c);
        GlyphData g = gid == 0 ? null : ttf.getGlyph().getGlyph(gid);
        return g == null ? 0 : g.getYMaximum() / (double) unitsPerEm;
    }

    /** The advance of one code point in ems; 0 for characters that are never drawn (format controls). */
    public double advance(int codePoint, AdvanceRounding rounding) {
        int units = units(codePoint);
        return units <= 0 ? 0 : rounding.em(units, unitsPerEm);
    }

    /** The advance of {@code text[from, to)} in ems: the sum of its characters' advances. */
    public double width(CharSequence text, int from, int to, AdvanceRounding rounding) {
        double w = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            w += advance(cp, rounding);
        }
        return w;
    }

    public double width(CharSequence text, AdvanceRounding rounding) {
        return width(text, 0, text.length(), rounding);
    }

    /** True when the face maps the code point to a glyph of its own. */
    public boolean has(int codePoint) {
        return units(codePoint) != ABSENT;
    }

    private int units(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            return ABSENT;
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return 0;
        }
        int[] page = pages.get(cp / PAGE);
        if (page == null) {
            page = fill(cp / PAGE);
        }
        return page[cp % PAGE];
    }

    /** Reads one block of the character map; fontbox's lookups are not meant for concurrent first use. */
    private synchronized int[] fill(int index) {
        int[] page = pages.get(index);
        if (page != null) {
            return page;
        }
        page = new int[PAGE];
        for (int i = 0; i < PAGE; i++) {
            int gid = cmap.getGlyphId(index * PAGE + i);
            page[i] = gid <= 0 ? ABSENT : advances[Math.min(gid, advances.length - 1)];
        }
        pages.set(index, page);
        return page;
    }

    /** The top of the tallest ascenders above the baseline (hhea), in ems. */
    public double ascender() {
        return ascender;
    }

    /** The depth of descenders below the baseline, negative (hhea), in ems. */
    public double descender() {
        return descender;
    }

    public double lineGap() {
        return lineGap;
    }

    public double capHeight() {
        return capHeight;
    }

    public double xHeight() {
        return xHeight;
    }

    /** The line height word processors give "single" spacing, per em of type size. */
    public double singleLineHeight() {
        return singleLine;
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    @Override
    public String toString() {
        return "metrics of " + name;
    }
}
