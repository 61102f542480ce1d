package org.lessonpress.export.pipeline;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.ScriptCheck;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.theme.Theme;

/**
 * One run of {@code export} or {@code build}: inputs found, each read once and loaded, its formats exported side by
 * side ({@code --jobs} at a time over inputs × formats, at most {@code jobs} inputs in memory), then committed
 * together or not at all; outputs already up to date are left alone; messages printed in input order; reports and
 * the summary written at the end. Every failure stays with its input: the others go on, and the run's result is
 * the worst failure.
 */
public final class ExportRun {

    /** What a run takes from outside: the theme, an input the start-up may have read ahead, standard input. */
    public interface Services {
        Theme theme(String nameOrPath);

        Optional<LoadedInput> readAhead(InputFile input, org.lessonpress.load.ReadOptions options);

        InputStream stdin();
    }

    private final RunSettings s;
    private final Services services;
    private final DocumentReader reader;
    private final Console console;
    private final Instant started = Instant.now();
    private OutputDirectory outputs;
    private Manifest manifest;
    private DependencyKey keys;
    private Theme theme;
    /** Every path a product of this run writes (lower case, so a case-insensitive disk cannot merge two), and whose. */
    private final Map<String, String> claims = new ConcurrentHashMap<>();
    private volatile boolean interrupted;
    private boolean manifestFailed;

    public ExportRun(RunSettings settings, Services services, DocumentReader reader, Console console) {
        this.s = settings;
        this.services = services;
        this.reader = reader;
        this.console = console;
    }

    /** Runs; returns the worst failure, or null when everything was written or up to date. */
    public Failure.Kind run() {
        outputs = new OutputDirectory(s.output(), s.report() != null);
        if (Files.exists(outputs.root()) && !Files.isDirectory(outputs.root())) {
            console.always(s.output() + ": error: not a directory; choose another -o");
            return Failure.Kind.OUTPUT;
        }
        InputDiscovery.Found found = new InputDiscovery(reader.extensions(s.read()), outputs.root())
                .discover(s.inputs(), s.sample(), s.base());
        Map<InputFile, List<String>> mains = plan(found.inputs());
        List<InputFile> mine = s.shard() == null ? found.inputs() : s.shard().of(found.inputs());
        List<InputResult> results;
        outputs.tidy(mine.stream().flatMap(in -> mains.get(in).stream()).toList());
        try (Interruption hook = new Interruption(this::onSignal)) {
            manifest = Manifest.read(outputs.root());
            if (manifest.problem() != null) {
                console.note(outputs.shown(Manifest.NAME) + ": warning: " + manifest.problem() + "; every output is made again");
            }
            // The first input is read before the theme is asked for: on two cores the start-up thread finishes
            // loading the default theme meanwhile.
            LoadedInput first = mine.isEmpty() ? null : load(mine.get(0));
            theme = services.theme(s.theme());
            console.printOnce(theme.warnings());
            keys = new DependencyKey(theme, s.missingGlyphs().name(), s.fixedTime() ? Long.toString(s.timestamp().getEpochSecond()) : null, s.read(),
                    s.options().values());
            results = exportAll(mine, mains, first);
            try {
                manifest.write(outputs);
            } catch (OutputException e) {
                // Only a cache: the outputs are whole, but the next run cannot tell that they are up to date.
                console.always(e.target() + ": error: cannot write: " + e.reason());
                manifestFailed = true;
            }
        }
        if (!outputs.leftoversRemoved().isEmpty()) {
            List<String> gone = outputs.leftoversRemoved();
            console.note("lessonpress: removed " + gone.size() + " unfinished file" + (gone.size() == 1 ? "" : "s")
                    + " that an interrupted run left (" + String.join(", ", gone.subList(0, Math.min(3, gone.size())))
                    + (gone.size() > 3 ? ", …" : "") + ")");
        }
        RunSummary summary = RunSummary.of(results, console.seconds());
        boolean reportsFailed = !writeReports(results, summary);
        console.always(summary.line(s.shard()));
        Failure.Kind worst = reportsFailed || manifestFailed ? Failure.Kind.OUTPUT : null;
        for (InputResult r : results) {
            worst = Failure.Kind.worst(worst, r.worst());
        }
        return worst;
    }

