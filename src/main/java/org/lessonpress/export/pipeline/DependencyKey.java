package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.FontCatalog;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeKey;

/**
 * The SHA-256 of everything one product (a format of an input) is made from, for the incremental manifest: the
 * input's bytes and name, the format and its option values (and the contents of any option that names a
 * {@code FILE}, such as {@code --reference-docx}), the theme as resolved (every value the {@code extends} chain
 * gives, so a change in any theme file of the chain that changes a value changes the key), the contents of the font
 * files its font chains name and of the installed families they use (the bundled ones are in the jar), the missing-glyph
 * policy, the time stamped into outputs when {@code SOURCE_DATE_EPOCH} fixes it, how inputs are read, and the tool
 * itself (its version and jar, which holds the bundled fonts, themes and hyphenation patterns).
 *
 * <p>Without {@code SOURCE_DATE_EPOCH} the current time is not part of the key: an unchanged input is not rebuilt
 * only to stamp a newer date into it.
 */
final class DependencyKey {
    private static volatile String tool;

    private final byte[] run;
    private final OptionValues values;
    private final Map<String, String> fileDigests = new ConcurrentHashMap<>();

    /**
     * @param timestamp the fixed time outputs carry, or null when it is the clock's
     */
    DependencyKey(Theme theme, String missingGlyphs, String timestamp, org.lessonpress.load.ReadOptions read, OptionValues values) {
        this.values = values;
        MessageDigest md = sha();
        update(md, "lessonpress-dependencies 1");
        update(md, tool());
        update(md, theme.name());
        update(md, canonical(new TreeMap<>(theme.values())));
        for (ThemeKey<List<String>> chain : List.of(CoreKeys.FONT_SERIF, CoreKeys.FONT_SANS, CoreKeys.FONT_MONO)) {
            for (String entry : theme.get(chain)) {
                for (Path font : FontCatalog.bundled().files(entry)) { // a theme's own font files and installed families
                    update(md, font + "=" + fileDigest(font.toString()));
                }
            }
        }
        update(md, missingGlyphs);
        update(md, timestamp == null ? "clock" : timestamp);
        update(md, DocumentReader.describe(read));
        this.run = md.digest();
    }

    /** The key of {@code format} of the input {@code name} (whose bytes hash to {@code inputSha256}), written at {@code main}. */
    String of(String name, String inputSha256, Exporter format, Map<String, String> options, String main) {
        MessageDigest md = sha();
        md.update(run);
        update(md, name);
        update(md, inputSha256);
        update(md, format.id());
        update(md, main);
        Map<String, String> sorted = new TreeMap<>(options);
        update(md, sorted.toString());
        for (ExportOption<?> o : format.options()) {
            String value = sorted.get(o.name());
            if (value != null && o.namesFile()) {
                update(md, fileDigests.computeIfAbsent(value, v -> sha256(values.file(o, v)))); // the bytes the format parses
            } else if (value != null && o.paramLabel().equals("FILE")) {
                update(md, fileDigests.computeIfAbsent(value, DependencyKey::fileDigest));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A value as text that tells every value apart: maps, lists and records by their parts (a record's components
     * read by reflection rather than its generated toString, which costs a short run its start-up bootstrap).
     */
    static String canonical(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(k).append('=').append(canonical(x)).append(';'));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            l.forEach(x -> sb.append(canonical(x)).append(';'));
            return sb.append(']').toString();
        }
        if (v instanceof Record r) {
            StringBuilder sb = new StringBuilder(r.getClass().getName()).append('(');
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    sb.append(c.getName()).append('=').append(canonical(c.getAccessor().invoke(r))).append(';');
                } catch (ReflectiveOperationException | RuntimeException e) {
                    sb.append(c.getName()).append("=?").append(System.identityHashCode(r)).append(';'); // unreadable: never equal
                }
            }
            return sb.append(')').toString();
        }
        return String.valueOf(v);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    private static String fileDigest(String path) {
        try {
            return FileHash.sha256(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return "unreadable"; // the export itself reports it; an unreadable file is never up to date with a readable one
        }
    }

    /** {@code lessonpress VERSION}, as reports name the tool. */
    static String version() {
        String version = DependencyKey.class.getPackage().getImplementationVersion();
        return "lessonpress " + (version == null ? "dev" : version);
    }

    /** {@link #version} and the jar's size and time: a rebuilt jar, even of the same version, rebuilds all. */
    static String tool() {
        String t = tool;
        if (t == null) {
            StringBuilder sb = new StringBuilder(version());
            try {
                Path code = Path.of(DependencyKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    sb.append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis());
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                sb.append(" unknown jar");
            }
            t = sb.toString();
            tool = t;
        }
        return t;
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
