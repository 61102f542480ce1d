package org.lessonpress.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.stream.Collectors;
import org.lessonpress.BadInputException;
import org.lessonpress.BoundedFile;
import org.lessonpress.Diagnostic;
import org.lessonpress.NearestName;
import org.lessonpress.theme.colour.ColourEngine;
import org.lessonpress.theme.colour.ColourRules;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.ThemeColours;

/**
 * Reads a theme by bundled name or path, follows {@code extends}, checks every key against the declared schema
 * (type and range) and resolves values once. A theme that does not extend anything extends {@code default}, so a
 * user theme only sets what it changes. Every mistake is an error naming the file, line and key.
 *
 * <p>What a theme may reach is limited, since themes are shared and downloaded: {@code extends} names a bundled
 * theme or a file inside the folder tree of the theme given on the command line (no absolute paths, no {@code ..}
 * out of it, no symbolic link leading out of it), or inside a folder the user trusts with {@code --theme-path}.
 * A file outside is never opened, so nothing of it can show up in a message.
 */
public final class ThemeLoader {
    public static final String DEFAULT = "default";
    /** How many themes deep {@code extends} may go (the README documents it). */
    public static final int MAX_EXTENDS = 16;
    /** The largest theme file read: a theme is a page of settings. */
    public static final long MAX_BYTES = 1 << 20;
    private static final String BUNDLED = "org/lessonpress/themes/";
    private static final List<String> BUNDLED_NAMES = List.of("default", "ink-saver");

    private final Map<String, ThemeKey<?>> schema = new LinkedHashMap<>();
    private final FontCatalog fonts;
    private final List<Path> trusted;

    public ThemeLoader(Collection<ThemeKey<?>> keys, FontCatalog fonts) {
        this(keys, fonts, List.of());
    }

    /** With folders whose themes {@code extends} may name besides the theme's own folder tree ({@code --theme-path}). */
    public ThemeLoader(Collection<ThemeKey<?>> keys, FontCatalog fonts, List<Path> trustedFolders) {
        for (ThemeKey<?> key : keys) {
            ThemeKey<?> old = schema.putIfAbsent(key.path(), key);
            if (old != null && old.type() != key.type()) {
                throw new IllegalArgumentException("theme key " + key.path() + " is declared twice with different types");
            }
        }
        this.fonts = fonts;
        List<Path> folders = new ArrayList<>();
        for (Path p : trustedFolders) {
            folders.add(real(p.toAbsolutePath().normalize()));
        }
        this.trusted = List.copyOf(folders);
    }

    public static List<String> bundledNames() {
        return BUNDLED_NAMES;
    }

    /** Loads a bundled theme by name ({@code default}) or a theme file by path. */
    public Theme load(String nameOrPath) {
        Resolution r = new Resolution();
        Source top = open(nameOrPath, null, r, 0);
        r.root = top.dir;
        resolve(top, r);
        Palette palette = ColourEngine.resolve(colours(r.values), rules(r.values));
        List<Diagnostic> warnings = new ArrayList<>();
        for (Palette.Finding f : palette.findings()) {
            Theme.Origin at = r.origins.getOrDefault(f.key().replaceFirst("\\[.*", ""),
                    new Theme.Origin(top.displayName, 0, ""));
            if (f.error()) {
                throw BadInputException.at(at.file(), at.line(), f.message());
            }
            warnings.add(Diagnostic.warning(at.file(), at.line(), 0, f.message()));
        }
        return new Theme(themeName(nameOrPath), r.values, r.origins, palette, warnings);
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
        Object v = values.get(key.path());
        return (T) (v == null ? key.defaultValue() : v);
    }

    /** What the themes of one chain set so far: values, where each came from, and each as it was written. */
    private static final class Resolution {
        final Map<String, Object> values = new HashMap<>();
        final Map<String, Theme.Origin> origins = new HashMap<>();
        final List<Source> chain = new ArrayList<>();
        Path root;
    }

