package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lessonpress.BadInputException;
import org.lessonpress.NearestName;
import org.lessonpress.UsageException;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.theme.YamlTree;

/**
 * Reads and checks a project file, {@code lessonpress.yml}:
 *
 * <pre>
 * inputs: ['lessons/**\/*.md']          # globs, folders or files, relative to this file
 * formats: [booklet, cards]
 * output: out
 * name: '{dir}/{stem}-{format}.{ext}'
 * theme: themes/team.yml               # a bundled name or a path relative to this file
 * options:                             # per format, the command-line option names without dashes
 *   booklet: {paper: A5, impose: saddle-stitch}
 *   cards: {test-sheet: true}
 * overrides:
 *   - match: 'lessons/us/**'
 *     options: {booklet: {paper: letter}}
 * </pre>
 *
 * Checked like a theme: every mistake is one {@code file:line: error:} naming the key, with the nearest valid key,
 * format or option suggested; option values are parsed by their formats. A flag is {@code true} or {@code false}.
 */
public final class ProjectFile {
    public static final String NAME = "lessonpress.yml";
    private static final List<String> KEYS = List.of("inputs", "formats", "output", "name", "theme", "options", "overrides");
    private static final List<String> OVERRIDE_KEYS = List.of("match", "options");

    private final Exporters registry;
    private final OptionValues values;
    private final String shown;
    private final Path dir;

    private ProjectFile(Exporters registry, OptionValues values, Path file) {
        this.registry = registry;
        this.values = values;
        this.shown = file.toString();
        Path parent = file.getParent();
        this.dir = parent == null ? Path.of("") : parent;
    }

    /** {@code lessonpress.yml} in {@code folder}, if there is one. */
    public static Optional<Path> find(Path folder) {
        Path p = folder.resolve(NAME);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Reads and checks {@code file}; option values are parsed (and files they name read) through {@code values}. */
    public static Project load(Path file, Exporters registry, OptionValues values) {
        return new ProjectFile(registry, values, file).read(file);
    }

    private Project read(Path file) {
        Map<String, YamlTree.Leaf> leaves;
        try {
            leaves = YamlTree.flatten(text(file), shown, 0, 8, true);
        } catch (BadInputException e) {
            throw new ProjectException(e.diagnostic());
        }
        List<InputDiscovery.Spec> inputs = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        Path output = null;
        String name = null;
        String theme = null;
        Map<String, Map<String, String>> options = new TreeMap<>();
        Map<Integer, OverrideDraft> overrides = new TreeMap<>();
        for (YamlTree.Leaf leaf : leaves.values()) {
            String path = leaf.path();
            String top = path.split("[.\\[]", 2)[0];
            switch (top) {
                case "inputs" -> {
                    exact(leaf, "inputs");
                    for (String s : strings(leaf)) {
                        inputs.add(new InputDiscovery.Spec(s, dir, shown + ":" + leaf.line()));
                    }
                }
                case "formats" -> {
                    exact(leaf, "formats");
                    for (String s : strings(leaf)) {
                        for (String id : s.split(",")) {
                            formats.add(format(id.trim(), leaf).id());
                        }
                    }
                }
                case "output" -> output = dir.resolve(scalar(exact(leaf, "output")));
                case "name" -> {
                    name = scalar(exact(leaf, "name"));
                    try {
                        NameTemplate.parse(name);
                    } catch (UsageException e) {
                        throw error(leaf, e.getMessage().replaceFirst("^--name ", "'name' "));
                    }
                }
                case "theme" -> {
                    theme = scalar(exact(leaf, "theme"));
                    if (theme.contains("/") || theme.contains("\\") || theme.endsWith(".yml") || theme.endsWith(".yaml")) {
                        theme = dir.resolve(theme).toString();
                    }
                }
                case "options" -> option(leaf, path, "options", options);
                case "overrides" -> override(leaf, overrides);
                default -> throw error(leaf, unknown("key '" + top + "'", top, KEYS));
            }
        }
        if (!formats.isEmpty()) {
            for (String id : options.keySet()) {
                if (!formats.contains(id)) {
                    throw error(leaves.values().stream().filter(l -> l.path().startsWith("options." + id + ".")).findFirst().orElseThrow(),
                            "options for '" + id + "', which 'formats' does not list; add it to formats or remove its options");
                }
            }
        }
        List<Project.Override> list = new ArrayList<>();
        for (OverrideDraft d : overrides.values()) {
            if (d.match == null) {
                throw ProjectException.at(shown, d.line, "'overrides[" + d.index + "]' has no 'match'; add match: GLOB (e.g. 'lessons/us/**')");
            }
            list.add(new Project.Override(d.match, d.glob, d.options));
        }
        return new Project(file, dir, List.copyOf(inputs), List.copyOf(formats), output, name, theme, options, List.copyOf(list));
    }

    private static final class OverrideDraft {
        final int index;
        final int line;
        String match;
        Glob glob;
        final Map<String, Map<String, String>> options = new TreeMap<>();

        OverrideDraft(int index, int line) {
            this.index = index;
            this.line = line;
        }
    }

    private void override(YamlTree.Leaf leaf, Map<Integer, OverrideDraft> overrides) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("overrides\\[(\\d+)]\\.([^.]+)(.*)").matcher(leaf.path());
        if (!m.matches()) {
            throw error(leaf, "'overrides' is a list of entries, each with 'match' and 'options'");
        }
        int index = Integer.parseInt(m.group(1));
        OverrideDraft d = overrides.computeIfAbsent(index, i -> new OverrideDraft(i, leaf.line()));
        String key = m.group(2);
        if (key.equals("match") && m.group(3).isEmpty()) {
            d.match = scalar(leaf);
            try {
                d.glob = Glob.of(d.match);
            } catch (IllegalArgumentException e) {
                throw error(leaf, "'" + leaf.path() + "': " + e.getMessage());
            }
        } else if (key.equals("options")) {
            option(leaf, leaf.path(), "overrides[" + index + "].options", d.options);
        } else {
            throw error(leaf, unknown("key '" + key + "' in '" + "overrides[" + index + "]'", key, OVERRIDE_KEYS));
        }
    }

