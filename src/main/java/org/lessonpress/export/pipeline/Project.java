package org.lessonpress.export.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project file ({@code lessonpress.yml}) as read and checked by {@link ProjectFile}. Paths in it are relative to
 * its folder. Empty lists and null values mean the key was not set.
 *
 * @param options per format id, option name (with its dashes, {@code --paper}) to value as typed
 */
public record Project(Path file, Path dir, List<InputDiscovery.Spec> inputs, List<String> formats, Path output,
                      String name, String theme, Map<String, Map<String, String>> options, List<Override> overrides) {

    /** {@code overrides: [{match: GLOB, options: …}]}: options for the inputs whose path below the project's folder matches. */
    public record Override(String match, Glob glob, Map<String, Map<String, String>> options) {
    }
}
