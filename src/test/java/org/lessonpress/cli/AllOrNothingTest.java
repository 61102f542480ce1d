package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.BadInputException;
import org.lessonpress.UsageException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.json.JsonExporter;
import org.lessonpress.model.LessonDocument;

/**
 * One input's formats are written together or not at all; whatever one input or format ends with (a bad lesson, a
 * crash, running out of memory, a file that cannot be written), the other inputs are still exported and the
 * message is one line naming the input and format, with the exit code of the worst.
 */
class AllOrNothingTest {
    @TempDir
    Path dir;

    /** A format that does what {@code behaviour} says with a document whose title it is given. */
    private static final class Trouble implements Exporter {
        private final Function<String, Throwable> behaviour;

        Trouble(Function<String, Throwable> behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public String id() {
            return "trouble";
        }

        @Override
        public String description() {
            return "fails on demand";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
            out.write("started".getBytes(StandardCharsets.UTF_8));
            Throwable t = behaviour.apply(doc.metadata().title());
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t instanceof IOException io) {
                throw io;
            }
            out.write(" and done".getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path lesson(String name, String title) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "---\ntitle: " + title + "\n---\n\n1. **Lead.** Body.\n");
        return p;
    }

    private CliRunner runner(Function<String, Throwable> behaviour) {
        return new CliRunner().env("SOURCE_DATE_EPOCH", "1730419200")
                .exporters(Exporters.of(List.of(new JsonExporter(), new Trouble(behaviour))));
    }