    private void resolve(Source src, Resolution r) {
        r.chain.add(src);
        Map<String, YamlTree.Leaf> leaves = YamlTree.flatten(src.text, src.displayName, 0, 6);
        YamlTree.Leaf ext = leaves.remove("extends");
        leaves.remove("description");
        if (ext != null) {
            if (!(ext.value() instanceof String parent) || parent.isBlank()) {
                throw BadInputException.at(src.displayName, ext.line(), "'extends' takes one theme name or path");
            }
            Source next = open(parent.trim(), src, r, ext.line());
            if (r.chain.stream().anyMatch(s -> s.id.equals(next.id))) {
                throw BadInputException.at(src.displayName, ext.line(), "themes extend each other in a loop: "
                        + r.chain.stream().map(Source::shortName).collect(Collectors.joining(" → ")) + " → " + next.shortName());
            }
            if (r.chain.size() >= MAX_EXTENDS) {
                throw BadInputException.at(src.displayName, ext.line(), "themes extend each other more than " + MAX_EXTENDS
                        + " deep (" + r.chain.get(0).shortName() + " → … → " + next.shortName() + "); merge some of them");
            }
            resolve(next, r);
        } else if (!src.id.equals("bundled:" + DEFAULT)) {
            resolve(bundled(DEFAULT, null, 0), r);
        }
        for (YamlTree.Leaf leaf : leaves.values()) {
            ThemeKey<?> key = schema.get(leaf.path());
            if (key == null && src.bundled() && !topGroups().contains(group(leaf.path()))) {
                continue; // a bundled theme also styles bundled formats that this registry may not have
            }
            if (key == null) {
                throw BadInputException.at(src.displayName, leaf.line(), unknownKeyMessage(leaf.path()));
            }
            Object value = parse(key, leaf, src, r);
            String written = leaf.value() instanceof String s ? s.trim() : String.valueOf(leaf.value());
            r.values.put(leaf.path(), value);
            r.origins.put(leaf.path(), new Theme.Origin(src.displayName, leaf.line(), written));
        }
    }

    private Object parse(ThemeKey<?> key, YamlTree.Leaf leaf, Source src, Resolution r) {
        Object value;
        try {
            value = key.type().parse(leaf.value());
        } catch (IllegalArgumentException e) {
            Theme.Origin before = r.origins.get(leaf.path());
            String inherited = before == null ? null : before.written();
            String hint = inherited != null && e.getMessage().contains(" is out of range ")
                    ? "; the theme it extends sets " + inherited : "";
            throw BadInputException.at(src.displayName, leaf.line(), leaf.path() + ": " + shown(e.getMessage(), leaf.value()) + hint);
        }
        if (key.type() == ValueType.FONTS) {
            List<String> entries = new ArrayList<>();
            for (Object item : (List<?>) value) {
                String entry = ((String) item).strip();
                try {
                    entries.add(FontCatalog.namesFile(entry) ? fontFile(entry, src, r) : fonts.checkFamily(entry));
                } catch (IllegalArgumentException e) {
                    throw BadInputException.at(src.displayName, leaf.line(), leaf.path() + ": " + e.getMessage());
                }
            }
            return List.copyOf(entries);
        }
        return value;
    }

    /**
     * The message with the value it quotes made short and one line: a value may span lines or run to thousands of
     * characters, and every message is one line.
     */
    private static String shown(String message, Object raw) {
        List<?> values = raw instanceof List<?> l ? l : List.of(raw);
        String out = message;
        for (Object v : values) {
            String text = String.valueOf(v);
            String trimmed = text.strip();
            String brief = trimmed.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (brief.codePointCount(0, brief.length()) > 40) {
                brief = brief.substring(0, brief.offsetByCodePoints(0, 40)) + "…";
            }
            out = out.replace(text, brief).replace(trimmed, brief);
        }
        return out.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }

