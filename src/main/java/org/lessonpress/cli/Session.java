package org.lessonpress.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.lessonpress.export.Exporters;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;

/** What every command of one run shares: environment, registry, output writers, the debug switch. */
final class Session {
    private final Map<String, String> env;
    private final Prefetch prefetch;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean debug;

    Session(Map<String, String> env, Prefetch prefetch, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.prefetch = prefetch;
        this.out = out;
        this.err = err;
    }

    Map<String, String> env() {
        return env;
    }

    Exporters exporters() {
        return prefetch.exporters();
    }

    /** Starts the warm-up of the chosen formats not warmed yet (see Exporter#warmUp). */
    void warmUp(java.util.List<org.lessonpress.export.Exporter> chosen) {
        prefetch.warmUp(chosen);
    }

    /** Reads one input, or takes it from the prefetch if that read this very file ahead. */
    org.lessonpress.load.LessonLoader.Result read(Inputs.Input in, org.lessonpress.load.ReadOptions options) {
        return prefetch.input(in, options).orElseGet(() -> Inputs.read(in, options));
    }

    /**
     * A bundled theme by name or a theme file by path, which may extend files in {@code trusted} folders; the default
     * theme may have been loaded ahead. What its palette cannot do as asked (sections it cannot space apart) is printed
     * as warnings.
     */
    Theme theme(String nameOrPath, java.util.List<java.nio.file.Path> trusted) {
        Theme theme;
        if (ThemeLoader.DEFAULT.equals(nameOrPath)) {
            theme = prefetch.defaultTheme();
        } else if (!ThemeLoader.looksLikePath(nameOrPath) && !ThemeLoader.bundledNames().contains(nameOrPath)) {
            throw new UnknownName("theme", nameOrPath, ThemeLoader.bundledNames(), "bundled themes: "
                    + String.join(", ", ThemeLoader.bundledNames()) + "; or give the path of a theme .yml file");
        } else {
            theme = Prefetch.loadTheme(exporters(), nameOrPath, trusted);
        }
        theme.warnings().forEach(d -> err.println(d.format()));
        return theme;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    boolean debug() {
        return debug;
    }

    void debug(boolean on) {
        this.debug = on;
    }

    /** Prints a stack trace only under --debug. */
    void trace(Throwable t) {
        if (debug) {
            t.printStackTrace(err);
            err.flush();
        }
    }
}