    /** One {@code PREFIX.FORMAT.OPTION: value}, checked by the format's own parser, into {@code into}. */
    private void option(YamlTree.Leaf leaf, String path, String prefix, Map<String, Map<String, String>> into) {
        String rest = path.length() > prefix.length() ? path.substring(prefix.length() + 1) : "";
        String[] parts = rest.split("\\.", 2);
        if (leaf.value() instanceof List<?> empty && empty.isEmpty() && parts.length <= 1) {
            if (!rest.isEmpty()) {
                format(rest, leaf); // '{booklet: {}}': no options, but the format must exist
            }
            return;
        }
        if (rest.isEmpty() || parts.length < 2) {
            throw error(leaf, "'" + path + "' takes a format and its options, e.g. " + prefix + ": {booklet: {paper: A5}}");
        }
        Exporter e = format(parts[0], leaf);
        String optionName = "--" + parts[1];
        ExportOption<?> option = e.options().stream().filter(o -> o.name().equals(optionName)).findFirst().orElseThrow(() ->
                error(leaf, unknown("option '" + parts[1] + "' for " + e.id(), parts[1],
                        e.options().stream().map(o -> o.name().substring(2)).toList())));
        String value = scalar(leaf);
        if (option.flag()) {
            if (!value.equals("true") && !value.equals("false")) {
                throw error(leaf, "'" + path + "' is a switch: write true or false");
            }
            if (value.equals("false")) {
                return;
            }
        } else if ((option.namesFile() || option.paramLabel().equals("FILE")) && !Path.of(value).isAbsolute()) {
            value = dir.resolve(value).toString();
        }
        try {
            values.parse(e, option, value);
        } catch (UsageException x) {
            throw error(leaf, "'" + path + "': " + (x.file() == null ? x.getMessage() : x.getMessage().replaceFirst(": error: ", ": ")));
        }
        into.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).put(optionName, value);
    }

    private Exporter format(String id, YamlTree.Leaf leaf) {
        return registry.find(id).orElseThrow(() -> error(leaf, unknown("format '" + id + "'", id, registry.ids())
                + " (formats: " + String.join(", ", registry.ids()) + ")"));
    }

    private static String unknown(String what, String wrong, List<String> known) {
        return "unknown " + what + NearestName.to(wrong, known).map(n -> "; did you mean '" + n + "'?")
                .orElse("; expected one of " + String.join(", ", known));
    }

    private YamlTree.Leaf exact(YamlTree.Leaf leaf, String key) {
        if (!leaf.path().equals(key)) {
            throw error(leaf, "'" + key + "' takes " + (key.equals("inputs") || key.equals("formats") ? "a list" : "one value")
                    + ", not a mapping ('" + leaf.path() + "')");
        }
        return leaf;
    }

    private String scalar(YamlTree.Leaf leaf) {
        if (!(leaf.value() instanceof String s) || s.isBlank()) {
            throw error(leaf, "'" + leaf.path() + "' takes one value");
        }
        return s;
    }

    private List<String> strings(YamlTree.Leaf leaf) {
        List<String> out = new ArrayList<>();
        if (leaf.value() instanceof String s) {
            out.add(s);
        } else {
            for (Object o : (List<?>) leaf.value()) {
                out.add(String.valueOf(o));
            }
        }
        if (out.isEmpty() || out.stream().anyMatch(String::isBlank)) {
            throw error(leaf, "'" + leaf.path() + "' has an empty entry");
        }
        return out;
    }

    private ProjectException error(YamlTree.Leaf leaf, String message) {
        return ProjectException.at(shown, leaf.line(), message);
    }

    private String text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProjectException.at(shown, 0, "not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw ProjectException.at(shown, 0, "cannot read: " + OutputException.reason(e));
        }
    }
}
