package org.lessonpress.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pipeline.Console;
import org.lessonpress.export.pipeline.DocumentReader;
import org.lessonpress.export.pipeline.ExportRun;
import org.lessonpress.export.pipeline.InputFile;
import org.lessonpress.export.pipeline.LoadedInput;
import org.lessonpress.export.pipeline.SourceBytes;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;

/** What every command of one run shares: environment, registry, output writers, the debug switch. */
final class Session {
    private final Map<String, String> env;
    private final Prefetch prefetch;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final DocumentReader reader;
    private boolean debug;

    /** @param terminal whether stderr is a terminal (progress is then one line redrawn in place) */
    Session(Map<String, String> env, Prefetch prefetch, PrintWriter out, PrintWriter err, boolean terminal, DocumentReader reader) {
        this.env = env;
        this.prefetch = prefetch;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.reader = reader;
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

    /** The one reader of every input of the run, the prefetch's too. */
    DocumentReader reader() {
        return reader;
    }

    /** Reads one input, or takes it from the prefetch if that read this very file ahead. */
    LoadedInput read(InputFile in, org.lessonpress.load.ReadOptions options) {
        return prefetch.input(in, options).orElseGet(() -> SourceBytes.load(in, reader(), options, () -> System.in));
    }

    /** What a run takes from this session: its themes, the input read ahead, standard input. */
    ExportRun.Services runServices(java.util.List<java.nio.file.Path> trusted) {
        return new ExportRun.Services() {
            @Override
            public Theme theme(String nameOrPath) {
                return Session.this.load(nameOrPath, trusted); // the run prints the theme's warnings with its own
            }

            @Override
            public java.util.Optional<LoadedInput> readAhead(InputFile input, org.lessonpress.load.ReadOptions options) {
                return prefetch.input(input, options);
            }

            @Override
            public java.io.InputStream stdin() {
                return System.in;
            }
        };
    }

    /**
     * Progress on stderr: redrawn in place on a terminal; plain lines when stderr is not one, under CI or with
     * NO_COLOR (no-color.org), so logs hold no control characters.
     */
    Console.Progress progress() {
        boolean plain = !terminal || set("CI") || set("NO_COLOR") || "dumb".equals(env.get("TERM"));
        return plain ? Console.Progress.PLAIN : Console.Progress.TERMINAL;
    }

    private boolean set(String variable) {
        String v = env.get(variable);
        return v != null && !v.isEmpty();
    }

    /**
     * A bundled theme by name or a theme file by path, which may extend files in {@code trusted} folders; the default
     * theme may have been loaded ahead. What its palette cannot do as asked (sections it cannot space apart) is printed
     * as warnings.
     */
    Theme theme(String nameOrPath, java.util.List<java.nio.file.Path> trusted) {
        Theme theme = load(nameOrPath, trusted);
        theme.warnings().forEach(d -> err.println(d.format()));
        return theme;
    }

    /** As {@link #theme}, without printing its warnings. */
    private Theme load(String nameOrPath, java.util.List<java.nio.file.Path> trusted) {
        if (ThemeLoader.DEFAULT.equals(nameOrPath)) {
            return prefetch.defaultTheme();
        }
        checkThemeName(nameOrPath);
        return Prefetch.loadTheme(exporters(), nameOrPath, trusted);
    }

    /**
     * A name that is neither a bundled theme nor a path is a usage error naming the theme meant; checked before the
     * inputs are looked for, so a mistyped name is the one line the user sees.
     */
    void checkThemeName(String nameOrPath) {
        if (!ThemeLoader.looksLikePath(nameOrPath) && !ThemeLoader.bundledNames().contains(nameOrPath)) {
            throw new UnknownName("theme", nameOrPath, ThemeLoader.bundledNames(), "bundled themes: "
                    + String.join(", ", ThemeLoader.bundledNames()) + "; or give the path of a theme .yml file");
        }
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
