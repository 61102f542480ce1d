package org.lessonpress.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.NearestName;
import org.lessonpress.theme.colour.ColourEngine;
import org.lessonpress.theme.colour.ColourRules;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.ThemeColours;

/**
 * Reads a theme by bundled name or path, follows {@code extends}, checks every key against the declared schema
 * and resolves values once. A theme that does not extend anything extends {@code default}, so a user theme only
 * sets what it changes. Every mistake is an error naming the file, line and key.
 */
public final class ThemeLoader {
    public static final String DEFAULT = "default";
    private static final String BUNDLED = "org/lessonpress/themes/";
    private static final List<String> BUNDLED_NAMES = List.of("default", "ink-saver");
    private static final int MAX_EXTENDS = 10;

    private final Map<String, ThemeKey<?>> schema = new LinkedHashMap<>();
    private final FontCatalog fonts;

    public ThemeLoader(Collection<ThemeKey<?>> keys, FontCatalog fonts) {
        for (ThemeKey<?> key : keys) {
            ThemeKey<?> old = schema.putIfAbsent(key.path(), key);
            if (old != null && old.type() != key.type()) {
                throw new IllegalArgumentException("theme key " + key.path() + " is declared twice with different types");
            }
        }
        this.fonts = fonts;
    }

    public static List<String> bundledNames() {
        return BUNDLED_NAMES;
    }

    /** Loads a bundled theme by name ({@code default}) or a theme file by path. */
    public Theme load(String nameOrPath) {
        Map<String, Object> values = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        resolve(nameOrPath, null, new LinkedHashSet<>(), values, places);
        List<String> unset = schema.keySet().stream().filter(k -> !values.containsKey(k)).sorted().toList();
        if (!unset.isEmpty()) {
            throw BadInputException.at(displayName(nameOrPath), 0, "theme does not set " + String.join(", ", unset)
                    + "; set them or extend the default theme");
        }
        Palette palette = ColourEngine.resolve(colours(values), rules(values));
        List<Diagnostic> warnings = new ArrayList<>();
        for (Palette.Finding f : palette.findings()) {
            Place at = places.getOrDefault(f.key().replaceFirst("\\[.*", ""), new Place(displayName(nameOrPath), 0));
            if (f.error()) {
                throw BadInputException.at(at.file(), at.line(), f.message());
            }
            warnings.add(Diagnostic.warning(at.file(), at.line(), 0, f.message()));
        }
        return new Theme(themeName(nameOrPath), values, palette, warnings);
    }

    /** Where a value was set: the theme file (or bundled theme) and line, for messages about it. */
    private record Place(String file, int line) {
    }

    private static ThemeColours colours(Map<String, Object> values) {
        return new ThemeColours(value(values, CoreKeys.COLOR_PAPER), value(values, CoreKeys.COLOR_TEXT),
                value(values, CoreKeys.COLOR_MUTED), value(values, CoreKeys.COLOR_LINK),
                value(values, CoreKeys.COLOR_CODE_BACKGROUND), value(values, CoreKeys.COLOR_ACCENT),
                value(values, CoreKeys.COLOR_SECTIONS));
    }

    private static ColourRules rules(Map<String, Object> values) {
        return new ColourRules(value(values, CoreKeys.CONTRAST_TEXT), value(values, CoreKeys.CONTRAST_LARGE_TEXT),
                value(values, CoreKeys.CONTRAST_RULE), value(values, CoreKeys.SEPARATION), value(values, CoreKeys.TINT));
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Map<String, Object> values, ThemeKey<T> key) {
        return (T) values.get(key.path());
    }

