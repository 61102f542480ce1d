package org.lessonpress.export.pipeline;

import java.nio.file.Path;

/**
 * One input of a run.
 *
 * @param name     as printed in messages and reports: the path as the user wrote it (or found below a folder they
 *                 named), {@code <stdin>}, or the bundled sample's file name
 * @param path     the file to read; null for standard input and the bundled sample
 * @param relative the path below the run's base folder, with {@code /} between folders: it places the outputs
 *                 ({@code team-a/handout.md} → {@code out/team-a/handout-booklet.pdf}) and picks the shard
 */
public record InputFile(String name, Path path, String relative, Origin origin) {
    /** Where the bytes come from. */
    public enum Origin { FILE, STDIN, SAMPLE }

    public static final String STDIN_NAME = "<stdin>";

    static InputFile stdin() {
        return new InputFile(STDIN_NAME, null, "stdin", Origin.STDIN);
    }

    public static InputFile sample() {
        return new InputFile(Sample.FILE_NAME, null, Sample.FILE_NAME, Origin.SAMPLE);
    }

    /** The folder part of {@link #relative}: {@code team-a}, or empty for a file at the base. */
    public String dir() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /** The file name without its extension, made safe for a file name: {@code conf-lessons-2024}. */
    public String stem() {
        String file = relative.substring(relative.lastIndexOf('/') + 1);
        String s = file.replaceFirst("\\.[^.]*$", "");
        s = s.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
        return s.isEmpty() ? "lessons" : s;
    }
}
