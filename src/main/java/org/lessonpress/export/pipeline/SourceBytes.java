package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;
import org.lessonpress.BoundedFile;
import org.lessonpress.Diagnostic;

/**
 * Reads an input into memory exactly once, never more than the size limit plus one byte ({@link BoundedFile}), so a
 * pipe or {@code <(cat f)} (whose size the file system does not know) is bounded like a file. A file that is gone or
 * unreadable by the time it is read is a diagnostic, like any other bad input.
 */
public final class SourceBytes {
    private SourceBytes() {
    }

    /** Reads and loads {@code input}; standard input comes from {@code stdin}. */
    public static LoadedInput load(InputFile input, DocumentReader reader, org.lessonpress.load.ReadOptions options,
                                   Supplier<InputStream> stdin) {
        long max = options.maxBytes();
        byte[] bytes;
        try {
            switch (input.origin()) {
                case SAMPLE -> bytes = Sample.bytes();
                case STDIN -> bytes = BoundedFile.read(stdin.get(), max);
                default -> {
                    if (Files.isDirectory(input.path())) {
                        return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0,
                                "is a folder; name it without a file, or the lesson files in it"));
                    }
                    bytes = BoundedFile.read(input.path(), max);
                }
            }
        } catch (BoundedFile.TooLarge e) {
            // A pipe's size is not known, only that it holds more than the limit (the read stopped one byte past it).
            String what = e.size() > e.limit() + 1 ? e.getMessage() : "the input is over the " + BoundedFile.human(max) + " limit";
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 1, 0, what + "; raise it with --max-input-size"));
        } catch (NoSuchFileException e) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0, "no such file; check the path"));
        } catch (AccessDeniedException e) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0, "cannot read: permission denied"));
        } catch (IOException e) {
            return LoadedInput.unreadable(input, Diagnostic.error(input.name(), 0, 0, "cannot read: " + OutputException.reason(e)));
        }
        return new LoadedInput(input, bytes, reader.read(input.name(), bytes, options));
    }
}