    private void resolve(String ref, Path relativeTo, Set<String> seen, Map<String, Object> values, Map<String, Place> places) {
        Source src = open(ref, relativeTo);
        if (!seen.add(src.id) || seen.size() > MAX_EXTENDS) {
            throw BadInputException.at(src.displayName, 0, "themes extend each other in a loop (" + String.join(" → ", seen) + " → " + src.displayName + ")");
        }
        Map<String, YamlTree.Leaf> leaves = YamlTree.flatten(src.text, src.displayName, 0, 6);
        YamlTree.Leaf ext = leaves.remove("extends");
        leaves.remove("description");
        if (ext != null) {
            if (!(ext.value() instanceof String parent) || parent.isBlank()) {
                throw BadInputException.at(src.displayName, ext.line(), "'extends' takes one theme name or path");
            }
            resolve(parent, src.dir, seen, values, places);
        } else if (!src.id.equals("bundled:" + DEFAULT)) {
            resolve(DEFAULT, null, seen, values, places);
        }
        for (YamlTree.Leaf leaf : leaves.values()) {
            ThemeKey<?> key = schema.get(leaf.path());
            if (key == null && src.id.startsWith("bundled:") && !topGroups().contains(group(leaf.path()))) {
                continue; // a bundled theme also styles bundled formats that this registry may not have
            }
            if (key == null) {
                throw BadInputException.at(src.displayName, leaf.line(), unknownKeyMessage(leaf.path()));
            }
            Object value;
            try {
                value = key.type().parse(leaf.value());
            } catch (IllegalArgumentException e) {
                throw BadInputException.at(src.displayName, leaf.line(), "'" + leaf.path() + "': " + e.getMessage());
            }
            if (key.type() == ValueType.FONTS) {
                for (Object family : (List<?>) value) {
                    if (!fonts.has((String) family)) {
                        throw BadInputException.at(src.displayName, leaf.line(), "'" + leaf.path() + "': no font family '" + family
                                + "'; bundled families: " + String.join(", ", fonts.familyNames()));
                    }
                }
            }
            values.put(leaf.path(), value);
            places.put(leaf.path(), new Place(src.displayName, leaf.line()));
        }
    }

    private String unknownKeyMessage(String path) {
        String group = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        if (schema.keySet().stream().anyMatch(k -> k.startsWith(path + "."))) {
            return "'" + path + "' is a group, not a value; set its keys, e.g. "
                    + schema.keySet().stream().filter(k -> k.startsWith(path + ".")).findFirst().orElseThrow();
        }
        Optional<String> nearest = NearestName.to(path, schema.keySet());
        StringBuilder sb = new StringBuilder("unknown theme key '").append(path).append('\'');
        if (nearest.isPresent()) {
            sb.append("; did you mean '").append(nearest.get()).append("'?");
        } else {
            sb.append("; keys under '").append(group).append("': ");
            List<String> siblings = schema.keySet().stream().filter(k -> k.startsWith(group + ".")).toList();
            sb.append(siblings.isEmpty() ? String.join(", ", topGroups()) : String.join(", ", siblings));
        }
        return sb.toString();
    }

    private static String group(String path) {
        return path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    }

    private List<String> topGroups() {
        Set<String> groups = new LinkedHashSet<>();
        schema.keySet().forEach(k -> groups.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
        return new ArrayList<>(groups);
    }

    private record Source(String id, String displayName, String text, Path dir) {
    }

    /** Whether {@code --theme} or {@code extends} names a file rather than a bundled theme. */
    public static boolean looksLikePath(String ref) {
        return ref.contains("/") || ref.contains("\\") || ref.endsWith(".yml") || ref.endsWith(".yaml");
    }

    private static String displayName(String ref) {
        return looksLikePath(ref) ? ref : "theme '" + ref + "'";
    }

    private static String themeName(String ref) {
        if (!looksLikePath(ref)) {
            return ref;
        }
        String file = Path.of(ref).getFileName().toString();
        return file.replaceFirst("\\.ya?ml$", "");
    }

    private static Source open(String ref, Path relativeTo) {
        if (!looksLikePath(ref)) {
            try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(BUNDLED + ref + ".yml")) {
                if (in == null) {
                    throw BadInputException.at("--theme", 0, "no bundled theme '" + ref + "'"
                            + NearestName.to(ref, BUNDLED_NAMES).map(n -> "; did you mean '" + n + "'?").orElse("")
                            + "; use one of " + String.join(", ", BUNDLED_NAMES) + " or a path to a .yml file");
                }
                return new Source("bundled:" + ref, "theme '" + ref + "'", new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled theme " + ref, e);
            }
        }
        Path path = relativeTo == null ? Path.of(ref) : relativeTo.resolve(ref);
        if (!Files.isRegularFile(path)) {
            throw BadInputException.at(path.toString(), 0, "theme file not found; give a path to a .yml file or a bundled name ("
                    + String.join(", ", BUNDLED_NAMES) + ")");
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            Path abs = path.toAbsolutePath().normalize();
            return new Source(abs.toString(), path.toString(), text, abs.getParent());
        } catch (CharacterCodingException e) {
            throw new BadInputException(Diagnostic.error(path.toString(), 0, 0, "theme is not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            throw BadInputException.at(path.toString(), 0, "cannot read theme: " + e.getMessage());
        }
    }
}
