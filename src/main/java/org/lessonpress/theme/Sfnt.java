package org.lessonpress.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The few things lessonpress reads from an OpenType file itself, straight from its tables: whether it has TrueType
 * or PostScript (CFF) outlines, the faces of a collection ({@code .ttc}), each face's names, weight and slant, and a
 * collection's face copied out as a standalone TrueType file. Reading a few hundred bytes per face keeps a scan of
 * the system's fonts fast; a full font parser reads the whole file.
 */
final class Sfnt {
    private static final int TRUE = 0x00010000;
    private static final int TRUE_MAC = 0x74727565; // 'true'
    private static final int OTTO = 0x4F54544F; // 'OTTO'
    private static final int TTCF = 0x74746366; // 'ttcf'
    private static final int HEAD = 0x68656164; // 'head'
    private static final int NAME = 0x6E616D65; // 'name'
    private static final int OS2 = 0x4F532F32; // 'OS/2'
    /** More tables than any real font has: a file claiming more is not a font. */
    private static final int MAX_TABLES = 256;

    private Sfnt() {
    }

    /** One face of a font file, as its own tables describe it. */
    record Face(Path file, int index, String family, String subfamily, int weight, boolean bold, boolean italic,
                int width, boolean cff, String licence, String licenceUrl) {
        /** The style this face serves in its family: bold from weight 600 up (or the bold bit), italic by its slant. */
        FontStyle style() {
            return FontStyle.of(bold, italic);
        }

        /**
         * The licence's name for a listing: a well-known licence by its name, else the first sentence of the font's
         * licence description (name ID 13), else its licence URL (ID 14).
         */
        String licenceName() {
            String text = licence == null ? "" : licence;
            if (text.contains("Open Font License")) {
                return "SIL Open Font License 1.1";
            }
            if (text.contains("Apache License")) {
                return "Apache License 2.0";
            }
            if (text.contains("Bitstream") && text.contains("DejaVu")) {
                return "Bitstream Vera / DejaVu licence";
            }
            if (text.contains("GNU General Public License") || text.contains("GPL")) {
                return "GNU GPL (with the font exception where stated)";
            }
            String first = text.lines().findFirst().orElse("").strip();
            int dot = first.indexOf(". ");
            first = dot > 0 ? first.substring(0, dot + 1) : first;
            if (!first.isEmpty()) {
                return first.length() <= 100 ? first : first.substring(0, 97) + "...";
            }
            return licenceUrl != null ? licenceUrl : "no licence named in the font";
        }
    }

    /** Random access to a font's bytes: a file (read a range at a time) or bytes in memory. */
    interface Source {
        ByteBuffer read(long offset, int length);

        long size();

        static Source of(byte[] bytes) {
            return new Source() {
                public ByteBuffer read(long offset, int length) {
                    if (offset < 0 || length < 0 || offset + length > bytes.length) {
                        throw new IllegalArgumentException("the font is truncated");
                    }
                    return ByteBuffer.wrap(bytes, (int) offset, length).slice().order(ByteOrder.BIG_ENDIAN);
                }

                public long size() {
                    return bytes.length;
                }
            };
        }
    }

