package org.lessonpress.theme;

import java.util.BitSet;
import java.util.Objects;

/**
 * One TrueType face: its bytes (for embedding by any exporter) and its character map (to choose the font
 * that really has a glyph). Immutable after construction; safe to share between threads and documents.
 * Whatever the face came from (a bundled font, a font file a theme names, an installed family, one face of a
 * {@code .ttc} collection), its bytes are one standalone TrueType font.
 */
public final class FontFace {
    private final String family;
    private final FontStyle style;
    private final String fileName;
    private final byte[] bytes;
    private final BitSet coverage;
    private final String source;
    private final String licenceFile;

    FontFace(String family, FontStyle style, String fileName, byte[] bytes) {
        this(family, style, fileName, bytes, "bundled", null);
    }

    /**
     * @param source      where the face came from, for listings: {@code bundled}, or the font file (with
     *                    {@code #index} for a face of a collection)
     * @param licenceFile the licence file shipped with a bundled font, or null
     */
    FontFace(String family, FontStyle style, String fileName, byte[] bytes, String source, String licenceFile) {
        this.source = Objects.requireNonNull(source);
        this.licenceFile = licenceFile;
        this.family = Objects.requireNonNull(family);
        this.style = Objects.requireNonNull(style);
        this.fileName = Objects.requireNonNull(fileName);
        this.bytes = bytes.clone();
        try {
            this.coverage = CmapCoverage.read(this.bytes);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("font " + fileName + " is not a TrueType font we can read: " + e.getMessage(), e);
        }
    }

    public String family() {
        return family;
    }

    public FontStyle style() {
        return style;
    }

    public String fileName() {
        return fileName;
    }

    /** The font's PostScript name, read on demand (it needs a full parse of the font). */
    public String postScriptName() {
        try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes))) {
            return ttf.getName();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("font " + fileName + " has no readable name table", e);
        }
    }

    /** Where the face came from: {@code bundled}, or the font file it was read from ({@code path#index} in a collection). */
    public String source() {
        return source;
    }

    /** The licence's name, from the font's name table (IDs 13, 14), with the licence file a bundled font ships with. */
    public String licence() {
        String name;
        try {
            name = Sfnt.faces(null, Sfnt.Source.of(bytes)).get(0).licenceName();
        } catch (RuntimeException e) {
            name = "no licence named in the font";
        }
        return licenceFile == null ? name : name + " (fonts/" + licenceFile + ")";
    }

    /** A copy of the TTF bytes, to embed. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** True when the font maps this code point to a real glyph (not .notdef). */
    public boolean hasGlyph(int codePoint) {
        return coverage.get(codePoint);
    }

    @Override
    public String toString() {
        return family + " " + style.key();
    }
}
