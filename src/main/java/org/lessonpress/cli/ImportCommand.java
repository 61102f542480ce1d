package org.lessonpress.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lessonpress.export.pipeline.InputFile;
import org.lessonpress.export.pipeline.OutputDirectory;
import org.lessonpress.export.pipeline.OutputException;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.load.MarkdownWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code lessonpress import}: read any input (a plain-text essay, a saved web page, JSON) and write the lesson file
 * it gives, for the author to correct and keep. The file is written only if it reads back as the same model.
 */
final class ImportCommand implements Callable<Integer> {
    private final Session session;
    final CommonOptions common = new CommonOptions();
    Path input;
    String output = "-";
    boolean force;

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "import", "Write the lesson file (Markdown with front matter) an input gives.",
                "Reads a plain-text essay, a saved web page, lessonpress JSON or a lesson file, and writes front matter, sections "
                        + "and lessons with bold leads; 'lessonpress check' on the result gives the same lessons.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("INPUT").arity("1").type(Path.class)
                .description("The essay to import.").setter(Specs.<Path>setter(v -> input = v)).build());
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE.md").type(String.class).defaultValue("-")
                .initialValue("-").description("Where to write the lesson file; '-' writes it to standard output. Default: ${DEFAULT-VALUE}.")
                .setter(Specs.<String>setter(v -> output = v)).build());
        spec.addOption(OptionSpec.builder("--force").arity("0").type(boolean.class).initialValue(false)
                .description("Replace FILE.md if it exists.").setter(Specs.<Boolean>setter(v -> force = v)).build());
        common.addReadingTo(spec);
        Specs.standardHelp(spec);
        return spec;
    }

    ImportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        session.debug(common.debug);
        InputFile in = new InputFile(input.toString(), input.toAbsolutePath().normalize(),
                input.getFileName() == null ? input.toString() : input.getFileName().toString(), InputFile.Origin.FILE);
        LessonLoader.Result r = session.read(in, common.readOptions()).result();
        r.diagnostics().forEach(d -> session.err().println(d.format()));
        session.err().flush();
        if (!r.ok()) {
            return ExitCode.BAD_INPUT;
        }
        byte[] md = MarkdownWriter.writeChecked(r.document(), in.name()).getBytes(StandardCharsets.UTF_8);
        if (output.equals("-")) {
            session.out().print(new String(md, StandardCharsets.UTF_8));
            session.out().flush();
            return ExitCode.OK;
        }
        Path target = Path.of(output).toAbsolutePath().normalize();
        if (Files.exists(target) && !force) {
            session.err().println(output + ": error: the file exists; use --force to replace it, or choose another -o");
            return ExitCode.OUTPUT;
        }
        if (target.equals(in.path())) {
            session.err().println(output + ": error: this is the input; write the lesson file to another -o");
            return ExitCode.OUTPUT;
        }
        // Written as an export writes: staged beside the target, moved into place whole, its mode kept.
        OutputDirectory.Batch batch = new OutputDirectory(target.getParent()).batch();
        try {
            try (OutputStream s = batch.open(target.getFileName().toString())) {
                s.write(md);
            }
            batch.commit();
        } catch (OutputException x) {
            batch.discard();
            session.err().println(output + ": error: cannot write: " + x.reason());
            session.trace(x);
            return ExitCode.OUTPUT;
        }
        session.out().println(output + ": " + CheckCommand.summary(r.document()));
        session.out().flush();
        return ExitCode.OK;
    }
}
