package org.lessonpress.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonpress.UsageException;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pipeline.Console;
import org.lessonpress.export.pipeline.ExportRun;
import org.lessonpress.export.pipeline.Failure;
import org.lessonpress.export.pipeline.FormatOptions;
import org.lessonpress.export.pipeline.NameTemplate;
import org.lessonpress.export.pipeline.OptionValues;
import org.lessonpress.export.pipeline.Project;
import org.lessonpress.export.pipeline.RunSettings;
import org.lessonpress.export.pipeline.Shard;
import org.lessonpress.theme.ThemeLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code lessonpress export} and {@code lessonpress build}: the arguments parsed and merged with the project file
 * (the command line wins) into one {@link RunSettings}; the run itself, every file read and written, is
 * {@link ExportRun}'s.
 */
final class ExportCommand implements Callable<Integer> {
    private final Session session;
    private final String name;
    private final Map<String, String> exporterOptions = new LinkedHashMap<>();
    /** Every format option's value parsed once in the run, and the files options name read once. */
    private final OptionValues optionValues = new OptionValues();
    final CommonOptions common = new CommonOptions();
    List<String> formats = new ArrayList<>();
    /** Null unless given (here and below): the project file's value, or the default, applies then. */
    Path outputDir;
    Path base;
    String nameTemplate;
    Integer jobs;
    boolean force;
    boolean strict;
    boolean quiet;
    Path report;
    Path junit;
    String shard;

