package org.lessonpress.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.lessonpress.export.Exporters;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeLoader;

/**
 * Start-up work that does not depend on the command line, done on a second thread while picocli builds the commands
 * and parses the arguments: finding the exporters, loading the default theme, then reading a tiny built-in lesson
 * file to warm the loader. A short run is mostly class
 * loading and cold code, so the two halves overlap on two cores.
 *
 * <p>Nothing here is visible: a failure is not reported by the prefetch but by the same call made again on the
 * main thread, where it surfaces as it would without the prefetch.
 */
final class Prefetch {
    private final CompletableFuture<Exporters> exporters;
    private final CompletableFuture<Theme> defaultTheme;
    /** Whether a prefetch thread completes {@link #defaultTheme}; if not, the first caller does. */
    private final boolean ahead;

    private Prefetch(CompletableFuture<Exporters> exporters, CompletableFuture<Theme> defaultTheme, boolean ahead) {
        this.exporters = exporters;
        this.defaultTheme = defaultTheme;
        this.ahead = ahead;
    }

    /** Starts discovery and the default theme on a daemon thread. */
    static Prefetch start(Supplier<Exporters> discover) {
        CompletableFuture<Exporters> exporters = new CompletableFuture<>();
        CompletableFuture<Theme> theme = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Exporters found = discover.get();
                exporters.complete(found);
                theme.complete(loadDefault(found));
                warmLoader();
            } catch (RuntimeException | Error e) {
                exporters.completeExceptionally(e);
                theme.completeExceptionally(e);
            }
        }, "lessonpress-prefetch");
        t.setDaemon(true);
        t.start();
        return new Prefetch(exporters, theme, true);
    }

    /** For a given registry (tests, embedding): nothing runs ahead; the default theme loads when first asked for. */
    static Prefetch of(Exporters exporters) {
        return new Prefetch(CompletableFuture.completedFuture(exporters), new CompletableFuture<>(), false);
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

    /** A small lesson file with each construct the loader knows, read once to warm the Markdown and YAML code. */
    private static final String WARM_UP = """
            ---
            title: Warm-up
            author: lessonpress
            ---

            Intro with *emphasis*, **strong**, `code` and a [link](https://example.org).

            ## Section

            1. **Lead.** Body text.

               > A quote.
               >
               > — Someone

            2. Second lesson without a lead.
            """;

    private static void warmLoader() {
        new LessonLoader().load("warm-up.md", WARM_UP.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Theme loadDefault(Exporters exporters) {
        return new ThemeLoader(exporters.themeKeys(), FontCatalog.bundled()).load(ThemeLoader.DEFAULT);
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
