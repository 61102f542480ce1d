package org.lessonpress.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.export.Exporters;

/** Runs the CLI in-process and captures what it printed. */
final class CliRunner {
    record Outcome(int code, String out, String err) {
        String firstErrLine() {
            return err.isEmpty() ? "" : err.lines().findFirst().orElse("");
        }

        /** What stderr holds besides the run's last line, the summary ({@code lessonpress: 1 input, ...}). */
        List<String> errWithoutSummary() {
            return err.lines().filter(l -> !l.matches("lessonpress: (shard \\d+/\\d+: )?\\d+ inputs?, .*")).toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private Exporters exporters = Exporters.discover();

    CliRunner env(String key, String value) {
        env.put(key, value);
        return this;
    }

    CliRunner exporters(Exporters e) {
        this.exporters = e;
        return this;
    }

    /** As Main runs it: exporters found and the default theme loaded on the prefetch thread. */
    CliRunner prefetching() {
        this.exporters = null;
        return this;
    }

    Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = exporters == null ? new Cli(env) : new Cli(env, exporters);
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
