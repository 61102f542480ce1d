package org.lessonpress.export.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;

/**
 * The option values one format gets for one input: the project file's {@code options}, then each of its
 * {@code overrides} whose {@code match} takes the input (later ones win), then the command line, which wins over all.
 */
public final class FormatOptions {
    private final Map<String, Map<String, String>> project;
    private final List<Project.Override> overrides;
    private final Path projectDir;
    private final Map<String, String> commandLine;
    private final OptionValues values;

    /**
     * @param commandLine option name (with dashes) to value, for every chosen format that declares the option
     */
    public FormatOptions(Project project, Map<String, String> commandLine) {
        this(project, commandLine, new OptionValues());
    }

    /** @param values parses the values (once each), as the command line's and the project file's were checked */
    public FormatOptions(Project project, Map<String, String> commandLine, OptionValues values) {
        this.project = project == null ? Map.of() : project.options();
        this.overrides = project == null ? List.of() : project.overrides();
        this.projectDir = project == null ? null : project.dir().toAbsolutePath().normalize();
        this.commandLine = Map.copyOf(commandLine);
        this.values = values;
    }

    OptionValues values() {
        return values;
    }

    public static FormatOptions commandLine(Map<String, String> commandLine) {
        return new FormatOptions(null, commandLine);
    }

    Map<String, String> of(InputFile input, Exporter format) {
        Map<String, String> out = new LinkedHashMap<>(project.getOrDefault(format.id(), Map.of()));
        if (!overrides.isEmpty() && input.path() != null) {
            String relative = projectDir.relativize(input.path()).toString().replace('\\', '/');
            for (Project.Override o : overrides) {
                if (o.glob().matches(relative)) {
                    out.putAll(o.options().getOrDefault(format.id(), Map.of()));
                }
            }
        }
        for (ExportOption<?> o : format.options()) {
            String v = commandLine.get(o.name());
            if (v != null) {
                out.put(o.name(), v);
            }
        }
        return out;
    }
}