    /** The command's own options and help, declared in code (see {@link Specs}); the formats' options come later. */
    CommandSpec spec() {
        CommandSpec spec = name.equals("build")
                ? Specs.command(this, "build", "Export a project as its lessonpress.yml says (or --project FILE).",
                        "Command-line options override the project file's; named inputs replace its inputs.")
                : Specs.command(this, "export", "Export lesson files to the chosen formats (default: all).",
                        "Writes DIR/<folder below the inputs' base>/<stem>-<format>.<ext> and prints one line per file; "
                                + "files already up to date are left alone. With no input, runs the lessonpress.yml of this folder.");
        common.addTo(spec);
        spec.addOption(OptionSpec.builder("-f", "--format").paramLabel("FORMAT").splitRegex(",").type(List.class)
                .auxiliaryTypes(String.class).initialValue(formats)
                .description("Formats to write, comma-separated (see 'lessonpress formats'). Default: all.")
                .getter(Specs.getter(() -> formats)).setter(Specs.<List<String>>setter(v -> formats = v)).build());
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("DIR").type(Path.class)
                .description("Folder to write into (created if missing). Default: out.")
                .setter(Specs.<Path>setter(v -> outputDir = v)).build());
        spec.addOption(OptionSpec.builder("--base").paramLabel("DIR").type(Path.class)
                .description("Outputs keep the inputs' folders below this one. Default: the folder that holds every input named.")
                .setter(Specs.<Path>setter(v -> base = v)).build());
        spec.addOption(OptionSpec.builder("--name").paramLabel("TEMPLATE").type(String.class)
                .description("Output paths below DIR, from {dir}, {stem}, {format}, {ext}; a companion adds -QUALIFIER "
                        + "before the extension. Default: " + NameTemplate.DEFAULT + ".")
                .setter(Specs.<String>setter(v -> nameTemplate = v)).build());
        spec.addOption(OptionSpec.builder("-j", "--jobs").paramLabel("N").type(Integer.class)
                .description("Exports run at once, over inputs and formats. Default: the number of cores, at most one per 100 MB of heap.")
                .setter(Specs.<Integer>setter(v -> jobs = v)).build());
        spec.addOption(OptionSpec.builder("--force").arity("0").type(boolean.class).initialValue(false)
                .description("Rewrite every output, even those up to date.")
                .setter(Specs.<Boolean>setter(v -> force = v)).build());
        spec.addOption(OptionSpec.builder("--strict").arity("0").type(boolean.class).initialValue(false)
                .description("Warnings fail their input (exit 1).")
                .setter(Specs.<Boolean>setter(v -> strict = v)).build());
        spec.addOption(OptionSpec.builder("-q", "--quiet").arity("0").type(boolean.class).initialValue(false)
                .description("Print only errors and the summary line.")
                .setter(Specs.<Boolean>setter(v -> quiet = v)).build());
        spec.addOption(OptionSpec.builder("--report").paramLabel("FILE.json").type(Path.class)
                .description("Write a JSON report of every output (shape lessonpress-report/1, see the README).")
                .setter(Specs.<Path>setter(v -> report = v)).build());
        spec.addOption(OptionSpec.builder("--junit").paramLabel("FILE.xml").type(Path.class)
                .description("Write a JUnit XML report: one test case per input and format.")
                .setter(Specs.<Path>setter(v -> junit = v)).build());
        spec.addOption(OptionSpec.builder("--shard").paramLabel("K/N").type(String.class)
                .description("Export only the K-th of N parts of the inputs (chosen by path), for N parallel CI jobs.")
                .setter(Specs.<String>setter(v -> shard = v)).build());
        Specs.standardHelp(spec);
        return spec;
    }

    /** @param name {@code export} or {@code build} */
    ExportCommand(Session session, String name) {
        this.session = session;
        this.name = name;
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
    public Integer call() {
        session.debug(common.debug);
        Exporters registry = session.exporters();
        Shard shardOf = shard == null ? null : Shard.parse(shard);
        if (jobs != null && jobs < 1) {
            throw new UsageException("--jobs " + jobs + ": give 1 or more");
        }
        NameTemplate cliName = nameTemplate == null ? null : NameTemplate.parse(nameTemplate);
        // What was typed is checked before the inputs are looked for: a mistyped format or theme is the one error shown.
        List<Exporter> typed = choose(registry, Optional.empty());
        if (common.theme != null) {
            session.checkThemeName(common.theme);
        }
        Optional<Project> project = ProjectChoice.choose(common, name, registry, optionValues);
        List<Exporter> chosen = formats.isEmpty() ? choose(registry, project) : typed;
        checkOptions(chosen);
        session.warmUp(chosen);
        Instant timestamp = timestamp();
        Path output = outputDir != null ? outputDir
                : project.map(Project::output).orElse(project.map(p -> p.dir().resolve("out")).orElse(Path.of("out")));
        NameTemplate template = cliName != null ? cliName
                : NameTemplate.parse(project.map(Project::name).orElse(NameTemplate.DEFAULT));
        String theme = common.theme != null ? common.theme : project.map(Project::theme).orElse(ThemeLoader.DEFAULT);
        RunSettings settings = new RunSettings(ProjectChoice.inputs(common, project), common.sample, base, chosen, output,
                template, theme, new FormatOptions(project.orElse(null), exporterOptions, optionValues),
                jobs != null ? jobs : defaultJobs(), force, strict, quiet, report, junit, shardOf, common.missingGlyphs,
                common.readOptions(), timestamp, isSet("SOURCE_DATE_EPOCH"),
                "true".equals(session.env().get("GITHUB_ACTIONS")), session.progress());
        Console console = new Console(session.out(), session.err(), quiet, settings.annotations(), settings.progress(), common.debug);
        Failure.Kind worst = new ExportRun(settings, session.runServices(common.themePath), session.reader(), console).run();
        return ExitCode.of(worst);
    }

    /**
     * One export per core, but no more than the heap holds: a large input in every format needs about 100 MB at
     * once, and a run out of memory helps nobody.
     */
    static int defaultJobs() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return (int) Math.max(1, Math.min(cores, heapMb / 100));
    }

    private boolean isSet(String variable) {
        String v = session.env().get(variable);
        return v != null && !v.isBlank();
    }

    private List<Exporter> choose(Exporters registry, Optional<Project> project) {
        List<String> asked = !formats.isEmpty() ? formats : project.map(Project::formats).orElse(List.of());
        if (asked.isEmpty()) {
            return registry.all();
        }
        List<Exporter> out = new ArrayList<>();
        for (String f : asked) {
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
                        optionValues.parse(e, o, given.getValue());
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
}
