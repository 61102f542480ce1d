package org.lessonpress.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.lessonpress.export.Exporters;

/** What every command of one run shares: environment, registry, output writers, the debug switch. */
final class Session {
    private final Map<String, String> env;
    private final Exporters exporters;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean debug;

    Session(Map<String, String> env, Exporters exporters, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.exporters = exporters;
        this.out = out;
        this.err = err;
    }

    Map<String, String> env() {
        return env;
    }

    Exporters exporters() {
        return exporters;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    boolean debug() {
        return debug;
    }

    void debug(boolean on) {
        this.debug = on;
    }

    /** Prints a stack trace only under --debug. */
    void trace(Throwable t) {
        if (debug) {
            t.printStackTrace(err);
            err.flush();
        }
    }
}
