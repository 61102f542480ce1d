package org.lessonpress.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lessonpress.export.Exporter;
import org.lessonpress.load.Reader;
import org.lessonpress.load.Readers;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lessonpress formats}: the registered readers and writers. */
final class FormatsCommand implements Callable<Integer> {
    private final Session session;

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "formats", "List the registered formats: readers (--from), then writers (-f); "
                + "id, file types, description.");
        Specs.standardHelp(spec);
        return spec;
    }

    FormatsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<String[]> readers = new ArrayList<>();
        for (Reader r : Readers.builtIn().all()) {
            readers.add(new String[] {r.id(), String.join(" ", r.extensions().stream().map(e -> "." + e).toList()), r.description()});
        }
        List<String[]> writers = new ArrayList<>();
        for (Exporter e : session.exporters().all()) {
            writers.add(new String[] {e.id(), "." + e.extension(), e.description()});
        }
        List<String[]> all = new ArrayList<>(readers);
        all.addAll(writers);
        int id = all.stream().mapToInt(row -> row[0].length()).max().orElse(4);
        int ext = all.stream().mapToInt(row -> row[1].length()).max().orElse(5);
        print("Readers (lessonpress export|check|import --from ID):", readers, id, ext);
        print("Writers (lessonpress export -f ID):", writers, id, ext);
        session.out().flush();
        return ExitCode.OK;
    }

    private void print(String heading, List<String[]> rows, int id, int ext) {
        session.out().println(heading);
        for (String[] row : rows) {
            session.out().println(String.format(Locale.ROOT, "  %-" + id + "s  %-" + ext + "s  %s", row[0], row[1], row[2]));
        }
    }
}
