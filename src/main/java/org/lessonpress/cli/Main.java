package org.lessonpress.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Before any class that captures the default locale is loaded (see RootLocale).
        RootLocale.pin();
        System.exit(new Cli(System.getenv()).stderrTerminal(stderrIsTerminal()).run(
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }

    /**
     * Whether stderr is a terminal. Java cannot ask isatty(2) of one stream; on Linux /proc says where fd 2 goes,
     * elsewhere a console (stdin and stdout on a terminal) is taken to mean stderr is one too.
     */
    static boolean stderrIsTerminal() {
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through to the console
        }
        return System.console() != null;
    }
}
