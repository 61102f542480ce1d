package org.lessonpress.load;

import java.util.List;

/**
 * An input format: bytes in, the lesson model out. Implementations are registered in
 * {@code META-INF/services/org.lessonpress.load.Reader}, so a jar on the class path adds a format without touching
 * the CLI (as {@link org.lessonpress.export.Exporter} does for output formats).
 *
 * <p>A reader never touches the file system or the network: the CLI reads the file and hands over its bytes. What it
 * cannot read is a diagnostic naming file, line and fix, never an exception; any error means no document. The
 * {@link Readers registry} puts every document a reader gives through the same model checks (lesson numbers as
 * written, control characters, link schemes, {@link Limits}), so a reader need not repeat them.
 */
public interface Reader {

    /** The format's name on the command line ({@code --from text}): lower-case words joined by hyphens. */
    String id();

    /** One line for {@code lessonpress formats}. */
    String description();

    /** The file extensions this reader takes, lower case, without the dot: {@code md}, {@code markdown}. */
    List<String> extensions();

    /**
     * How sure the reader is that an input starting with {@code head} (its first few kilobytes) is in its format,
     * from 0 (not at all) to 100 (certain). Used only for inputs whose name has no extension a reader claims.
     */
    int sniff(byte[] head);

    /**
     * Reads one input. {@code name} is what messages call it ({@code essays/conf.txt}); diagnostics come in line
     * order, and the document is null when any of them is an error.
     */
    LessonLoader.Result read(String name, byte[] bytes, ReadOptions options);
}
