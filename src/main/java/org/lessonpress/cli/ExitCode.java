package org.lessonpress.cli;

/** The process exit codes, listed in every command's help. */
public final class ExitCode {
    public static final int OK = 0;
    /** An input (lesson file, theme) has an error; the message names file, line and fix. */
    public static final int BAD_INPUT = 1;
    /** The command line is wrong: unknown option or format, bad option value. */
    public static final int USAGE = 2;
    /** An output file could not be written (permissions, disk full, a directory in the way). */
    public static final int OUTPUT = 3;
    /** A bug in lessonpress; rerun with --debug and report the stack trace. */
    public static final int INTERNAL = 4;

    /** The exit code of a run whose worst failure is {@code worst} (null: none). */
    static int of(org.lessonpress.export.pipeline.Failure.Kind worst) {
        if (worst == null) {
            return OK;
        }
        return switch (worst) {
            case INPUT -> BAD_INPUT;
            case USAGE -> USAGE;
            case OUTPUT -> OUTPUT;
            case INTERNAL -> INTERNAL;
        };
    }

    /** The help text of each code, in order, for every command's usage message. */
    static java.util.Map<String, String> help() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(" " + OK, "success");
        m.put(" " + BAD_INPUT, "bad input: an error in a lesson file or theme (file:line: error: ...)");
        m.put(" " + USAGE, "usage error: unknown command, option, format, reader or theme; bad option value; a mistake in lessonpress.yml");
        m.put(" " + OUTPUT, "an output file could not be written");
        m.put(" " + INTERNAL, "internal error (a bug; rerun with --debug)");
        return m;
    }

    private ExitCode() {
    }
}
