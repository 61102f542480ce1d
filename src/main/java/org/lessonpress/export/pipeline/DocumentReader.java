package org.lessonpress.export.pipeline;

import java.util.Set;
import org.lessonpress.load.LessonLoader;

/**
 * The one place a run turns an input's bytes into a document: {@code (name, bytes, options) -> result}, and the
 * file extensions a folder search takes. Every read of a run goes through one reader, so the document, its
 * content hash and the IDs written into the output all come from the same bytes.
 */
public interface DocumentReader {

    /** Extensions (lower case, without the dot) a folder search picks up. */
    Set<String> extensions();

    /** Reads one input. Never throws for bad input: problems are diagnostics in the result. */
    LessonLoader.Result read(String name, byte[] bytes, ReadOptions options);

    /** The Markdown lesson-file reader: {@code *.md}. */
    static DocumentReader markdown() {
        return new DocumentReader() {
            @Override
            public Set<String> extensions() {
                return Set.of("md");
            }

            @Override
            public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
                return new LessonLoader(options.maxBytes()).load(name, bytes);
            }
        };
    }

    /**
     * How to read.
     *
     * @param maxBytes inputs larger than this are refused ({@code --max-input-size})
     */
    record ReadOptions(long maxBytes) {
        public static ReadOptions defaults() {
            return new ReadOptions(LessonLoader.DEFAULT_MAX_BYTES);
        }

        /** Every field, for the incremental manifest's key (written out: a record's generated one costs start-up). */
        @Override
        public String toString() {
            return "maxBytes=" + maxBytes;
        }
    }
}
