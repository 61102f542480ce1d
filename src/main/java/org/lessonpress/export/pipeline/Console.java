package org.lessonpress.export.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonpress.Diagnostic;

/**
 * What a run prints. On stdout, one line per output file, in the order of the inputs and formats whatever order
 * they finish in; on stderr, the diagnostics (warnings of a kind folded), notes and the summary line. With
 * {@code -q} only errors and the summary. With GitHub Actions, each diagnostic also as a workflow command on stdout
 * ({@code ::error file=…,line=…::…}), which the runner turns into an annotation.
 *
 * <p>Progress goes to stderr: on a terminal one line redrawn in place (done/total, current input, elapsed), cleared
 * before anything else is printed; otherwise a plain line at most every {@link #PLAIN_EVERY_NANOS}, so a CI log of
 * a long run shows it is alive and a short run prints none.
 */
public final class Console {
    /** How progress is shown. */
    public enum Progress { TERMINAL, PLAIN, NONE }

    static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final int WIDTH = 79;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean annotations;
    private final Progress progress;
    private final boolean debug;
    private final long start = System.nanoTime();
    private long lastPlain = start;
    private String drawn = "";
    /** Diagnostics of the whole run (the theme's), listed with every input but printed with the first only. */
    private final java.util.Set<String> once = new java.util.HashSet<>();

    /** @param debug print the stack trace of each failure after its line ({@code --debug}) */
    public Console(PrintWriter out, PrintWriter err, boolean quiet, boolean annotations, Progress progress, boolean debug) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.annotations = annotations;
        this.progress = quiet ? Progress.NONE : progress;
        this.debug = debug;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Everything one input produced, at once. */
    synchronized void input(InputResult r) {
        clearProgress();
        List<Diagnostic> all = new ArrayList<>(r.loading());
        r.products().forEach(p -> all.addAll(p.diagnostics()));
        for (WarningFolding.Line line : WarningFolding.fold(all)) {
            if (once.contains(line.first().format()) && !once.add("printed\0" + line.first().format())) {
                continue;
            }
            if (!quiet || line.first().isError()) {
                err.println(line.text());
            }
            if (annotations) {
                out.println(annotation(line));
            }
        }
        if (debug) {
            r.products().stream().map(ProductResult::failure).filter(f -> f != null && f.cause() != null)
                    .map(Failure::cause).distinct().forEach(t -> t.printStackTrace(err));
        }
        if (!r.discarded().isEmpty()) {
            err.println("lessonpress: " + r.input().name() + ": nothing written: " + String.join(", ", r.discarded())
                    + (r.discarded().size() == 1 ? " was" : " were") + " made but not kept, since the file's other formats failed; earlier files are kept");
        }
        if (!quiet) {
            for (ProductResult p : r.products()) {
                if (!p.failed()) {
                    for (ProductResult.FileResult f : p.files()) {
                        out.println(f.shown() + "  (" + describe(f) + (p.status() == ProductResult.Status.UP_TO_DATE ? ", up to date" : "") + ")");
                    }
                }
            }
        }
        flush();
    }

    /** Marks diagnostics that every input lists (the theme's) to be printed with the first input only. */
    synchronized void printOnce(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> once.add(d.format()));
    }

    /** A note on stderr (not under {@code -q}). */
    synchronized void note(String line) {
        if (!quiet) {
            clearProgress();
            err.println(line);
            flush();
        }
    }

    /** A line on stderr that {@code -q} keeps: an error or the summary. */
    synchronized void always(String line) {
        clearProgress();
        err.println(line);
        flush();
    }

    /** Shows that {@code done} of {@code total} inputs are done, {@code current} the latest. */
    synchronized void progress(int done, int total, String current) {
        String line = String.format(Locale.ROOT, "[%d/%d] %s  %.1f s", done, total, current, seconds());
        if (progress == Progress.TERMINAL) {
            if (line.length() > WIDTH) {
                line = "[" + done + "/" + total + "] …" + current.substring(Math.max(0, current.length() - (WIDTH - 20)))
                        + String.format(Locale.ROOT, "  %.1f s", seconds());
            }
            err.print("\r" + line + "\u001b[K");
            drawn = line;
            err.flush();
        } else if (progress == Progress.PLAIN && done < total && System.nanoTime() - lastPlain >= PLAIN_EVERY_NANOS) {
            lastPlain = System.nanoTime();
            err.println("lessonpress: " + line);
            err.flush();
        }
    }

    synchronized void clearProgress() {
        if (!drawn.isEmpty()) {
            err.print("\r\u001b[K");
            drawn = "";
        }
    }

    private void flush() {
        err.flush();
        out.flush();
    }

    static String describe(ProductResult.FileResult f) {
        Integer pages = f.pages();
        return (pages == null ? "" : pages + (pages == 1 ? " page, " : " pages, ")) + size(f.bytes());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** A GitHub Actions workflow command for a diagnostic (its folded count included). */
    static String annotation(WarningFolding.Line line) {
        Diagnostic d = line.first();
        List<String> props = new ArrayList<>();
        if (!d.file().isEmpty() && !d.file().startsWith("theme '") && !d.file().startsWith("--")) {
            props.add("file=" + property(d.file()));
            if (d.line() > 0) {
                props.add("line=" + d.line());
                if (d.column() > 0) {
                    props.add("col=" + d.column());
                }
            }
        }
        props.add("title=lessonpress");
        return "::" + (d.isError() ? "error" : "warning") + " " + String.join(",", props) + "::"
                + data((props.size() == 1 ? d.file() + ": " : "") + d.message() + line.suffix());
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
