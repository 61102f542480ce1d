package org.lessonpress.cli;

import java.util.concurrent.Callable;
import org.lessonpress.export.Exporter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lessonpress formats}: the registered exporters. */
final class FormatsCommand implements Callable<Integer> {
    private final Session session;

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "formats", "List the registered formats: id, file type, description.");
        Specs.standardHelp(spec);
        return spec;
    }

    FormatsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        int width = session.exporters().ids().stream().mapToInt(String::length).max().orElse(4);
        for (Exporter e : session.exporters().all()) {
            session.out().println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-5s  %s", e.id(), "." + e.extension(), e.description()));
        }
        session.out().flush();
        return ExitCode.OK;
    }
}