    /** The main file of every product of every input (all shards), checked for two products on one path. */
    private Map<InputFile, List<String>> plan(List<InputFile> inputs) {
        Map<InputFile, List<String>> mains = new java.util.IdentityHashMap<>(); // each input is one object: no record hashing
        for (InputFile in : inputs) {
            List<String> paths = new ArrayList<>();
            for (Exporter e : s.formats()) {
                String main = s.name().render(in.dir(), in.stem(), e.id(), e.extension());
                String owner = in.name() + " (" + e.id() + ")";
                String other = claims.putIfAbsent(main.toLowerCase(Locale.ROOT), owner);
                if (other != null) {
                    throw new UsageException(other + " and " + owner + " would both write " + outputs.shown(main)
                            + (other.startsWith(in.name() + " (") ? "; put {format} in --name" : "; keep their folders ({dir} in --name) or rename one"));
                }
                paths.add(main);
            }
            mains.put(in, paths);
        }
        for (InputFile in : inputs) {
            List<String> paths = mains.get(in);
            for (int k = 0; k < paths.size(); k++) {
                claimCompanions(in, s.formats().get(k), paths.get(k));
            }
        }
        return mains;
    }

    /**
     * Claims the companion files a product declares, after every main file is claimed, so one that would land on
     * another input's file is a usage error before anything is written (not when its format makes it).
     */
    private void claimCompanions(InputFile in, Exporter e, String main) {
        Map<String, String> given = s.options().of(in, e);
        Exporter.OptionValue value = o -> {
            String v = given.getOrDefault(o.name(), o.defaultValue());
            return v == null ? null : s.options().values().parse(e, o, v);
        };
        String owner = in.name() + " (" + e.id() + ")";
        for (Exporter.Companion c : e.companions(value)) {
            String path = NameTemplate.companion(main, e.extension(), c.qualifier(), c.extension());
            String other = claims.putIfAbsent(path.toLowerCase(Locale.ROOT), owner);
            if (other != null && !other.equals(owner)) {
                throw new UsageException(other + " and " + owner + " would both write " + outputs.shown(path)
                        + ", the second as its " + c.qualifier() + " companion; change --name or rename one input");
            }
        }
    }

