package org.lessonpress.theme;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * Which code points a TrueType font maps to a glyph, read straight from its {@code cmap} table (formats 4 and 12).
 * Reading only that table takes microseconds, where a full font parser takes a good part of a second per face;
 * a command-line tool pays that on every run.
 */
final class CmapCoverage {
    private CmapCoverage() {
    }

    static BitSet read(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int numTables = b.getShort(4) & 0xffff;
        int cmap = -1;
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            if (b.getInt(rec) == 0x636d6170) { // 'cmap'
                cmap = b.getInt(rec + 8);
            }
        }
        if (cmap < 0) {
            throw new IllegalArgumentException("font has no cmap table");
        }
        int subtables = b.getShort(cmap + 2) & 0xffff;
        int best = -1;
        int bestRank = -1;
        for (int i = 0; i < subtables; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = b.getShort(rec) & 0xffff;
            int encoding = b.getShort(rec + 2) & 0xffff;
            int offset = cmap + b.getInt(rec + 4);
            int format = b.getShort(offset) & 0xffff;
            int rank = rank(platform, encoding, format);
            if (rank > bestRank) {
                best = offset;
                bestRank = rank;
            }
        }
        if (best < 0 || bestRank <= 0) {
            throw new IllegalArgumentException("font has no Unicode cmap subtable of format 4 or 12");
        }
        BitSet out = new BitSet(0x10000);
        int format = b.getShort(best) & 0xffff;
        if (format == 12) {
            readFormat12(b, best, out);
        } else {
            readFormat4(b, best, out);
        }
        return out;
    }

    /** Prefers a full-repertoire format 12 table, then a BMP format 4 table, from Unicode or Windows platforms. */
    private static int rank(int platform, int encoding, int format) {
        boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
        if (!unicode) {
            return 0;
        }
        if (format == 12) {
            return 2;
        }
        return format == 4 ? 1 : 0;
    }

    private static void readFormat12(ByteBuffer b, int at, BitSet out) {
        long groups = b.getInt(at + 12) & 0xffffffffL;
        for (long g = 0; g < groups; g++) {
            int rec = (int) (at + 16 + 12 * g);
            int start = b.getInt(rec);
            int end = b.getInt(rec + 4);
            int glyph = b.getInt(rec + 8);
            for (int cp = start; cp <= end && cp <= Character.MAX_CODE_POINT; cp++) {
                if (glyph + (cp - start) != 0) {
                    out.set(cp);
                }
            }
        }
    }

    private static void readFormat4(ByteBuffer b, int at, BitSet out) {
        int segX2 = b.getShort(at + 6) & 0xffff;
        int ends = at + 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int rangeOffsets = deltas + segX2;
        for (int s = 0; s < segX2 / 2; s++) {
            int end = b.getShort(ends + 2 * s) & 0xffff;
            int start = b.getShort(starts + 2 * s) & 0xffff;
            int delta = b.getShort(deltas + 2 * s);
            int roAt = rangeOffsets + 2 * s;
            int ro = b.getShort(roAt) & 0xffff;
            for (int cp = start; cp <= end && cp != 0xffff; cp++) {
                int glyph;
                if (ro == 0) {
                    glyph = (cp + delta) & 0xffff;
                } else {
                    int idx = roAt + ro + 2 * (cp - start);
                    int g = b.getShort(idx) & 0xffff;
                    glyph = g == 0 ? 0 : (g + delta) & 0xffff;
                }
                if (glyph != 0) {
                    out.set(cp);
                }
            }
        }
    }
}