    /**
     * A font file a chain names, relative to the theme file; like {@code extends}, it must lie in the theme's folder
     * tree or a trusted folder, or among the system's fonts. The entry kept is the absolute path.
     */
    private String fontFile(String entry, Source src, Resolution r) {
        if (src.bundled()) {
            throw new IllegalArgumentException("a bundled theme names font families, not files");
        }
        Map.Entry<String, Integer> f = FontCatalog.fileEntry(entry);
        Path written = Path.of(f.getKey());
        Path file = (written.isAbsolute() ? written : src.dir.resolve(written)).normalize();
        Path real = real(file);
        if (!inside(real, r.root) && trusted.stream().noneMatch(t -> inside(real, t)) && !SystemFonts.inSystemFolder(real)) {
            throw new IllegalArgumentException("'" + f.getKey() + "' is outside this theme's folder (" + r.root + ") and the"
                    + " system's font folders; put the font beside the theme, or trust its folder with --theme-path DIR");
        }
        return fonts.checkFile(real, f.getValue() < 0 ? null : f.getValue());
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

    /** One theme read: its identity (for loops), its name in messages, its text and its folder (null when bundled). */
    private record Source(String id, String displayName, String text, Path dir) {
        boolean bundled() {
            return dir == null;
        }

        /** The name in a chain of extends: {@code a.yml}, or the bundled name. */
        String shortName() {
            return bundled() ? id.substring("bundled:".length()) : Path.of(id).getFileName().toString();
        }
    }

    /** Whether {@code --theme} or {@code extends} names a file rather than a bundled theme. */
    public static boolean looksLikePath(String ref) {
        return ref.contains("/") || ref.contains("\\") || ref.endsWith(".yml") || ref.endsWith(".yaml");
    }

    private static String themeName(String ref) {
        if (!looksLikePath(ref)) {
            return ref;
        }
        Path file = Path.of(ref).getFileName();
        return file == null ? ref : file.toString().replaceFirst("\\.ya?ml$", "");
    }

    /**
     * A bundled theme by name, or a file. The theme given on the command line may be any file; a theme it extends
     * must lie inside the first one's folder tree or a trusted folder ({@code --theme-path}).
     */
    private Source open(String ref, Source from, Resolution r, int line) {
        if (!looksLikePath(ref)) {
            return bundled(ref, from, line);
        }
        if (from == null) {
            return file(Path.of(ref));
        }
        String where = from.displayName;
        if (from.bundled()) {
            throw BadInputException.at(where, line, "a bundled theme extends only bundled themes, not '" + ref + "'");
        }
        Path asWritten = Path.of(ref);
        List<Path> candidates = new ArrayList<>();
        if (!asWritten.isAbsolute()) {
            candidates.add(from.dir.resolve(asWritten).normalize());
            trusted.forEach(t -> candidates.add(t.resolve(asWritten).normalize()));
        } else {
            candidates.add(asWritten.normalize());
        }
        Path firstAllowed = null;
        for (Path c : candidates) {
            Path real = real(c);
            if (inside(real, r.root) || trusted.stream().anyMatch(t -> inside(real, t))) {
                if (Files.exists(c)) {
                    return file(c);
                }
                firstAllowed = firstAllowed == null ? c : firstAllowed;
            }
        }
        if (firstAllowed != null) {
            throw BadInputException.at(where, line, "extends: no theme file '" + ref + "' in " + from.dir
                    + (trusted.isEmpty() || asWritten.isAbsolute() ? "" : " or the --theme-path folders")
                    + "; give a path relative to this file or a bundled name (" + String.join(", ", BUNDLED_NAMES) + ")");
        }
        throw BadInputException.at(where, line, "extends: '" + ref + "' is outside this theme's folder (" + r.root
                + "); a theme extends bundled themes (" + String.join(", ", BUNDLED_NAMES)
                + ") and files in its own folder tree; trust another folder with --theme-path DIR");
    }

    private static boolean inside(Path real, Path folder) {
        return real.startsWith(folder);
    }

    /** The path with every symbolic link resolved as far as the path exists, so a link cannot lead out of a folder. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path realExisting = existing.toRealPath();
            return rest == null ? realExisting : realExisting.resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static Source bundled(String ref, Source from, int line) {
        try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(BUNDLED + ref + ".yml")) {
            if (in == null) {
                throw BadInputException.at(from == null ? "--theme" : from.displayName, line, "no bundled theme '" + ref
                        + "'" + NearestName.to(ref, BUNDLED_NAMES).map(n -> "; did you mean '" + n + "'?").orElse("")
                        + "; use one of " + String.join(", ", BUNDLED_NAMES) + " or a path to a .yml file");
            }
            return new Source("bundled:" + ref, "theme '" + ref + "'", new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled theme " + ref, e);
        }
    }

    private static Source file(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw BadInputException.at(name, 0, "is a folder; give a theme .yml file");
        }
        try {
            byte[] bytes = BoundedFile.read(path, MAX_BYTES);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            Path abs = real(path);
            return new Source(abs.toString(), name, text, abs.getParent());
        } catch (BoundedFile.TooLarge e) {
            throw BadInputException.at(name, 0, "the theme file is " + BoundedFile.human(e.size())
                    + ", over the 1 MB a theme may have; a theme is a short list of settings");
        } catch (NoSuchFileException e) {
            throw BadInputException.at(name, 0, "theme file not found; give a path to a .yml file or a bundled name ("
                    + String.join(", ", BUNDLED_NAMES) + ")");
        } catch (CharacterCodingException e) {
            throw new BadInputException(Diagnostic.error(name, 0, 0, "theme is not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            throw BadInputException.at(name, 0, "cannot read theme: " + e.getMessage());
        }
    }
}
