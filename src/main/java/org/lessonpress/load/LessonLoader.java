package org.lessonpress.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.LessonDocument;

/**
 * Loads an input into the lesson model through the {@link Readers registry}: a lesson file (Markdown with YAML front
 * matter), a plain-text essay, a saved web page or lessonpress's own JSON, chosen by {@code --from}, the extension or
 * the content. Every problem becomes a diagnostic with file and line; any error means no document.
 */
public final class LessonLoader {
    public static final long DEFAULT_MAX_BYTES = Limits.INPUT_BYTES;

    /** What reading gave: the document (null when there were errors) and every diagnostic, in line order. */
    public record Result(String file, LessonDocument document, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** No document, one error. */
        public static Result failed(String file, Diagnostic error) {
            return new Result(file, null, List.of(error));
        }

        public boolean ok() {
            return document != null;
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }
    }

    private final Readers readers;
    private final ReadOptions options;

    public LessonLoader() {
        this(ReadOptions.DEFAULT);
    }

    public LessonLoader(long maxBytes) {
        this(ReadOptions.DEFAULT.withMaxBytes(maxBytes));
    }

    public LessonLoader(ReadOptions options) {
        this(Readers.builtIn(), options);
    }

    public LessonLoader(Readers readers, ReadOptions options) {
        this.readers = readers;
        this.options = options;
    }

    public Result load(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            return Result.failed(name, Diagnostic.error(name, 0, 0, "is a directory; give the lesson files in it (e.g. " + path + "/*.md)"));
        }
        try {
            long size = Files.size(path);
            if (size > options.maxBytes()) {
                return Result.failed(name, Diagnostic.error(name, 1, 0, Readers.tooBig(size, options.maxBytes())));
            }
            return load(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Result.failed(name, Diagnostic.error(name, 0, 0, "no such file; check the path"));
        } catch (IOException e) {
            return Result.failed(name, Diagnostic.error(name, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads bytes already in memory; {@code name} chooses the reader by its extension and names the input in messages. */
    public Result load(String name, byte[] bytes) {
        return readers.read(name, bytes, options);
    }
}
