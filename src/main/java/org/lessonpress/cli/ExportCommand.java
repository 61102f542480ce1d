package org.lessonpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lessonpress.BadInputException;
import org.lessonpress.BoundedFile;
import org.lessonpress.UsageException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.ScriptCheck;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.theme.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/** {@code lessonpress export}: load each input, run the chosen exporters, write the files atomically. */
final class ExportCommand implements Callable<Integer> {
    private final Session session;
    private final Map<String, String> exporterOptions = new LinkedHashMap<>();
    /** Option values parsed once per run, by exporter id (formats sharing an option name parse it their own way). */
    private final Map<String, Map<String, Object>> parsedOptions = new LinkedHashMap<>();
    /** The bytes of the files options name, read once per run, by option name. */
    private final Map<String, byte[]> optionFiles = new LinkedHashMap<>();
    final CommonOptions common = new CommonOptions();
    List<String> formats = new ArrayList<>();
    Path outputDir = Path.of("out");

    /** The command's own options and help, declared in code (see {@link Specs}); the formats' options come later. */
    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "export", "Export lesson files to the chosen formats (default: all).",
                "Writes DIR/<input stem>-<format>.<ext> and prints one line per file.");
        common.addTo(spec);
        spec.addOption(OptionSpec.builder("-f", "--format").paramLabel("FORMAT").splitRegex(",").type(List.class)
                .auxiliaryTypes(String.class).initialValue(formats)
                .description("Formats to write, comma-separated (see 'lessonpress formats'). Default: all.")
                .getter(Specs.getter(() -> formats)).setter(Specs.<List<String>>setter(v -> formats = v)).build());
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("DIR").type(Path.class).defaultValue("out")
                .initialValue(Path.of("out"))
                .description("Directory to write into (created if missing). Default: ${DEFAULT-VALUE}.")
                .setter(Specs.<Path>setter(v -> outputDir = v)).build());
        Specs.standardHelp(spec);
        return spec;
    }

    ExportCommand(Session session) {
        this.session = session;
    }

    /**
     * Adds every exporter's options to {@code export}, one help group per format. An option several formats declare
     * (e.g. --duplex) is added once, in a group of shared options, and each format parses it its own way.
     */
    static void addExporterOptions(CommandLine export, Exporters exporters) {
        ExportCommand cmd = export.getCommand();
        CommandSpec spec = export.getCommandSpec();
        Map<String, List<String>> declaredBy = new LinkedHashMap<>();
        Map<String, ExportOption<?>> first = new LinkedHashMap<>();
        for (Exporter e : exporters.all()) {
            for (ExportOption<?> o : e.options()) {
                declaredBy.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(e.id());
                first.putIfAbsent(o.name(), o);
            }
        }
        for (Exporter e : exporters.all()) {
            ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(false).validate(false).multiplicity("0..1")
                    .heading("%n" + e.id() + " options:%n");
            int count = 0;
            for (ExportOption<?> o : e.options()) {
                if (declaredBy.get(o.name()).size() == 1) {
                    group.addArg(option(o, List.of(sentence(o)), cmd));
                    count++;
                }
            }
            if (count > 0) {
                spec.addArgGroup(group.build());
            }
        }
        ArgGroupSpec.Builder shared = ArgGroupSpec.builder().exclusive(false).validate(false).multiplicity("0..1")
                .heading("%nOptions of several formats:%n");
        int count = 0;
        for (Map.Entry<String, List<String>> entry : declaredBy.entrySet()) {
            if (entry.getValue().size() > 1) {
                ExportOption<?> o = first.get(entry.getKey());
                List<String> help = new ArrayList<>();
                for (Exporter e : exporters.all()) {
                    e.options().stream().filter(x -> x.name().equals(o.name())).findFirst()
                            .ifPresent(x -> help.add(e.id() + ": " + sentence(x)));
                }
                shared.addArg(option(o, help, cmd));
                count++;
            }
        }
        if (count > 0) {
            spec.addArgGroup(shared.build());
        }
    }

    /** The option's help as a sentence with its default: "Paper size. Default: A5." */
    private static String sentence(ExportOption<?> o) {
        String d = o.description().strip();
        if (!d.endsWith(".")) {
            d += ".";
        }
        return o.defaultValue() == null || o.flag() ? d : d + " Default: " + o.defaultValue() + ".";
    }

    private static OptionSpec option(ExportOption<?> o, List<String> description, ExportCommand cmd) {
        OptionSpec.Builder b = OptionSpec.builder(o.name())
                .description(description.stream().map(line -> line.replace("%", "%%")).toArray(String[]::new))
                .setter(new ISetter() {
                    @Override
                    public <T> T set(T value) {
                        if (value != null) {
                            cmd.exporterOptions.put(o.name(), String.valueOf(value));
                        }
                        return null;
                    }
                });
        if (o.flag()) {
            b.type(boolean.class).arity("0");
        } else {
            b.type(String.class).paramLabel(o.paramLabel().isEmpty() ? "VALUE" : o.paramLabel());
        }
        return b.build();
    }

    @Override
    public Integer call() throws Exception {
        session.debug(common.debug);
        Exporters registry = session.exporters();
        List<Exporter> chosen = choose(registry);
        checkOptions(chosen);
        session.warmUp(chosen);
        Instant timestamp = timestamp();
        org.lessonpress.load.ReadOptions reading = common.readOptions();
        List<Inputs.Input> inputs = Inputs.resolve(common.inputs);
        // The first input (read ahead by the prefetch, or read here while the prefetch loads the theme), then the theme.
        LessonLoader.Result first = session.read(inputs.get(0), reading);
        Theme theme = session.theme(common.theme, common.themePath);
        OutputDirectory out = new OutputDirectory(outputDir);
        if (Files.exists(out.path()) && !Files.isDirectory(out.path())) {
            session.err().println(outputDir + ": error: not a directory; choose another -o");
            return ExitCode.OUTPUT;
        }
        int status = ExitCode.OK;
        for (Inputs.Input input : inputs) {
            LessonLoader.Result r = Inputs.print(input == inputs.get(0) ? first : session.read(input, reading),
                    session.err());
            if (!r.ok() || !Inputs.print(ScriptCheck.check(input.name(), r.document()), session.err()).isEmpty()) {
                status = worst(status, ExitCode.BAD_INPUT);
                continue;
            }
            byte[] source = Inputs.bytes(input);
            status = worst(status, exportAll(input, source, r, chosen, theme, timestamp, out));
        }
        return status;
    }

    /** What one format's export printed and how it ended; printed in format order, whatever order they finish in. */
    private record Outcome(int status, List<String> out, List<String> err, Throwable bug) {
    }

    /**
     * Runs the formats of one input side by side (one thread per core): each writes its own document, and the
     * messages are printed in the order the formats were asked for, so the output is the same on every run.
     */
    private int exportAll(Inputs.Input input, byte[] source, LessonLoader.Result r, List<Exporter> chosen, Theme theme,
                          Instant timestamp, OutputDirectory out) throws Exception {
        int threads = Math.min(chosen.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Outcome> outcomes = new ArrayList<>();
        if (threads <= 1) {
            for (Exporter e : chosen) {
                outcomes.add(export(input, source, r, e, theme, timestamp, out));
            }
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "export");
                t.setDaemon(true);
                return t;
            });
            try {
                List<java.util.concurrent.Future<Outcome>> futures = new ArrayList<>();
                for (Exporter e : chosen) {
                    futures.add(pool.submit(() -> export(input, source, r, e, theme, timestamp, out)));
                }
                for (java.util.concurrent.Future<Outcome> f : futures) {
                    outcomes.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        int status = ExitCode.OK;
        for (Outcome o : outcomes) {
            o.err().forEach(session.err()::println);
            o.out().forEach(session.out()::println);
            if (o.bug() != null) {
                session.err().flush();
                session.out().flush();
                if (o.bug() instanceof Exception x) {
                    throw x;
                }
                throw (Error) o.bug();
            }
            status = worst(status, o.status());
        }
        session.err().flush();
        session.out().flush();
        return status;
    }

    private Outcome export(Inputs.Input input, byte[] source, LessonLoader.Result r, Exporter e, Theme theme, Instant timestamp,
                           OutputDirectory out) {
        List<String> lines = new ArrayList<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        String base = input.stem() + "-" + e.id();
        try (OutputDirectory.Batch batch = out.batch()) {
            OutputStream main = batch.open(base + "." + e.extension());
            ExportContext.Builder builder = ExportContext.builder(theme);
            e.options().stream().filter(o -> optionFiles.containsKey(o.name()))
                    .forEach(o -> builder.file(o.name(), exporterOptions.get(o.name()), optionFiles.get(o.name())));
            parsedOptions.getOrDefault(e.id(), Map.of()).forEach(builder::parsed);
            ExportContext ctx = builder
                    .exporter(e.id())
                    .source(input.name(), source)
                    .options(optionsFor(e))
                    .timestamp(timestamp)
                    .missingGlyphs(common.missingGlyphs)
                    .warnings(d -> errors.add(d.format()))
                    .companions((q, ext) -> {
                        try {
                            return batch.open(base + "-" + q + "." + ext);
                        } catch (OutputDirectory.OutputException x) {
                            throw new CompanionFailed(x);
                        }
                    })
                    .build();
            e.write(r.document(), ctx, main);
            for (Path p : batch.commit()) {
                String name = p.getFileName().toString();
                String qualifier = name.substring(base.length()).replaceFirst("\\.[^.]*$", "").replaceFirst("^-", "");
                Integer pages = ctx.pages().get(qualifier);
                lines.add(outputDir.resolve(name) + "  (" + (pages == null ? "" : pages + (pages == 1 ? " page, " : " pages, "))
                        + size(Files.size(p)) + ")");
            }
            return new Outcome(ExitCode.OK, lines, errors, null);
        } catch (BadInputException bad) {
            errors.add(bad.getMessage());
            errors.addAll(trace(bad));
            return new Outcome(ExitCode.BAD_INPUT, lines, errors, null);
        } catch (OutputDirectory.OutputException x) {
            return outputFailed(x, errors);
        } catch (CompanionFailed x) {
            return outputFailed((OutputDirectory.OutputException) x.getCause(), errors);
        } catch (UncheckedIOException | IOException x) {
            errors.add(outputDir.resolve(base + "." + e.extension()) + ": error: cannot write: " + x.getMessage());
            errors.addAll(trace(x));
            return new Outcome(ExitCode.OUTPUT, lines, errors, null);
        } catch (RuntimeException | Error bug) {
            return new Outcome(ExitCode.INTERNAL, lines, errors, bug);
        }
    }

    private Outcome outputFailed(OutputDirectory.OutputException x, List<String> errors) {
        errors.add(x.path + ": error: " + x.getMessage());
        errors.addAll(trace(x));
        return new Outcome(ExitCode.OUTPUT, List.of(), errors, null);
    }

    /** The stack trace as lines, under --debug only. */
    private List<String> trace(Throwable t) {
        if (!session.debug()) {
            return List.of();
        }
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString().lines().toList();
    }

    private static final class CompanionFailed extends RuntimeException {
        CompanionFailed(OutputDirectory.OutputException cause) {
            super(cause);
        }
    }

    private Map<String, String> optionsFor(Exporter e) {
        Map<String, String> mine = new LinkedHashMap<>();
        for (ExportOption<?> o : e.options()) {
            String v = exporterOptions.get(o.name());
            if (v != null) {
                mine.put(o.name(), v);
            }
        }
        return mine;
    }

    private List<Exporter> choose(Exporters registry) {
        if (formats.isEmpty()) {
            return registry.all();
        }
        List<Exporter> out = new ArrayList<>();
        for (String f : formats) {
            String id = f.trim().toLowerCase(Locale.ROOT);
            Exporter e = registry.find(id).orElseThrow(() -> new UnknownName("format", f, registry.ids(), "available: "
                    + String.join(", ", registry.ids())));
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Parses every given option for every chosen format that declares it, once per run, so a bad value fails before
     * any output; a file an option names is read here, once, and parsed from those bytes.
     */
    private void checkOptions(List<Exporter> chosen) {
        for (Map.Entry<String, String> given : exporterOptions.entrySet()) {
            boolean used = false;
            for (Exporter e : chosen) {
                for (ExportOption<?> o : e.options()) {
                    if (o.name().equals(given.getKey())) {
                        used = true;
                        parsedOptions.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).put(o.name(), parse(o, given.getValue()));
                    }
                }
            }
            if (!used) {
                List<String> owners = new ArrayList<>();
                session.exporters().all().forEach(e -> e.options().stream().filter(o -> o.name().equals(given.getKey()))
                        .findFirst().ifPresent(o -> owners.add(e.id())));
                throw new UsageException(given.getKey() + " applies to " + String.join(", ", owners)
                        + ", which is not among the chosen formats; add -f " + owners.get(0) + " or drop the option");
            }
        }
    }

    /** 1980-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range of SOURCE_DATE_EPOCH. */
    static final long EPOCH_MIN = 315_532_800L;
    static final long EPOCH_MAX = 253_402_300_799L;

    private Object parse(ExportOption<?> o, String value) {
        if (o.namesFile()) {
            byte[] bytes = optionFiles.computeIfAbsent(o.name(), k -> readOptionFile(o, value));
            try {
                return o.parse(value, bytes);
            } catch (IllegalArgumentException x) {
                throw UsageException.inFile(value, x.getMessage());
            }
        }
        try {
            return o.parse(value);
        } catch (IllegalArgumentException x) {
            throw new UsageException(x.getMessage());
        }
    }

    /** The file an option names, read whole with the option's size limit; what goes wrong is a usage error about it. */
    private static byte[] readOptionFile(ExportOption<?> o, String file) {
        try {
            Path p = Path.of(file);
            if (Files.isDirectory(p)) {
                throw UsageException.inFile(file, "is a folder; " + o.name() + " takes a file");
            }
            return BoundedFile.read(p, o.maxBytes());
        } catch (BoundedFile.TooLarge x) {
            throw UsageException.inFile(file, x.getMessage() + " of " + o.name());
        } catch (java.nio.file.NoSuchFileException x) {
            throw UsageException.inFile(file, "no such file; check the path given to " + o.name());
        } catch (IOException | java.nio.file.InvalidPathException x) {
            throw UsageException.inFile(file, "cannot read: " + x.getMessage());
        }
    }

    /** SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else now. */
    private Instant timestamp() {
        String epoch = session.env().get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        // ZIP (DOCX) dates start in 1980 and PDF dates have four-digit years: outside that, files would lie.
        long seconds;
        try {
            seconds = Long.parseLong(epoch.trim());
        } catch (NumberFormatException e) {
            seconds = Long.MIN_VALUE;
        }
        if (seconds < EPOCH_MIN || seconds > EPOCH_MAX) {
            throw new UsageException("SOURCE_DATE_EPOCH='" + epoch + "' is not a whole number of seconds since 1970 between"
                    + " 1980-01-01 (" + EPOCH_MIN + ") and 9999-12-31 (" + EPOCH_MAX + "); unset it to stamp the current time");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static int worst(int a, int b) {
        return Math.max(a, b);
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
}
