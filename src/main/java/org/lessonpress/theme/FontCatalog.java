package org.lessonpress.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts lessonpress ships, listed in {@code fonts/fonts.yml} (family → face files) and read from the jar.
 * Families load on first use and are cached for the life of the JVM.
 */
public final class FontCatalog {
    private static final String ROOT = "org/lessonpress/fonts/";
    private static volatile FontCatalog bundled;

    private final Map<String, Map<FontStyle, String>> files;
    private final Map<String, FontFamily> loaded = new ConcurrentHashMap<>();

    private FontCatalog(Map<String, Map<FontStyle, String>> files) {
        this.files = files;
    }

    /** The catalogue in the jar. */
    public static FontCatalog bundled() {
        FontCatalog c = bundled;
        if (c == null) {
            synchronized (FontCatalog.class) {
                c = bundled;
                if (c == null) {
                    c = read();
                    bundled = c;
                }
            }
        }
        return c;
    }

    private static FontCatalog read() {
        String text = new String(resource(ROOT + "fonts.yml"), StandardCharsets.UTF_8);
        Map<String, Map<FontStyle, String>> files = new LinkedHashMap<>();
        for (YamlTree.Leaf leaf : YamlTree.flatten(text, "fonts/fonts.yml", 0, 3).values()) {
            String path = leaf.path();
            if (!path.startsWith("families.") || path.endsWith(".license")) {
                continue;
            }
            String rest = path.substring("families.".length());
            int dot = rest.lastIndexOf('.');
            String family = rest.substring(0, dot);
            FontStyle style = FontStyle.valueOf(rest.substring(dot + 1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            files.computeIfAbsent(family, k -> new EnumMap<>(FontStyle.class)).put(style, (String) leaf.value());
        }
        return new FontCatalog(files);
    }

    public Set<String> familyNames() {
        return files.keySet();
    }

    public boolean has(String family) {
        return files.containsKey(family);
    }

    public FontFamily family(String name) {
        Map<FontStyle, String> faces = files.get(name);
        if (faces == null) {
            throw new IllegalArgumentException("no font family '" + name + "'; bundled families: " + String.join(", ", files.keySet()));
        }
        return loaded.computeIfAbsent(name, n -> new FontFamily(n, faces.keySet(),
                style -> new FontFace(n, style, faces.get(style), resource(ROOT + faces.get(style)))));
    }

    /** A chain named after its theme key (e.g. {@code serif}) from family names. */
    public FontChain chain(String name, List<String> familyNames) {
        List<FontFamily> families = new ArrayList<>();
        for (String f : familyNames) {
            families.add(family(f));
        }
        return new FontChain(name, families);
    }

    private static byte[] resource(String path) {
        try (InputStream in = FontCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (is the jar complete?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
