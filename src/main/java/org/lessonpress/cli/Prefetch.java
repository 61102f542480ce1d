package org.lessonpress.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pipeline.DocumentReader;
import org.lessonpress.export.pipeline.InputFile;
import org.lessonpress.export.pipeline.LoadedInput;
import org.lessonpress.export.pipeline.SourceBytes;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;

/**
 * Start-up work done on a second thread while picocli builds the commands and parses the arguments: finding the
 * exporters, starting the warm-up of the formats the arguments seem to ask for, loading the default theme, then
 * reading the input the arguments most likely name (the first existing file a reader takes, else the bundled
 * sample with {@code --sample}) through the same reader as the run's. A short run is mostly class loading and cold code, so the two halves overlap on two cores.
 *
 * <p>Nothing here is visible. A failure is not reported by the prefetch but by the same call made again on the main
 * thread, where it surfaces as it would without the prefetch; an input read ahead is used only if it is the first
 * input the parsed command line names, with the same read options, and only once.
 */
final class Prefetch {
    private final CompletableFuture<Exporters> exporters;
    private final CompletableFuture<Theme> defaultTheme;
    private final CompletableFuture<Guess> input;
    private final java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
    /** Set by whichever comes first: the prefetch starting to read the likely input, or the main thread needing one. */
    private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.Set<String> warmed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Whether a prefetch thread completes {@link #defaultTheme}; if not, the first caller does. */
    private final boolean ahead;

    /** An input read ahead, with the read options it was read with. */
    private record Guess(org.lessonpress.load.ReadOptions options, LoadedInput loaded) {
    }

    private Prefetch(CompletableFuture<Exporters> exporters, CompletableFuture<Theme> defaultTheme,
                     CompletableFuture<Guess> input, boolean ahead) {
        this.exporters = exporters;
        this.defaultTheme = defaultTheme;
        this.input = input;
        this.ahead = ahead;
    }

    /** Starts discovery, the default theme and the likely input on a daemon thread. */
    static Prefetch start(Supplier<Exporters> discover, List<String> args, DocumentReader reader) {
        CompletableFuture<Exporters> exporters = new CompletableFuture<>();
        CompletableFuture<Theme> theme = new CompletableFuture<>();
        CompletableFuture<Guess> input = new CompletableFuture<>();
        Prefetch prefetch = new Prefetch(exporters, theme, input, true);
        // One thread for all of it: on two cores a third busy thread slows the main one more than it helps.
        daemon("lessonpress-prefetch", () -> {
            try {
                Exporters found = discover.get();
                exporters.complete(found);
                prefetch.warmUp(likelyFormats(found, args));
                theme.complete(loadDefault(found));
                // The main thread may have got to the input first and read it itself.
                input.complete(prefetch.claimed.compareAndSet(false, true) ? readLikelyInput(args, reader) : null);
            } catch (RuntimeException | Error e) {
                exporters.completeExceptionally(e);
                theme.completeExceptionally(e);
                input.complete(null);
            }
        });
        return prefetch;
    }

    private static void daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts {@link Exporter#warmUp} on a daemon thread for each of {@code chosen} not warmed yet in this run: first
     * for the formats the arguments seem to ask for (right after discovery), then for those the parsed command chose.
     */
    void warmUp(List<Exporter> chosen) {
        List<Exporter> todo = new java.util.ArrayList<>();
        for (Exporter e : chosen) {
            if (warmed.add(e.id())) {
                todo.add(e);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        daemon("lessonpress-warm-up", () -> {
            for (Exporter e : todo) {
                try {
                    e.warmUp();
                } catch (RuntimeException | LinkageError x) {
                    // A head start only: the export itself reports any real problem.
                }
            }
        });
    }

    /** The formats {@code export} or {@code build} would write by the look of the arguments: its -f values, or all; none for other commands. */
    static List<Exporter> likelyFormats(Exporters found, List<String> args) {
        if (args.isEmpty() || !(args.get(0).equals("export") || args.get(0).equals("build"))) {
            return List.of();
        }
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            if ((a.equals("-f") || a.equals("--format")) && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (a.startsWith("--format=")) {
                value = a.substring("--format=".length());
            } else if (a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) {
                value = a.substring(2);
            }
            if (value != null) {
                for (String id : value.split(",")) {
                    ids.add(id.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (ids.isEmpty()) {
            return found.all();
        }
        List<Exporter> out = new java.util.ArrayList<>();
        for (String id : ids) {
            found.find(id).ifPresent(out::add);
        }
        return out;
    }

    /** For a given registry (tests, embedding): nothing runs ahead; the default theme loads when first asked for. */
    static Prefetch of(Exporters exporters) {
        return new Prefetch(CompletableFuture.completedFuture(exporters), new CompletableFuture<>(),
                CompletableFuture.completedFuture(null), false);
    }

    /** Waits until the prefetch has read ahead or given up (for tests). */
    void awaitReadAhead() {
        input.exceptionally(e -> null).join();
    }

    /**
     * The input read ahead, if it is {@code in} read with {@code options}; each is handed out once, so a file named
     * twice is read again the second time. Empty, at once, if the prefetch had not started reading when asked: the
     * main thread is then better off reading the file itself while the prefetch finishes the theme.
     */
    Optional<LoadedInput> input(InputFile in, org.lessonpress.load.ReadOptions options) {
        if (claimed.compareAndSet(false, true)) {
            return Optional.empty(); // the prefetch has not begun reading: the caller reads now, without waiting
        }
        Guess g;
        try {
            g = input.join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
        InputFile ahead = g == null ? null : g.loaded().input();
        if (ahead == null || !g.options().equals(options) || ahead.origin() != in.origin() || !ahead.name().equals(in.name())
                || !java.util.Objects.equals(ahead.path(), in.path())) {
            return Optional.empty();
        }
        return taken.compareAndSet(false, true) ? Optional.of(g.loaded()) : Optional.empty();
    }

    Exporters exporters() {
        try {
            return exporters.join();
        } catch (CompletionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** The bundled default theme, as {@code new ThemeLoader(...).load("default")} gives it. */
    synchronized Theme defaultTheme() {
        if (!ahead && !defaultTheme.isDone()) {
            defaultTheme.complete(loadDefault(exporters()));
        }
        try {
            return defaultTheme.join();
        } catch (CompletionException e) {
            // Load again here, so the error reads as it would have without the prefetch.
            return loadDefault(exporters());
        }
    }

    /**
     * Reads the first argument that is an existing file of a kind the reader takes, with the default read options,
     * or the bundled sample when {@code --sample} is given and no file is; null when there is nothing to guess.
     * The input is named as discovery will name it, so the main thread can tell it is the same.
     */
    private static Guess readLikelyInput(List<String> args, DocumentReader reader) {
        org.lessonpress.load.ReadOptions options = org.lessonpress.load.ReadOptions.DEFAULT;
        for (String a : args) {
            if (a.startsWith("-") || a.isEmpty()) {
                continue;
            }
            Path p;
            try {
                p = Path.of(a);
            } catch (RuntimeException e) {
                continue;
            }
            String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            if (Files.isRegularFile(p) && reader.extensions(options).contains(ext)) {
                InputFile in = new InputFile(p.toString(), p.toAbsolutePath().normalize(), name, InputFile.Origin.FILE);
                return new Guess(options, SourceBytes.load(in, reader, options, () -> InputStream.nullInputStream()));
            }
        }
        if (args.contains("--sample")) {
            return new Guess(options, SourceBytes.load(InputFile.sample(), reader, options, () -> InputStream.nullInputStream()));
        }
        return null;
    }

    private static Theme loadDefault(Exporters exporters) {
        return loadTheme(exporters, ThemeLoader.DEFAULT, List.of());
    }

    /** A bundled theme by name or a theme file by path, validated against the exporters' keys. */
    static Theme loadTheme(Exporters exporters, String nameOrPath, List<Path> trusted) {
        return new ThemeLoader(exporters.themeKeys(), FontCatalog.bundled(), trusted).load(nameOrPath);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
