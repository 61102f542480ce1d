package org.lessonpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lessonpress.UsageException;
import org.lessonpress.export.Exporters;
import org.lessonpress.export.pipeline.InputDiscovery;
import org.lessonpress.export.pipeline.OptionValues;
import org.lessonpress.export.pipeline.Project;
import org.lessonpress.export.pipeline.ProjectFile;

/**
 * Which project file a command uses, and its inputs. {@code --project FILE} always; {@code build} needs one
 * (default {@code ./lessonpress.yml}); {@code export} and {@code check} use {@code ./lessonpress.yml} only when no
 * input is named. With neither inputs nor a project file, a usage error that says how to run the bundled sample:
 * an empty file list never exports something else.
 */
final class ProjectChoice {
    private ProjectChoice() {
    }

    static Optional<Project> choose(CommonOptions common, String command, Exporters registry, OptionValues values) {
        if (common.project != null) {
            if (!Files.isRegularFile(common.project)) {
                throw new UsageException("--project " + common.project + ": no such file");
            }
            return Optional.of(ProjectFile.load(common.project, registry, values));
        }
        boolean named = !common.inputs.isEmpty() || common.sample;
        if (command.equals("build") || !named) {
            Optional<Path> here = ProjectFile.find(Path.of(""));
            if (here.isPresent()) {
                return Optional.of(ProjectFile.load(Path.of(ProjectFile.NAME), registry, values));
            }
            if (command.equals("build")) {
                throw new UsageException("no " + ProjectFile.NAME + " in this folder; write one (see the README, 'A project file') "
                        + "or name it with --project FILE");
            }
            throw new UsageException("no input given, and no " + ProjectFile.NAME + " here; name lesson files, folders or "
                    + "quoted patterns ('lessons/**/*.md'), or try 'lessonpress " + command + " --sample' on the bundled sample");
        }
        return Optional.empty();
    }

    /** The command line's inputs if it names any, else the project's. */
    static List<InputDiscovery.Spec> inputs(CommonOptions common, Optional<Project> project) {
        if (!common.inputs.isEmpty() || project.isEmpty()) {
            return common.inputs.stream().map(InputDiscovery.Spec::of).toList();
        }
        if (project.get().inputs().isEmpty() && !common.sample) {
            throw new UsageException(project.get().file() + " sets no inputs; add inputs: ['lessons/**/*.md'] or name them");
        }
        return project.get().inputs();
    }
}
