package org.lessonpress.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face: its bytes (for embedding by any exporter) and its character map (to choose the font
 * that really has a glyph). Immutable after construction; safe to share between threads and documents.
 */
public final class FontFace {
    private final String family;
    private final FontStyle style;
    private final String fileName;
    private final byte[] bytes;
    private final CmapLookup cmap;
    private final String postScriptName;

    FontFace(String family, FontStyle style, String fileName, byte[] bytes) {
        this.family = Objects.requireNonNull(family);
        this.style = Objects.requireNonNull(style);
        this.fileName = Objects.requireNonNull(fileName);
        this.bytes = bytes.clone();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(this.bytes))) {
            this.cmap = ttf.getUnicodeCmapLookup(false);
            this.postScriptName = ttf.getName();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + fileName + " is not a TrueType font we can read", e);
        }
        if (cmap == null) {
            throw new IllegalStateException("font " + fileName + " has no Unicode character map");
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

    public String postScriptName() {
        return postScriptName;
    }

    /** A copy of the TTF bytes, to embed. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** True when the font maps this code point to a real glyph (not .notdef). */
    public boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    @Override
    public String toString() {
        return family + " " + style.key();
    }
}
