package org.lessonpress.cli;

import java.util.concurrent.Callable;
import org.lessonpress.export.Exporter;
import picocli.CommandLine.Command;

/** {@code lessonpress formats}: the registered exporters. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the registered formats: id, file type, description.")
final class FormatsCommand implements Callable<Integer> {
    private final Session session;

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
