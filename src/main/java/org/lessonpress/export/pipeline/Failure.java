package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;

/**
 * Why an input (or one of its formats) produced nothing: one of the four kinds the exit codes tell apart, and the
 * one line to print, naming the input and format. Every {@link Throwable} an export can end with maps to one.
 *
 * @param cause what was thrown, for the stack trace under {@code --debug}; null for a plain bad input
 */
public record Failure(Kind kind, Diagnostic diagnostic, Throwable cause) {

    /** In the order of the exit codes, so the worst of a run is the greatest. */
    public enum Kind {
        /** A lesson file or theme is wrong, or cannot be set (exit 1). */
        INPUT,
        /** An option or project-file value is wrong (exit 2). */
        USAGE,
        /** An output file could not be written (exit 3). */
        OUTPUT,
        /** A bug in lessonpress (exit 4). */
        INTERNAL;

        static Kind worst(Kind a, Kind b) {
            return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
        }
    }

    public String line() {
        return diagnostic.format();
    }

    static Failure input(Diagnostic d) {
        return new Failure(Kind.INPUT, d, null);
    }

    /**
     * What {@code t}, thrown while exporting {@code input} to {@code format} (null while loading), means for the user.
     * A write failure of our own staging stream is an output failure naming the target file.
     */
    static Failure of(Throwable t, String input, String format) {
        String where = format == null ? "" : format + ": ";
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof OutputException || c instanceof UsageException) {
                t = c; // an exporter may wrap the failed write of our stream, or a clash of names, in its own exception
                break;
            }
        }
        if (t instanceof BadInputException bad) {
            return new Failure(Kind.INPUT, bad.diagnostic(), t);
        }
        if (t instanceof OutputException out) {
            return new Failure(Kind.OUTPUT, Diagnostic.error(out.target(), 0, 0, "cannot write: " + out.reason()), t);
        }
        if (t instanceof UsageException u && u.file() != null) { // about a file an option names: one line about it
            return new Failure(Kind.USAGE, Diagnostic.error(u.file(), 0, 0,
                    u.getMessage().substring(Math.min(u.getMessage().length(), u.file().length() + ": error: ".length()))), t);
        }
        if (t instanceof UsageException) {
            return new Failure(Kind.USAGE, Diagnostic.error(input, 0, 0, where + t.getMessage()), t);
        }
        if (t instanceof OutOfMemoryError) {
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            return new Failure(Kind.INPUT, Diagnostic.error(input, 0, 0, where + "ran out of memory (the Java heap is " + heap
                    + " MB) setting this file; split it, or give Java more memory (LESSONPRESS_HEAP=2g bin/lessonpress, or java -Xmx2g -jar)"), t);
        }
        if (t instanceof StackOverflowError) {
            return new Failure(Kind.INTERNAL, Diagnostic.error(input, 0, 0, where
                    + "internal error (stack overflow); rerun with --debug and report the stack trace"), t);
        }
        String what = t instanceof UncheckedIOException || t instanceof IOException ? "an I/O error inside the format" : "internal error";
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return new Failure(Kind.INTERNAL, Diagnostic.error(input, 0, 0, where + what + " (" + t.getClass().getSimpleName()
                + message + "); rerun with --debug and report the stack trace"), t);
    }
}
