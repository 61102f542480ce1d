package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.json.JsonExporter;
import org.lessonpress.model.LessonDocument;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void checkOnTheBundledSampleReportsThirtyNineLessonsInFiveSectionsAndNoErrors() {
        CliRunner.Outcome r = new CliRunner().run("check", "--sample");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.outLines()).first().isEqualTo("conf-lessons-2024.md: 39 lessons in 5 sections");
        assertThat(r.outLines()).contains("  font: Noto Serif regular (serif): bundled NotoSerif-Regular.ttf, SIL Open Font License 1.1"
                + " (fonts/LICENSE-Noto.txt)").hasSize(6);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkCountsSubSectionsAndReportsWarnings() {
        CliRunner.Outcome nested = new CliRunner().run("check", "src/test/resources/corpus/forty-three-nested.md");
        assertThat(nested.outLines()).first().isEqualTo("src/test/resources/corpus/forty-three-nested.md: 43 lessons in 4 sections (11 sub-sections)");
        CliRunner.Outcome plain = new CliRunner().run("check", "src/test/resources/corpus/nineteen-plain.md");
        assertThat(plain.code()).isEqualTo(ExitCode.OK);
        assertThat(plain.err().lines()).hasSize(19).allMatch(l -> l.contains(": warning: lesson ") && l.contains("has no bold lead"));
    }

    @Test
    void checkReportsCharactersNoFontHas() throws IOException {
        Path in = dir.resolve("cjk.md");
        Files.writeString(in, "---\ntitle: T\n---\n\n1. **Lead.** Body\n2. **Second.** Has 中 in it.\n");
        CliRunner.Outcome r = new CliRunner().run("check", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo(in + ":6: error: lesson 2: '中' (U+4E2D CJK UNIFIED IDEOGRAPHS 4E2D) is in no font of the theme; "
                + "add a font that has it to the theme's font chains or export with --missing-glyphs=replace");
        CliRunner.Outcome lenient = new CliRunner().run("check", "--missing-glyphs=replace", in.toString());
        assertThat(lenient.code()).isEqualTo(ExitCode.OK);
        assertThat(lenient.firstErrLine()).contains(": warning: lesson 2: '中'");
    }

    @Test
    void checkReportsAPaletteThatCannotMeetTheColourRules() throws IOException {
        Path nine = dir.resolve("nine.yml");
        Files.writeString(nine, "colors:\n  sections: ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77',"
                + " '#cc6677', '#882255', '#aa4499']\n");
        CliRunner.Outcome warned = new CliRunner().run("check", "--sample", "--theme", nine.toString());
        assertThat(warned.code()).isEqualTo(ExitCode.OK);
        assertThat(warned.firstErrLine()).startsWith(nine + ":2: warning: colors.sections: the rules of 9 colours cannot"
                + " all be 8 L* apart (they need 3:1 on the paper (#ffffff), within L* 0 to 62)");
        Path dark = dir.resolve("dark-code.yml");
        Files.writeString(dark, "colors:\n  code-background: '#333333'\n");
        CliRunner.Outcome failed = new CliRunner().run("check", "--sample", "--theme", dark.toString());
        assertThat(failed.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(failed.firstErrLine()).isEqualTo(dark + ":2: error: colors.code-background #333333: colors.text needs 4.5:1"
                + " on it and on the paper (#ffffff), and no colour of its hue reaches both; choose a code background nearer"
                + " the paper, such as #868686");
        assertThat(failed.out()).isEmpty();
    }

    @Test
    void checkSaysWhenADocumentHasMoreSectionsThanThePaletteHasColours() {
        CliRunner.Outcome r = new CliRunner().run("check", "src/test/resources/corpus/multilingual.md");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.err().lines()).containsExactly("src/test/resources/corpus/multilingual.md:39: warning: 8 sections, but"
                + " the theme has 6 section colours: sections 7 and 8 take the colours of sections 1 and 2; add colours to"
                + " colors.sections in the theme to tell them apart");
    }

    @Test
    void formatsListsTheRegisteredExporters() {
        CliRunner.Outcome r = new CliRunner().run("formats");
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).anyMatch(l -> l.matches("  json\\s+\\.json\\s+the lesson model as JSON.*"));
    }

    @Test
    void helpListsExitCodesOnEveryCommand() {
        for (String cmd : List.of("export", "check", "import", "formats")) {
            CliRunner.Outcome r = new CliRunner().run(cmd, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Exit codes:").contains("1   bad input").contains("3   an output file could not be written");
        }
        assertThat(new CliRunner().run("--version").out()).startsWith("lessonpress ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRunner.Outcome unknownFormat = new CliRunner().run("export", "--sample", "-o", dir.toString(), "-f", "pdfx");
        assertThat(unknownFormat.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownFormat.firstErrLine()).startsWith("lessonpress: error: unknown format 'pdfx'; available: json");
        CliRunner.Outcome unknownOption = new CliRunner().run("export", "--bogus");
        assertThat(unknownOption.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownOption.firstErrLine()).isEqualTo("lessonpress: error: Unknown option: '--bogus'");
        CliRunner.Outcome badEpoch = new CliRunner().env("SOURCE_DATE_EPOCH", "yesterday").run("export", "--sample", "-o", dir.toString());
        assertThat(badEpoch.code()).isEqualTo(ExitCode.USAGE);
        assertThat(badEpoch.firstErrLine()).isEqualTo("lessonpress: error: SOURCE_DATE_EPOCH='yesterday' is not a whole number of seconds since 1970 between"
                + " 1980-01-01 (315532800) and 9999-12-31 (253402300799); unset it to stamp the current time");
    }

    @Test
    void pluginOptionsAppearInHelpGroupedByFormatAndAreValidatedBeforeAnyOutput() {
        Exporters registry = Exporters.of(List.of(new JsonExporter(), new Fake("alpha", "--level", "--duplex"), new Fake("beta", "--duplex")));
        CliRunner runner = new CliRunner().exporters(registry);
        String help = runner.run("export", "--help").out();
        assertThat(help).contains("alpha options:").contains("--level=N").contains("Options of several formats:")
                .contains("alpha: the --duplex of alpha").contains("beta: the --duplex of beta");
        CliRunner.Outcome bad = runner.run("export", "--sample", "-o", dir.resolve("o").toString(), "-f", "json,alpha", "--level", "eleven");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.firstErrLine()).isEqualTo("lessonpress: error: --level: 'eleven' is not a whole number");
        assertThat(dir.resolve("o")).doesNotExist();
        CliRunner.Outcome unused = runner.run("export", "--sample", "-o", dir.resolve("o").toString(), "-f", "json", "--level", "3");
        assertThat(unused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unused.firstErrLine()).contains("--level applies to alpha, which is not among the chosen formats");
        CliRunner.Outcome ok = runner.run("export", "--sample", "-o", dir.resolve("o").toString(), "-f", "alpha", "--level", "3", "--duplex", "x");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(dir.resolve("o/conf-lessons-2024-alpha.txt")).hasContent("level=3 duplex=x");
    }

    @Test
    void exportWritesOneLinePerFileAndReproducibleBytesUnderSourceDateEpoch() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliRunner.Outcome r1 = new CliRunner().env("SOURCE_DATE_EPOCH", "1700000000").run("export", "--sample", "-f", "json", "-o", a.toString());
        CliRunner.Outcome r2 = new CliRunner().env("SOURCE_DATE_EPOCH", "1700000000").run("export", "--sample", "-f", "json", "-o", b.toString());
        assertThat(r1.code()).isZero();
        assertThat(r1.outLines()).singleElement().asString().matches(java.util.regex.Pattern.quote(a.resolve("conf-lessons-2024-json.json").toString()) + "  \\(\\d+ KB\\)");
        assertThat(Files.readAllBytes(a.resolve("conf-lessons-2024-json.json"))).isEqualTo(Files.readAllBytes(b.resolve("conf-lessons-2024-json.json")));
        assertThat(r2.code()).isZero();
    }

    @Test
    void aFailedExportLeavesNothingBehindAndKeepsTheEarlierGoodFile() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path earlier = out.resolve("conf-lessons-2024-failing.txt");
        Files.writeString(earlier, "earlier good output");
        CliRunner runner = new CliRunner().exporters(Exporters.of(List.of(new Failing())));
        CliRunner.Outcome r = runner.run("export", "--sample", "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo("conf-lessons-2024.md:17: error: lesson 1 does not fit");
        assertThat(earlier).hasContent("earlier good output");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(earlier);
        }
    }

    @Test
    void outputsStayInsideTheOutputDirectory() throws IOException {
        Path nested = dir.resolve("deep/er");
        Files.createDirectories(nested);
        Path in = nested.resolve("..lessons .md");
        Files.writeString(in, "---\ntitle: T\n---\n1. **A.** b\n");
        Path out = dir.resolve("out");
        CliRunner.Outcome r = new CliRunner().run("export", "-f", "json", "-o", out.toString(), dir.resolve("deep/er/../er/..lessons .md").toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactlyInAnyOrder(out.resolve("lessons-json.json"), out.resolve(".lessonpress-manifest"));
        }
    }

    @Test
    void anUnwritableOutputExitsWithThree() throws IOException {
        Path file = dir.resolve("plainfile");
        Files.writeString(file, "x");
        CliRunner.Outcome r = new CliRunner().run("export", "--sample", "-f", "json", "-o", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OUTPUT);
        assertThat(r.firstErrLine()).isEqualTo(file + ": error: not a directory; choose another -o");
    }

    @Test
    void progressIsPlainWhenStderrIsNotATerminalUnderCiOrWithNoColor() {
        Exporters registry = Exporters.discover();
        java.util.function.BiFunction<java.util.Map<String, String>, Boolean, org.lessonpress.export.pipeline.Console.Progress> mode =
                (env, terminal) -> new Session(env, Prefetch.of(registry), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter()), terminal,
                        org.lessonpress.export.pipeline.DocumentReader.builtIn()).progress();
        assertThat(mode.apply(java.util.Map.of(), true)).isEqualTo(org.lessonpress.export.pipeline.Console.Progress.TERMINAL);
        assertThat(mode.apply(java.util.Map.of(), false)).isEqualTo(org.lessonpress.export.pipeline.Console.Progress.PLAIN);
        assertThat(mode.apply(java.util.Map.of("CI", "true"), true)).isEqualTo(org.lessonpress.export.pipeline.Console.Progress.PLAIN);
        assertThat(mode.apply(java.util.Map.of("NO_COLOR", "1"), true)).isEqualTo(org.lessonpress.export.pipeline.Console.Progress.PLAIN);
    }

    /** A plug-in with options, to prove the CLI adds them. */
    private static final class Fake implements Exporter {
        private final String id;
        private final List<ExportOption<?>> options;

        Fake(String id, String... names) {
            this.id = id;
            this.options = Stream.of(names).<ExportOption<?>>map(n -> n.equals("--level")
                    ? ExportOption.of(n, "N", "1", "how much", s -> {
                        try {
                            return Integer.parseInt(s);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("'" + s + "' is not a whole number");
                        }
                    })
                    : ExportOption.of(n, "MODE", "none", "the " + n + " of " + id, s -> s)).toList();
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "fake " + id;
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public List<ExportOption<?>> options() {
            return options;
        }

        @Override
        public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (ExportOption<?> o : options) {
                sb.append(sb.isEmpty() ? "" : " ").append(o.name().substring(2)).append('=').append(ctx.option(o));
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes half a file and a companion, then finds the input cannot be set. */
    private static final class Failing implements Exporter {
        @Override
        public String id() {
            return "failing";
        }

        @Override
        public String description() {
            return "fails half-way";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            ctx.companion("extra", "txt").write(1);
            throw BadInputException.at(ctx.sourceName(), doc.allLessons().get(0).line(), "lesson 1 does not fit");
        }
    }
}