    /** The faces of a font file (one, or each of a collection), reading only their table directories and names. */
    static List<Face> faces(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            Source src = new Source() {
                public ByteBuffer read(long offset, int length) {
                    if (offset < 0 || length < 0 || offset + length > size) {
                        throw new IllegalArgumentException("the font is truncated");
                    }
                    ByteBuffer b = ByteBuffer.allocate(length);
                    try {
                        while (b.hasRemaining()) {
                            if (ch.read(b, offset + b.position()) < 0) {
                                throw new IllegalArgumentException("the font is truncated");
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return b.flip();
                }

                public long size() {
                    return size;
                }
            };
            return faces(file, src);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<Face> faces(Path file, Source src) {
        List<Face> out = new ArrayList<>();
        long[] offsets = faceOffsets(src);
        for (int i = 0; i < offsets.length; i++) {
            out.add(face(file, i, src, offsets[i]));
        }
        return out;
    }

    /** Where each face's table directory starts: 0 for a single font, the collection's offsets for a .ttc. */
    private static long[] faceOffsets(Source src) {
        int tag = src.read(0, 4).getInt(0);
        if (tag != TTCF) {
            return new long[] {0};
        }
        ByteBuffer h = src.read(0, 12);
        long n = h.getInt(8) & 0xffffffffL;
        if (n < 1 || n > MAX_TABLES) {
            throw new IllegalArgumentException("the font collection claims " + n + " faces");
        }
        ByteBuffer o = src.read(12, (int) (4 * n));
        long[] out = new long[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = o.getInt(4 * i) & 0xffffffffL;
        }
        return out;
    }

    /** A table's place: offset and length in the file. */
    private record Table(int tag, long checksum, long offset, long length) {
    }

    private static List<Table> tables(Source src, long at) {
        ByteBuffer h = src.read(at, 12);
        int version = h.getInt(0);
        if (version != TRUE && version != TRUE_MAC && version != OTTO) {
            throw new IllegalArgumentException("not a TrueType or OpenType font");
        }
        int n = h.getShort(4) & 0xffff;
        if (n > MAX_TABLES) {
            throw new IllegalArgumentException("the font claims " + n + " tables");
        }
        ByteBuffer d = src.read(at + 12, 16 * n);
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Table(d.getInt(16 * i), d.getInt(16 * i + 4) & 0xffffffffL, d.getInt(16 * i + 8) & 0xffffffffL,
                    d.getInt(16 * i + 12) & 0xffffffffL));
        }
        return out;
    }

    private static Table find(List<Table> tables, int tag) {
        return tables.stream().filter(t -> t.tag() == tag).findFirst().orElse(null);
    }

    private static Face face(Path file, int index, Source src, long at) {
        boolean cff = src.read(at, 4).getInt(0) == OTTO;
        List<Table> tables = tables(src, at);
        String[] names = names(src, find(tables, NAME));
        int weight = 0;
        int width = 5;
        boolean bold = false;
        boolean italic = false;
        Table os2 = find(tables, OS2);
        if (os2 != null && os2.length() >= 64) {
            ByteBuffer t = src.read(os2.offset(), 64);
            weight = t.getShort(4) & 0xffff;
            width = t.getShort(6) & 0xffff;
            int fsSelection = t.getShort(62) & 0xffff;
            italic = (fsSelection & 0x1) != 0 || (fsSelection & 0x200) != 0;
            bold = (fsSelection & 0x20) != 0;
        } else {
            Table head = find(tables, HEAD);
            if (head != null && head.length() >= 46) {
                int macStyle = src.read(head.offset(), 46).getShort(44) & 0xffff;
                bold = (macStyle & 1) != 0;
                italic = (macStyle & 2) != 0;
            }
        }
        bold = weight > 0 ? weight >= 600 : bold;
        String sub = names[1] == null ? "" : names[1];
        italic = italic || sub.matches("(?i).*\\b(italic|oblique)\\b.*");
        return new Face(file, index, names[0], sub, weight, bold, italic, width, cff, names[2], names[3]);
    }

    /**
     * Family (typographic, ID 16, else ID 1), subfamily (ID 17, else 2), licence (ID 13) and licence URL (ID 14), in
     * English where the font has a choice.
     */
    private static String[] names(Source src, Table name) {
        String[] best = new String[4];
        int[] rank = new int[4];
        if (name == null || name.length() < 6) {
            return best;
        }
        ByteBuffer t = src.read(name.offset(), (int) Math.min(name.length(), 1 << 20));
        int count = t.getShort(2) & 0xffff;
        int strings = t.getShort(4) & 0xffff;
        for (int i = 0; i < count && 6 + 12 * i + 12 <= t.limit(); i++) {
            int r = 6 + 12 * i;
            int platform = t.getShort(r) & 0xffff;
            int encoding = t.getShort(r + 2) & 0xffff;
            int language = t.getShort(r + 4) & 0xffff;
            int id = t.getShort(r + 6) & 0xffff;
            int length = t.getShort(r + 8) & 0xffff;
            int offset = t.getShort(r + 10) & 0xffff;
            int slot = switch (id) {
                case 1, 16 -> 0;
                case 2, 17 -> 1;
                case 13 -> 2;
                case 14 -> 3;
                default -> -1;
            };
            if (slot < 0 || strings + offset + length > t.limit()) {
                continue;
            }
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            boolean mac = platform == 1 && encoding == 0;
            if (!unicode && !mac) {
                continue;
            }
            boolean english = platform == 3 ? language == 0x409 : platform != 1 || language == 0;
            // The typographic names (16, 17) win over the legacy ones; English over other languages; Windows over Mac.
            int score = (id >= 16 ? 8 : 0) + (english ? 4 : 0) + (unicode ? 2 : 0) + 1;
            if (score <= rank[slot]) {
                continue;
            }
            byte[] raw = new byte[length];
            t.get(strings + offset, raw);
            String s = new String(raw, unicode ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1).strip();
            if (!s.isEmpty()) {
                best[slot] = s;
                rank[slot] = score;
            }
        }
        return best;
    }

    /** True when the bytes are one font (not a collection) with TrueType outlines. */
    static boolean trueType(byte[] bytes) {
        if (bytes.length < 12) {
            return false;
        }
        int v = ByteBuffer.wrap(bytes).getInt(0);
        return v == TRUE || v == TRUE_MAC;
    }

    /**
     * Face {@code index} of a collection as a standalone TrueType file: its own table directory and a copy of each
     * table it uses (faces of a collection share tables), with the head table's checksum adjustment recomputed.
     */
    static byte[] extract(byte[] collection, int index) {
        Source src = Source.of(collection);
        long[] offsets = faceOffsets(src);
        if (index < 0 || index >= offsets.length) {
            throw new IllegalArgumentException("the collection has " + offsets.length + " faces, numbered 0 to "
                    + (offsets.length - 1) + ", not " + index);
        }
        int version = src.read(offsets[index], 4).getInt(0);
        List<Table> tables = tables(src, offsets[index]);
        tables.sort(java.util.Comparator.comparingLong(t -> t.tag() & 0xffffffffL));
        int n = tables.size();
        long size = 12 + 16L * n;
        for (Table t : tables) {
            size += (t.length() + 3) & ~3L;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the face is too large");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
        int searchRange = (1 << entrySelector) * 16;
        out.putInt(version).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (n * 16 - searchRange));
        long data = 12 + 16L * n;
        int headAt = -1;
        for (int i = 0; i < n; i++) {
            Table t = tables.get(i);
            out.putInt(12 + 16 * i, t.tag()).putInt(12 + 16 * i + 4, (int) t.checksum()).putInt(12 + 16 * i + 8, (int) data)
                    .putInt(12 + 16 * i + 12, (int) t.length());
            out.put((int) data, src.read(t.offset(), (int) t.length()), 0, (int) t.length());
            if (t.tag() == HEAD && t.length() >= 12) {
                headAt = (int) data;
            }
            data += (t.length() + 3) & ~3L;
        }
        byte[] bytes = out.array();
        if (headAt >= 0) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            b.putInt(headAt + 8, 0);
            long sum = 0;
            for (int i = 0; i + 4 <= bytes.length; i += 4) {
                sum += b.getInt(i) & 0xffffffffL;
            }
            b.putInt(headAt + 8, (int) (0xB1B0AFBAL - sum));
        }
        return bytes;
    }
}
