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
        System.exit(new Cli(System.getenv()).run(
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }
}
