package org.lessonpress.export.slides;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The parts of a package as POI saves them, kept by name and uncompressed instead of zipped. POI saves into the zip
 * stream it is handed ({@code ZipPackage.saveImpl} takes a {@link ZipArchiveOutputStream} as it is), and the deck is
 * zipped again anyway by {@link ReproducibleZip} in its own order and with its own time: zipping each part first
 * only for it to be unzipped cost a deflate and an inflate of every part of every deck. Writes nothing itself.
 */
final class PackageParts extends ZipArchiveOutputStream {
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private String name;
    private ByteArrayOutputStream part;

    PackageParts() {
        super(OutputStream.nullOutputStream());
    }

    /** Each part's name and bytes, in the order POI saved them; a name saved twice keeps its last bytes. */
    Map<String, byte[]> parts() {
        if (part != null) {
            throw new IllegalStateException("the part " + name + " is not finished");
        }
        return parts;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (part != null) {
            throw new IOException("the part " + name + " is not finished before " + entry.getName());
        }
        name = entry.getName();
        part = new ByteArrayOutputStream();
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (part == null) {
            throw new IOException("no part is open");
        }
        // A folder entry holds nothing, and a zip read back skips it.
        if (!name.endsWith("/")) {
            parts.put(name, part.toByteArray());
        }
        part = null;
    }

    @Override
    public void write(int b) throws IOException {
        open().write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        open().write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        open().write(b, off, len);
    }

    private ByteArrayOutputStream open() throws IOException {
        if (part == null) {
            throw new IOException("bytes written outside a part");
        }
        return part;
    }

    /** Nothing to finish: there is no zip, so no central directory to write. */
    @Override
    public void finish() {
    }
}
