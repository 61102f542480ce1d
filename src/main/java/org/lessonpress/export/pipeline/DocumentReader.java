package org.lessonpress.export.pipeline;

import java.util.Set;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.load.ReadOptions;
import org.lessonpress.load.Readers;

/**
 * The one place a run turns an input's bytes into a document: {@code (name, bytes, options) -> result}, through the
 * reader registry ({@link Readers}: Markdown, plain text, HTML, lessonpress JSON, and any plug-in reader), and the
 * file extensions a folder search takes, from the same registry. Every read of a run goes through one reader, so the
 * document, its content hash and the IDs written into the output all come from the same bytes.
 */
public interface DocumentReader {

    /**
     * Extensions (lower case, without the dot) a folder search picks up: those of the reader {@code --from} names,
     * else those of every registered reader.
     */
    Set<String> extensions(ReadOptions options);

    /** Reads one input. Never throws for bad input: problems are diagnostics in the result. */
    LessonLoader.Result read(String name, byte[] bytes, ReadOptions options);

    /** The readers on the class path. */
    static DocumentReader builtIn() {
        return of(Readers.builtIn());
    }

    static DocumentReader of(Readers readers) {
        return new DocumentReader() {
            @Override
            public Set<String> extensions(ReadOptions options) {
                return options.from().isEmpty() ? readers.extensions() : Set.copyOf(readers.named(options.from()).extensions());
            }

            @Override
            public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
                return readers.read(name, bytes, options);
            }
        };
    }

    /** Every field of {@code options}, for the incremental manifest's key (a record's own toString costs start-up). */
    static String describe(ReadOptions options) {
        return "from=" + options.from() + ";keepTrailing=" + options.keepTrailing() + ";maxBytes=" + options.maxBytes();
    }
}
