package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pipeline.DocumentReader;
import org.lessonpress.export.pipeline.InputDiscovery;
import org.lessonpress.export.pipeline.InputFile;
import org.lessonpress.export.pipeline.LoadedInput;
import org.lessonpress.export.pipeline.OutputDirectory;
import org.lessonpress.export.pipeline.SourceBytes;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.ValueType;

/** What start-up does ahead or on other threads (prefetch, warm-up, one command built) must never show. */
class StartupTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatWritesTheSameBytesWithAndWithoutThePrefetch() throws IOException {
        Path ahead = dir.resolve("ahead");
        Path plain = dir.resolve("plain");
        CliRunner.Outcome a = new CliRunner().prefetching().env("SOURCE_DATE_EPOCH", "1700000000")
                .run("export", "--sample", "-o", ahead.toString(), "--impose", "saddle-stitch");
        CliRunner.Outcome b = new CliRunner().env("SOURCE_DATE_EPOCH", "1700000000")
                .run("export", "--sample", "-o", plain.toString(), "--impose", "saddle-stitch");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(a.err().replaceAll("\\d+\\.\\d s", "")).isEqualTo(b.err().replaceAll("\\d+\\.\\d s", ""));
        Map<String, byte[]> first = files(ahead);
        Map<String, byte[]> second = files(plain);
        assertThat(first.keySet()).containsExactlyElementsOf(second.keySet())
                .contains("conf-lessons-2024-booklet.pdf", "conf-lessons-2024-booklet-imposed.pdf",
                        "conf-lessons-2024-poster.pdf", "conf-lessons-2024-cards.pdf", "conf-lessons-2024-slides.docx",
                        "conf-lessons-2024-json.json");
        first.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(second.get(name)));
    }

    @Test
    void aLessonFileReadAheadGivesTheSameOutputAndMessagesAsOneReadWhenAskedFor() throws IOException {
        Path input = dir.resolve("nineteen-plain.md");
        Files.copy(org.lessonpress.testing.Corpus.path("nineteen-plain"), input);
        CliRunner.Outcome a = new CliRunner().prefetching().env("SOURCE_DATE_EPOCH", "1700000000")
                .run("export", "-o", dir.resolve("ahead").toString(), "-f", "json,booklet", input.toString());
        CliRunner.Outcome b = new CliRunner().env("SOURCE_DATE_EPOCH", "1700000000")
                .run("export", "-o", dir.resolve("plain").toString(), "-f", "json,booklet", input.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.err()).contains("warning: lesson 1 has no bold lead");
        assertThat(a.err().replaceAll("\\d+\\.\\d s", "")).isEqualTo(b.err().replaceAll("\\d+\\.\\d s", ""));
        Map<String, byte[]> first = files(dir.resolve("ahead"));
        assertThat(first).containsOnlyKeys("nineteen-plain-json.json", "nineteen-plain-booklet.pdf");
        first.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(filesUnchecked(dir.resolve("plain")).get(name)));
    }

    @Test
    void aFileReadAheadIsTheFileReadOnDemandAndIsHandedOutOnce() throws IOException {
        Path input = dir.resolve("multilingual.md");
        Files.copy(org.lessonpress.testing.Corpus.path("multilingual"), input);
        DocumentReader reader = DocumentReader.builtIn();
        org.lessonpress.load.ReadOptions defaults = org.lessonpress.load.ReadOptions.DEFAULT;
        Prefetch p = Prefetch.start(Exporters::discover, List.of("export", "-f", "booklet", input.toString()), reader);
        p.awaitReadAhead();
        InputFile in = discovered(input);
        LoadedInput ahead = p.input(in, defaults).orElseThrow(() -> new AssertionError("not read ahead"));
        LoadedInput now = SourceBytes.load(in, reader, defaults, InputStream::nullInputStream);
        assertThat(ahead.bytes()).isEqualTo(now.bytes());
        assertThat(ahead.result().document()).isEqualTo(now.result().document());
        assertThat(ahead.result().diagnostics()).isEqualTo(now.result().diagnostics());
        assertThat(p.input(in, defaults)).isEmpty();
        Prefetch other = Prefetch.start(Exporters::discover, List.of("check", input.toString()), reader);
        other.awaitReadAhead();
        assertThat(other.input(in, org.lessonpress.load.ReadOptions.DEFAULT.withMaxBytes(1024))).as("another limit").isEmpty();
        Prefetch sample = Prefetch.start(Exporters::discover, List.of("export", "-f", "json", "--sample"), reader);
        sample.awaitReadAhead();
        assertThat(sample.input(InputFile.sample(), defaults))
                .as("--sample: the bundled sample").get().extracting(r -> r.result().document().allLessons().size()).isEqualTo(39);
        Prefetch none = Prefetch.start(Exporters::discover, List.of("export", "-f", "json"), reader);
        none.awaitReadAhead();
        assertThat(none.input(InputFile.sample(), defaults)).as("no input named: nothing read ahead").isEmpty();
    }

    private static InputFile discovered(Path file) {
        return new InputDiscovery(java.util.Set.of("md"), null).discover(List.of(InputDiscovery.Spec.of(file.toString())), false, null)
                .inputs().get(0);
    }

    @Test
    void aFileReadAheadUnderTheDefaultLimitIsNotUsedWhenTheCommandLineSetsAnotherLimit() throws IOException {
        Path input = dir.resolve("big.md");
        Files.copy(org.lessonpress.testing.Corpus.path("nineteen-plain"), input);
        CliRunner.Outcome r = new CliRunner().prefetching().run("check", "--max-input-size", "1KB", input.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).startsWith(input + ":1: error: the file is ").endsWith(" KB, over the 1.0 KB limit; raise it with --max-input-size");
    }

    @Test
    void aFileReadAheadIsUsedOnlyForTheInputItIs() throws IOException {
        Path good = dir.resolve("good.md");
        Files.copy(org.lessonpress.testing.Corpus.path("one-lesson"), good);
        Path missing = dir.resolve("missing.md");
        CliRunner.Outcome r = new CliRunner().prefetching().run("check", missing.toString(), good.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.contains("error"))).singleElement().asString().startsWith(missing.toString());
        assertThat(r.outLines().stream().filter(l -> !l.startsWith("  font: ")).toList()).singleElement().asString()
                .startsWith(good + ": 1 lesson");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "export -f booklet x.md | booklet",
        "export --format=cards,POSTER | cards poster",
        "export -fslides -o out | slides",
        "export --format json -f booklet | json booklet",
        "export -f nosuch | ''",
        "export x.md | json booklet poster cards slides",
        "check x.md -f booklet | ''",
        "--version | ''",
    })
    void theFormatsWarmedAheadAreThoseTheArgumentsSeemToAskFor(String args, String expected) {
        List<String> ids = Prefetch.likelyFormats(Exporters.discover(), List.of(args.split(" "))).stream()
                .map(Exporter::id).toList();
        assertThat(String.join(" ", ids)).isEqualTo(expected);
    }

    @Test
    void theDefaultThemeLoadedAheadIsTheOneLoadedOnDemand() {
        Exporters registry = Exporters.discover();
        Theme ahead = Prefetch.start(() -> registry, List.of(), DocumentReader.builtIn()).defaultTheme();
        Theme onDemand = Prefetch.of(registry).defaultTheme();
        assertThat(ahead.name()).isEqualTo(onDemand.name()).isEqualTo("default");
        for (ThemeKey<?> key : registry.themeKeys()) {
            assertThat((Object) ahead.get(key)).as(key.path()).isEqualTo(onDemand.get(key));
        }
    }

    @Test
    void aDefaultThemeThatFailsAheadFailsWithTheMessageItWouldHaveHadOnDemand() {
        Exporters needy = Exporters.of(List.of(new Needy()));
        String expected = null;
        try {
            Prefetch.of(needy).defaultTheme();
        } catch (BadInputException e) {
            expected = e.getMessage();
        }
        assertThat(expected).contains("theme 'default':").contains("booklet.scale: 1.25 is out of range 5–10");
        assertThatThrownBy(() -> Prefetch.start(() -> needy, List.of(), DocumentReader.builtIn()).defaultTheme())
                .isInstanceOf(BadInputException.class).hasMessage(expected);
        CliRunner.Outcome r = new CliRunner().exporters(needy).run("export", "--sample", "-o", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo(expected);
    }

    @Test
    void aDiscoveryFailureSurfacesOnTheMainThreadAsItself() {
        Prefetch p = Prefetch.start(() -> {
            throw new IllegalStateException("two exporters claim the id 'x'");
        }, List.of(), DocumentReader.builtIn());
        assertThatThrownBy(p::exporters).isInstanceOf(IllegalStateException.class)
                .hasMessage("two exporters claim the id 'x'");
    }

    @Test
    void helpListsEveryCommandThoughARunBuildsOnlyTheOneItNames() {
        CliRunner.Outcome top = new CliRunner().prefetching().run("--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("  export ", "  check ", "  import ", "  formats ");
        CliRunner.Outcome export = new CliRunner().prefetching().run("export", "--help");
        assertThat(export.out()).startsWith("Usage: lessonpress export").contains("booklet options:", "--impose", "Exit codes:");
        CliRunner.Outcome formats = new CliRunner().prefetching().run("formats");
        List<String> lines = formats.outLines();
        assertThat(lines.subList(lines.indexOf("Writers (lessonpress export -f ID):") + 1, lines.size()))
                .extracting(l -> l.trim().split(" ")[0]).containsExactly("json", "booklet", "poster", "cards", "slides");
        CliRunner.Outcome typo = new CliRunner().prefetching().run("exprot");
        assertThat(typo.code()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).isEqualTo("lessonpress: error: unknown command 'exprot'; did you mean 'export'?\n");
    }

    @Test
    void aLeftoverTemporaryFileOfTheSameNameIsNeitherReusedNorRemoved() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        long pid = ProcessHandle.current().pid();
        long next = OutputDirectory.lastSerial() + 1;
        List<Path> leftovers = new java.util.ArrayList<>();
        for (long n = next; n < next + 40; n++) {
            Path p = out.resolve(".conf-lessons-2024-json.json." + pid + "-" + n + ".part");
            Files.writeString(p, "someone else's");
            leftovers.add(p);
        }
        CliRunner.Outcome r = new CliRunner().run("export", "--sample", "-f", "json", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("conf-lessons-2024-json.json")).content().startsWith("{");
        for (Path p : leftovers) {
            assertThat(p).hasContent("someone else's");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).hasSize(leftovers.size());
        }
    }

    private static Map<String, byte[]> filesUnchecked(Path d) {
        try {
            return files(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue; // the incremental manifest: its times differ from run to run
                }
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Declares a theme key whose range the value in the bundled default theme is outside. */
    private static final class Needy implements Exporter {
        @Override
        public String id() {
            return "needy";
        }

        @Override
        public String description() {
            return "needs a key";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public List<ThemeKey<?>> themeKeys() {
            List<ThemeKey<?>> keys = new java.util.ArrayList<>(new org.lessonpress.export.booklet.BookletExporter().themeKeys());
            keys.replaceAll(k -> k.path().equals("booklet.scale")
                    ? ThemeKey.of("booklet.scale", ValueType.number(5, 10), "a ratio the default theme does not meet") : k);
            return keys;
        }

        @Override
        public void write(LessonDocument doc, ExportContext ctx, OutputStream out) {
            throw new AssertionError("never reached");
        }
    }
}