    private List<InputResult> exportAll(List<InputFile> inputs, Map<InputFile, List<String>> mains, LoadedInput first) {
        int tasks = inputs.size() * s.formats().size();
        ExecutorService pool = s.jobs() == 1 || tasks <= 1 ? null : Executors.newFixedThreadPool(s.jobs(), task -> {
            Thread t = new Thread(task, "lessonpress-export");
            t.setDaemon(true);
            return t;
        });
        Executor executor = pool == null ? Runnable::run : pool;
        OrderedPrinter printer = new OrderedPrinter(inputs.size());
        Semaphore inMemory = new Semaphore(s.jobs());
        CountDownLatch done = new CountDownLatch(inputs.size());
        try {
            for (int i = 0; i < inputs.size(); i++) {
                inMemory.acquireUninterruptibly();
                InputWork work = new InputWork(i, inputs.get(i), mains.get(inputs.get(i)), i == 0 ? first : null,
                        executor, result -> {
                            try {
                                printer.done(result);
                            } finally {
                                inMemory.release(); // whatever printing did, the run must not wait for this input
                                done.countDown();
                            }
                        });
                executor.execute(work::start);
            }
            boolean wasInterrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    wasInterrupted = true; // every input still ends in a result; the flag is restored after
                }
            }
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return printer.results();
    }

    /** Prints each input's result as soon as every input before it is printed, so stdout keeps the input order. */
    private final class OrderedPrinter {
        private final InputResult[] results;
        private int next;
        private int finished;

        OrderedPrinter(int n) {
            this.results = new InputResult[n];
        }

        synchronized void done(IndexedResult r) {
            results[r.index()] = r.result();
            finished++;
            while (next < results.length && results[next] != null) {
                if (!interrupted) {
                    console.input(results[next]);
                }
                next++;
            }
            if (!interrupted) {
                console.progress(finished, results.length, r.result().input().name());
            }
        }

        synchronized List<InputResult> results() {
            console.clearProgress();
            return List.of(results);
        }
    }

    record IndexedResult(int index, InputResult result) {
    }

    LoadedInput load(InputFile input) {
        return services.readAhead(input, s.read())
                .orElseGet(() -> SourceBytes.load(input, reader, s.read(), services::stdin));
    }

    /**
     * The input as loaded, or, when it holds text in a script no format sets right (see {@link ScriptCheck}), as an
     * input with those errors and no document: it is refused before any format runs.
     */
    private static LoadedInput refuseUnsetScripts(LoadedInput in) {
        if (!in.ok()) {
            return in;
        }
        List<Diagnostic> scripts = ScriptCheck.check(in.input().name(), in.result().document());
        if (scripts.isEmpty()) {
            return in;
        }
        List<Diagnostic> all = new ArrayList<>(in.result().diagnostics());
        all.addAll(scripts);
        return new LoadedInput(in.input(), in.bytes(), new LessonLoader.Result(in.result().file(), null, all));
    }

    /** Staged output of one format of an input, waiting for the others. */
    private record Staged(String key, List<String> files, Map<String, Integer> pages, Map<String, String> companions,
                          List<Diagnostic> warnings, long millis) {
    }

    /** One input's way through the run: load, check what is up to date, export the rest, commit or discard. */
    private final class InputWork {
        private final int index;
        private final InputFile input;
        private final List<String> mains;
        private final Executor executor;
        private final java.util.function.Consumer<IndexedResult> onDone;
        private final ProductResult[] products;
        private final Staged[] staged;
        private final Failure[] failures;
        private LoadedInput loaded;
        private OutputDirectory.Batch batch;
        private String inputSha;
        private byte[] inputDigest;
        private final java.util.concurrent.atomic.AtomicInteger remaining = new java.util.concurrent.atomic.AtomicInteger();
        /** The break opportunities of this input's texts, found once for all its formats. */
        private final org.lessonpress.typeset.BreakScans scans = new org.lessonpress.typeset.BreakScans();

        InputWork(int index, InputFile input, List<String> mains, LoadedInput loaded, Executor executor,
                  java.util.function.Consumer<IndexedResult> onDone) {
            this.index = index;
            this.input = input;
            this.mains = mains;
            this.loaded = loaded;
            this.executor = executor;
            this.onDone = onDone;
            this.products = new ProductResult[s.formats().size()];
            this.staged = new Staged[products.length];
            this.failures = new Failure[products.length];
        }

        void start() {
            List<Integer> pending = new ArrayList<>();
            try {
                if (loaded == null) {
                    loaded = load(input);
                }
                loaded = refuseUnsetScripts(loaded);
                if (!loaded.ok()) {
                    Diagnostic error = loaded.result().errors().isEmpty() ? Diagnostic.error(input.name(), 0, 0, "cannot be read")
                            : loaded.result().errors().get(0);
                    for (int k = 0; k < products.length; k++) {
                        failures[k] = Failure.input(error);
                    }
                    finish();
                    return;
                }
                inputSha = DependencyKey.sha256(loaded.bytes());
                inputDigest = java.util.HexFormat.of().parseHex(inputSha);
                batch = outputs.batch();
                for (int k = 0; k < products.length; k++) {
                    Exporter e = s.formats().get(k);
                    String key = keys.of(input.name(), inputSha, e, s.options().of(input, e), mains.get(k));
                    Optional<Manifest.Product> current = s.force() ? Optional.empty() : manifest.current(mains.get(k), key, outputs.root());
                    if (current.isPresent()) {
                        products[k] = upToDate(e, current.get());
                    } else {
                        pending.add(k);
                    }
                }
            } catch (Throwable t) {
                for (int k = 0; k < products.length; k++) {
                    failures[k] = Failure.of(t, input.name(), null);
                }
                finish();
                return;
            }
            if (pending.isEmpty()) {
                finish();
                return;
            }
            remaining.set(pending.size());
            for (int k : pending) {
                executor.execute(() -> {
                    try {
                        exportOne(k);
                    } finally {
                        if (remaining.decrementAndGet() == 0) {
                            finish();
                        }
                    }
                });
            }
        }

        /**
         * The SHA-256 a report lists for a file that is up to date: the manifest's, or, when the run that wrote it
         * kept only a checksum (it made no report), read from the file now. Null when no report is made.
         */
        private String reportedSha256(Manifest.FileEntry f) {
            String known = FileHash.sha256Of(f.hash());
            if (known != null || s.report() == null) {
                return known;
            }
            try {
                return FileHash.sha256(outputs.root().resolve(f.relative()));
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }

        private ProductResult upToDate(Exporter e, Manifest.Product p) {
            List<ProductResult.FileResult> files = new ArrayList<>();
            for (Manifest.FileEntry f : p.files()) {
                files.add(new ProductResult.FileResult(outputs.shown(f.relative()), qualifier(f.relative(), p.main(), e),
                        f.bytes(), f.pages(), reportedSha256(f)));
            }
            List<Diagnostic> diagnostics = new ArrayList<>(loading());
            diagnostics.addAll(p.warnings());
            return new ProductResult(input, e.id(), outputs.shown(p.main()), ProductResult.Status.UP_TO_DATE, files, 0,
                    diagnostics, null);
        }

        private void exportOne(int k) {
            Exporter e = s.formats().get(k);
            long t0 = System.nanoTime();
            String main = mains.get(k);
            List<Diagnostic> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> files = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<String, String> companions = new ConcurrentHashMap<>();
            try {
                Map<String, String> options = s.options().of(input, e);
                String key = keys.of(input.name(), inputSha, e, options, main);
                files.add(main);
                java.io.OutputStream out = batch.open(main);
                org.lessonpress.export.ExportContext.Builder builder = org.lessonpress.export.ExportContext.builder(theme);
                s.options().values().addTo(builder, e, options);
                org.lessonpress.export.ExportContext ctx = builder
                        .exporter(e.id())
                        .scans(scans)
                        .sourceSha256(input.name(), inputDigest)
                        .options(options)
                        .timestamp(s.timestamp())
                        .missingGlyphs(s.missingGlyphs())
                        .warnings(warnings::add)
                        .companions((q, ext) -> {
                            String path = NameTemplate.companion(main, e.extension(), q, ext);
                            String owner = input.name() + " (" + e.id() + ")";
                            String other = claims.putIfAbsent(path.toLowerCase(Locale.ROOT), owner);
                            if (other != null && !other.equals(owner)) {
                                // A companion its format did not declare (Exporter.companions) on another input's
                                // main file: the same naming mistake, found only now that the companion is made.
                                throw new UsageException(other + " and " + owner + " would both write " + outputs.shown(path)
                                        + "; change --name or rename one input");
                            }
                            try {
                                files.add(path);
                                companions.put(path, q);
                                return batch.open(path);
                            } catch (OutputException x) {
                                throw new java.io.UncheckedIOException(x);
                            }
                        })
                        .build();
                e.write(loaded.result().document(), ctx, out);
                Map<String, Integer> pages = new LinkedHashMap<>();
                ctx.pages().forEach((q, n) -> pages.put(q.isEmpty() ? main : NameTemplate.companion(main, e.extension(), q,
                        extensionOf(files, main, e, q)), n));
                staged[k] = new Staged(key, List.copyOf(files), pages, Map.copyOf(companions), List.copyOf(warnings),
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (Throwable t) {
                Throwable cause = batch.writeFailure().<Throwable>map(w -> w).orElse(t);
                failures[k] = Failure.of(cause, input.name(), e.id());
                staged[k] = new Staged(null, List.of(), Map.of(), Map.of(), List.copyOf(warnings), (System.nanoTime() - t0) / 1_000_000);
            }
        }

        /** Commits or discards the staged files, records them in the manifest and hands the result on. */
        private void finish() {
            InputResult result;
            try {
                result = settle();
            } catch (Throwable t) {
                Failure f = Failure.of(t, input.name(), null);
                List<ProductResult> failed = new ArrayList<>();
                for (int k = 0; k < products.length; k++) {
                    failed.add(failedProduct(k, f, List.of()));
                }
                result = new InputResult(input, loading(), failed, List.of());
            }
            onDone.accept(new IndexedResult(index, result));
        }

        private InputResult settle() {
            List<Diagnostic> loading = loading();
            Failure cause = firstFailure();
            boolean strictFailure = false;
            if (cause == null && s.strict()) {
                int warnings = warningCount(loading);
                if (warnings > 0) {
                    strictFailure = true;
                    cause = Failure.input(Diagnostic.error(input.name(), 0, 0, warnings + (warnings == 1 ? " warning" : " warnings")
                            + " under --strict; fix " + (warnings == 1 ? "it" : "them") + ", or run without --strict"));
                }
            }
            List<String> discarded = new ArrayList<>();
            List<OutputDirectory.Written> written = List.of();
            if (cause == null) {
                try {
                    written = batch == null ? List.of() : batch.commit();
                } catch (OutputException x) {
                    cause = Failure.of(x, input.name(), null);
                }
            } else if (batch != null) {
                batch.discard();
                for (int k = 0; k < products.length; k++) {
                    if (staged[k] != null && failures[k] == null) {
                        discarded.add(s.formats().get(k).id());
                    }
                }
            }
            Map<String, OutputDirectory.Written> byPath = new LinkedHashMap<>();
            written.forEach(w -> byPath.put(w.relative(), w));
            List<ProductResult> out = new ArrayList<>();
            for (int k = 0; k < products.length; k++) {
                if (failures[k] != null) {
                    out.add(failedProduct(k, failures[k], staged[k] == null ? List.of() : staged[k].warnings()));
                } else if (products[k] != null) {
                    // Up to date: it stays so when another format fails; under --strict its warnings fail it too.
                    out.add(strictFailure ? failedProduct(k, cause, products[k].diagnostics()) : products[k]);
                } else if (cause != null) {
                    out.add(failedProduct(k, cause, staged[k] == null ? List.of() : staged[k].warnings()));
                } else {
                    out.add(written(k, byPath, loading));
                }
            }
            return new InputResult(input, loading, out, strictFailure ? List.of() : discarded);
        }

        /**
         * The theme's warnings (what its palette cannot do), which concern every input, then the input's own: each
         * input's report and JUnit case lists them, and {@code --strict} fails on them; they are printed once.
         */
        private List<Diagnostic> loading() {
            List<Diagnostic> own = loaded == null ? List.of() : loaded.result().diagnostics();
            if (theme == null || theme.warnings().isEmpty()) {
                return own;
            }
            List<Diagnostic> all = new ArrayList<>(theme.warnings());
            all.addAll(own);
            return all;
        }

        private Failure firstFailure() {
            for (Failure f : failures) {
                if (f != null) {
                    return f;
                }
            }
            return null;
        }

        private int warningCount(List<Diagnostic> loading) {
            List<Diagnostic> all = new ArrayList<>(loading);
            for (int k = 0; k < products.length; k++) {
                if (products[k] != null) {
                    all.addAll(products[k].diagnostics());
                }
                if (staged[k] != null) {
                    all.addAll(staged[k].warnings());
                }
            }
            return (int) Distinct.of(all).stream().filter(d -> !d.isError()).count();
        }

        private ProductResult failedProduct(int k, Failure f, List<Diagnostic> warnings) {
            List<Diagnostic> diagnostics = new ArrayList<>(loading());
            diagnostics.addAll(warnings);
            diagnostics.add(f.diagnostic());
            return new ProductResult(input, s.formats().get(k).id(), outputs.shown(mains.get(k)), ProductResult.Status.FAILED,
                    List.of(), staged[k] == null ? 0 : staged[k].millis(), Distinct.of(diagnostics), f);
        }

        private ProductResult written(int k, Map<String, OutputDirectory.Written> byPath, List<Diagnostic> loading) {
            Exporter e = s.formats().get(k);
            Staged st = staged[k];
            List<ProductResult.FileResult> files = new ArrayList<>();
            List<Manifest.FileEntry> entries = new ArrayList<>();
            for (String path : st.files()) {
                OutputDirectory.Written w = byPath.get(path);
                Integer pages = st.pages().get(path);
                files.add(new ProductResult.FileResult(w.shown(), st.companions().get(path), w.bytes(), pages, w.sha256()));
                entries.add(new Manifest.FileEntry(path, w.bytes(), FileHash.recorded(w.sha256(), w.checksum()), w.modified(), pages));
            }
            Optional<Manifest.Product> before = manifest.get(mains.get(k));
            manifest.put(new Manifest.Product(mains.get(k), e.id(), input.name(), st.key(), List.copyOf(entries), st.warnings()));
            before.ifPresent(old -> removeStale(old, st.files()));
            List<Diagnostic> diagnostics = new ArrayList<>(loading);
            diagnostics.addAll(st.warnings());
            return new ProductResult(input, e.id(), outputs.shown(mains.get(k)), ProductResult.Status.WRITTEN, files, st.millis(),
                    diagnostics, null);
        }

        /**
         * Removes the companions an earlier export of this product wrote and this one did not (an imposed booklet
         * after --impose was dropped), if they are still the files that export wrote.
         */
        private void removeStale(Manifest.Product old, List<String> now) {
            for (Manifest.FileEntry f : old.files()) {
                if (now.contains(f.relative())) {
                    continue;
                }
                Path p = outputs.root().resolve(f.relative());
                try {
                    if (Files.isRegularFile(p) && Files.size(p) == f.bytes() && FileHash.matches(p, f.hash())) {
                        Files.delete(p);
                        console.note("lessonpress: removed " + outputs.shown(f.relative()) + ", which the "
                                + old.format() + " of " + input.name() + " no longer makes");
                    }
                } catch (java.io.IOException ignored) {
                    // a file we cannot remove stays as it is: it was ours, and it is still whole
                }
            }
        }
    }

    /** The extension of the companion with qualifier {@code q} among the files staged. */
    private static String extensionOf(List<String> files, String main, Exporter e, String q) {
        String prefix = main.substring(0, main.length() - e.extension().length() - 1) + "-" + q + ".";
        for (String f : files) {
            if (f.startsWith(prefix)) {
                return f.substring(prefix.length());
            }
        }
        return e.extension();
    }

    private static String qualifier(String relative, String main, Exporter e) {
        if (relative.equals(main)) {
            return null;
        }
        String stem = main.substring(0, main.length() - e.extension().length() - 1) + "-";
        String rest = relative.startsWith(stem) ? relative.substring(stem.length()) : relative;
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Writes the reports asked for; false (after an error line) when one cannot be written. */
    private boolean writeReports(List<InputResult> results, RunSummary summary) {
        boolean ok = true;
        if (s.report() != null) {
            ok &= writeReport(s.report(), JsonReport.write(results, summary, s.shard()));
        }
        if (s.junit() != null) {
            String host = System.getenv("HOSTNAME");
            ok &= writeReport(s.junit(), JunitReport.write(results, s.shard(), started, host == null || host.isBlank() ? "localhost" : host));
        }
        return ok;
    }

    private boolean writeReport(Path file, byte[] content) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        try {
            new OutputDirectory(parent).writeWhole(file.getFileName().toString(), content);
            return true;
        } catch (OutputException e) {
            console.always(file + ": error: cannot write: " + e.reason());
            return false;
        }
    }

    /**
     * Ctrl-C or SIGTERM: let a commit in progress finish, remove every staged file, and say which files were
     * complete before the signal (those not yet printed are listed now), so nothing is left half-done or unreported.
     */
    private void onSignal() {
        interrupted = true;
        if (outputs == null) {
            return;
        }
        int removed = outputs.interrupt();
        List<OutputDirectory.Written> kept = outputs.committed();
        for (OutputDirectory.Written w : kept) {
            console.note(w.shown() + "  (" + Console.size(w.bytes()) + ", written before the signal)");
        }
        try {
            if (manifest != null) {
                manifest.write(outputs);
            }
        } catch (OutputException | RuntimeException e) {
            // the manifest is a cache; without it the next run rebuilds what it lost
        }
        console.always("lessonpress: interrupted: " + kept.size() + (kept.size() == 1 ? " file" : " files")
                + " written before the signal " + (kept.size() == 1 ? "is" : "are") + " complete and kept; "
                + removed + " unfinished " + (removed == 1 ? "file" : "files") + " removed");
    }
}
