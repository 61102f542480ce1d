package org.lessonpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file read whole into memory, never more than a limit: the size is checked first, and the read itself stops one
 * byte past the limit, so a file that grows while it is read, or a {@code /proc} file that reports size 0, cannot
 * fill the heap either.
 */
public final class BoundedFile {
    private BoundedFile() {
    }

    /** The file is larger than the limit; {@link #size} is what it has (at least limit + 1). */
    public static final class TooLarge extends IOException {
        private final long size;
        private final long limit;

        TooLarge(long size, long limit) {
            super("the file is " + human(size) + ", over the " + human(limit) + " limit");
            this.size = size;
            this.limit = limit;
        }

        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    /** The file's bytes, or {@link TooLarge} when it holds more than {@code limit}. */
    public static byte[] read(Path file, long limit) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw new TooLarge(size, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            try {
                return read(in, limit);
            } catch (TooLarge e) {
                throw new TooLarge(Math.max(size, e.size()), limit);
            }
        }
    }

    /**
     * All of a stream whose size is not known beforehand (standard input, a pipe, {@code <(cat f)}), or {@link TooLarge}
     * as soon as it holds more than {@code limit}: never more than limit + 1 bytes are read.
     */
    public static byte[] read(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new TooLarge(bytes.length, limit);
        }
        return bytes;
    }

    /** 900 B, 12.5 KB, 2.1 MB, 3.0 GB: one decimal, so a size just over a limit never reads as equal to it. */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1073741824.0);
    }
}
