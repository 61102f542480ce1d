package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.function.Supplier;
import org.lessonpress.Diagnostic;

/**
 * Reads an input into memory exactly once, never more than the size limit plus one byte, so a pipe or
 * {@code <(cat f)} (whose size the file system does not know) is bounded like a file. A file that is gone or
 * unreadable by the time it is read is a diagnostic, like any other bad input.
 */
public final class SourceBytes {
    /** The most one Java array holds, whatever the limit says. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    private SourceBytes() {
    }

    /** Reads and loads {@code input}; standard input comes from {@code stdin}. */
    public static LoadedInput load(InputFile input, DocumentReader reader, DocumentReader.ReadOptions options,
                                   Supplier<InputStream> stdin) {
        long max = options.maxBytes();
        byte[] bytes;
        try {
            switch (input.origin()) {
                case SAMPLE -> bytes = Sample.bytes();
                case STDIN -> bytes = bounded(stdin.get(), max);
                default -> {
                    BasicFileAttributes attrs = Files.readAttributes(input.path(), BasicFileAttributes.class);
                    if (attrs.isDirectory()) {
                        return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0,
                                "is a folder; name it without a file, or the lesson files in it"));
                    }
                    if (attrs.isRegularFile() && attrs.size() > max) {
                        return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 1, 0, "the file is "
                                + human(attrs.size()) + ", over the " + human(max) + " limit; raise it with --max-input-size"));
                    }
                    try (InputStream in = Files.newInputStream(input.path())) {
                        bytes = bounded(in, max);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0, "no such file; check the path"));
        } catch (AccessDeniedException e) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0, "cannot read: permission denied"));
        } catch (IOException e) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0, "cannot read: " + OutputException.reason(e)));
        }
        if (bytes == null) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 1, 0, "the input is over the " + human(max)
                    + " limit; raise it with --max-input-size"));
        }
        return new LoadedInput(input, bytes, reader.read(input.name(), bytes, options));
    }

    /** All of {@code in}, or null when it holds more than {@code max} bytes. */
    private static byte[] bounded(InputStream in, long max) throws IOException {
        int limit = (int) Math.min(max, MAX_ARRAY);
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit && in.read() >= 0) {
            return null;
        }
        return bytes;
    }

    /** 900 B, 12.5 KB, 2.1 MB: one decimal, so a file just over the limit never reads as equal to it. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes / 1024.0;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
