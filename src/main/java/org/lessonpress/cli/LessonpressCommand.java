package org.lessonpress.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The top command: only help, version and the sub-commands. */
final class LessonpressCommand implements Runnable {
    private CommandSpec spec;

    /** The command's options and help, declared in code (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "lessonpress",
                "Turns a lesson file (numbered lessons in sections, in Markdown) into print-ready files; imports plain-text "
                        + "essays and saved web pages.");
        spec.usageMessage().synopsisSubcommandLabel("COMMAND")
                .footer("%nRun 'lessonpress help COMMAND' (or 'lessonpress COMMAND --help') for a command's options.");
        Specs.standardHelp(spec);
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