    private List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lessonpress-manifest")).sorted().toList();
        }
    }

    @Test
    void whenOneFormatFailsNoneOfTheInputsNewFilesIsKeptAndTheEarlierOnesStay() throws IOException {
        Path a = lesson("a.md", "Fine");
        Path out = dir.resolve("out");
        assertThat(runner(title -> null).run("export", "-o", out.toString(), a.toString()).code()).isZero();
        byte[] earlierJson = Files.readAllBytes(out.resolve("a-json.json"));
        byte[] earlierTrouble = Files.readAllBytes(out.resolve("a-trouble.txt"));
        Files.writeString(a, "---\ntitle: Fails now\n---\n\n1. **Lead.** Body, edited.\n");
        CliRunner.Outcome r = runner(title -> title.equals("Fails now") ? new BadInputException(
                org.lessonpress.Diagnostic.error(a.toString(), 5, 0, "lesson 1 does not fit")) : null)
                .run("export", "-o", out.toString(), a.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines()).containsExactly(a + ":5: error: lesson 1 does not fit",
                "lessonpress: " + a + ": nothing written: json was made but not kept, since the file's other formats failed; earlier files are kept",
                r.err().lines().reduce((x, y) -> y).orElseThrow());
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(out.resolve("a-json.json"))).as("the old JSON, not a new one beside an old text").isEqualTo(earlierJson);
        assertThat(Files.readAllBytes(out.resolve("a-trouble.txt"))).isEqualTo(earlierTrouble);
        assertThat(files(out)).containsExactly("a-json.json", "a-trouble.txt");
    }

    @Test
    void aCrashOnOneInputIsOneLineWithExitFourAndTheLaterInputsAreStillExported() throws IOException {
        Path first = lesson("first.md", "Crash");
        Path second = lesson("second.md", "Fine");
        Path out = dir.resolve("out");
        CliRunner.Outcome r = runner(title -> title.equals("Crash") ? new IllegalStateException("boom\nsecond line") : null)
                .run("export", "--jobs", "1", "-o", out.toString(), first.toString(), second.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(r.firstErrLine()).isEqualTo(first + ": error: trouble: internal error (IllegalStateException: boom); "
                + "rerun with --debug and report the stack trace");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(files(out)).containsExactly("second-json.json", "second-trouble.txt");
        assertThat(out.resolve("second-trouble.txt")).hasContent("started and done");
        CliRunner.Outcome debug = runner(title -> title.equals("Crash") ? new IllegalStateException("boom") : null)
                .run("export", "--debug", "--force", "-o", out.toString(), first.toString(), second.toString());
        assertThat(debug.err()).contains("\tat org.lessonpress");
    }

    @Test
    void outOfMemoryAndStackOverflowAreOneLineEachAndTheWorstExitCodeWins() throws IOException {
        Path big = lesson("big.md", "Memory");
        Path deep = lesson("deep.md", "Deep");
        Path fine = lesson("fine.md", "Fine");
        CliRunner.Outcome r = runner(title -> switch (title) {
            case "Memory" -> new OutOfMemoryError("Java heap space");
            case "Deep" -> new StackOverflowError();
            default -> null;
        }).run("export", "-o", dir.resolve("out").toString(), big.toString(), deep.toString(), fine.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INTERNAL);
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith(big + ": error: trouble: ran out of memory (the Java heap is ")
                .contains("give Java more memory");
        assertThat(errors.get(1)).isEqualTo(deep + ": error: trouble: internal error (stack overflow); rerun with --debug and report the stack trace");
        assertThat(files(dir.resolve("out"))).containsExactly("fine-json.json", "fine-trouble.txt");

        CliRunner.Outcome memoryOnly = runner(title -> title.equals("Memory") ? new OutOfMemoryError("Java heap space") : null)
                .run("export", "-o", dir.resolve("o2").toString(), big.toString(), fine.toString());
        assertThat(memoryOnly.code()).as("out of memory on an input is the input's problem").isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aUsageErrorFoundWhileExportingNamesTheInputAndFormat() throws IOException {
        Path a = lesson("a.md", "Usage");
        CliRunner.Outcome r = runner(title -> new UsageException("--level: 'x' is not a number"))
                .run("export", "-o", dir.resolve("out").toString(), a.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.firstErrLine()).isEqualTo(a + ": error: trouble: --level: 'x' is not a number");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithTheReasonAndTheOtherInputsGoOn() throws IOException {
        Path a = lesson("a.md", "Fine");
        Path b = lesson("b.md", "Fine");
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("a-trouble.txt"));
        CliRunner.Outcome r = runner(title -> null).run("export", "-o", out.toString(), a.toString(), b.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OUTPUT);
        assertThat(r.firstErrLine()).isEqualTo(out.resolve("a-trouble.txt") + ": error: cannot write: a folder is in the way; "
                + "remove it or choose another -o");
        assertThat(files(out)).containsExactly("a-trouble.txt", "b-json.json", "b-trouble.txt");
        assertThat(out.resolve("a-json.json")).doesNotExist();

        Files.writeString(dir.resolve("file"), "not a folder");
        CliRunner.Outcome inside = runner(title -> null).run("export", "-o", dir.resolve("file/out").toString(), b.toString());
        assertThat(inside.code()).isEqualTo(ExitCode.OUTPUT);
        assertThat(inside.firstErrLine()).startsWith(dir.resolve("file/out/b-json.json") + ": error: cannot write: ")
                .doesNotContain(".part").doesNotContain("Exception");
    }

    @Test
    void anInputGoneBeforeItIsReadIsABadInputAndTheOthersGoOn() throws IOException {
        Path gone = dir.resolve("gone.md");
        Path fine = lesson("fine.md", "Fine");
        CliRunner.Outcome r = runner(title -> null).run("export", "-o", dir.resolve("out").toString(), gone.toString(), fine.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.firstErrLine()).isEqualTo(gone + ": error: no such file; check the path");
        assertThat(files(dir.resolve("out"))).containsExactly("fine-json.json", "fine-trouble.txt");
    }

    @Test
    void aPipedInputIsReadOnceAndGetsTheIdsOfItsContent() throws Exception {
        Path file = org.lessonpress.testing.Corpus.path("one-lesson").toAbsolutePath();
        Path fifo = dir.resolve("pipe.md");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliRunner.Outcome piped = new CliRunner().env("SOURCE_DATE_EPOCH", "1730419200")
                .run("export", "-f", "booklet", "-o", dir.resolve("piped").toString(), fifo.toString());
        writer.join(10_000);
        CliRunner.Outcome plain = new CliRunner().env("SOURCE_DATE_EPOCH", "1730419200")
                .run("export", "-f", "booklet", "-o", dir.resolve("plain").toString(), file.toString());
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(documentId(dir.resolve("piped/pipe-booklet.pdf"))).as("the ID comes from the bytes the model came from")
                .isEqualTo(documentId(dir.resolve("plain/one-lesson-booklet.pdf")));
    }

    private static String documentId(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
        }
    }
}
