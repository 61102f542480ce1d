package org.lessonpress.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.ThemeKey;

/**
 * An output format. Implementations are registered in {@code META-INF/services/org.lessonpress.export.Exporter}
 * so a jar on the class path adds a format without touching the CLI.
 *
 * <p>An exporter writes bytes only: the CLI opens the streams (temporary files moved into place atomically), so an
 * exporter never touches the file system. Input it cannot set (text that cannot fit, a glyph no font has) is a
 * {@link org.lessonpress.BadInputException} naming the lesson and the fix.
 */
public interface Exporter {

    /** The format's name on the command line ({@code -f booklet}) and in file names ({@code x-booklet.pdf}). */
    String id();

    /** One line for {@code lessonpress formats}. */
    String description();

    /** The main file's extension without the dot: {@code pdf}. */
    String extension();

    /** The command-line options this format takes; the CLI adds them to {@code export}. */
    default List<ExportOption<?>> options() {
        return List.of();
    }

    /** The theme keys this format reads, under its id ({@code booklet.margin.inner}); the default theme sets them. */
    default List<ThemeKey<?>> themeKeys() {
        return List.of();
    }

    /**
     * Called on a background thread as soon as the format is chosen, while the input and theme load: may load the
     * classes and read the resources {@link #write} will need, so a short run starts warm. It must have no effect
     * anyone can see, and may be skipped; it runs at most once per process. The default does nothing.
     */
    default void warmUp() {
    }

    /** A file a format writes beside its main one: the main file's name with {@code -QUALIFIER}, then {@code .EXTENSION}. */
    record Companion(String qualifier, String extension) {
    }

    /** The value one input gives a format's option, as {@link ExportContext#option} would give it (null for none). */
    @FunctionalInterface
    interface OptionValue {
        Object of(ExportOption<?> option);
    }

    /**
     * The companion files {@link #write} makes with these option values, so a run can tell before it writes anything
     * that none would land on another input's file. One made without being declared here is still caught, but only
     * when it is made, after other inputs may have been written. The default: none.
     */
    default List<Companion> companions(OptionValue options) {
        return List.of();
    }

    /**
     * Writes the document to {@code out}. Extra files (an imposed booklet, poster tiles) go to
     * {@link ExportContext#companion(String, String)}.
     */
    void write(LessonDocument document, ExportContext context, OutputStream out) throws IOException;
}
