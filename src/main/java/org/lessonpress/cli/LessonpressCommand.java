package org.lessonpress.cli;

import picocli.CommandLine.Command;

/** The top command: only help, version and the sub-commands. */
@Command(name = "lessonpress",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a lesson file (numbered lessons in sections, in Markdown) into print-ready files.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"%nRun 'lessonpress COMMAND --help' for a command's options."})
final class LessonpressCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
