package org.lessonpress.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonpress.BoundedFile;

/**
 * The fonts a theme's chains may name: the ones lessonpress ships (listed in {@code fonts/fonts.yml}, read from the
 * jar), font files ({@code .ttf}, {@code .otf} with TrueType outlines, {@code .ttc} with an optional {@code #index}),
 * and the families installed on the machine (see {@link SystemFonts}). A name is looked up among the bundled
 * families first, so a theme made of them sets the same on every machine. Families load on first use and are
 * cached for the life of the JVM.
 */
public final class FontCatalog {
    private static final String ROOT = "org/lessonpress/fonts/";
    /** A font chain entry that names a file: {@code fonts/My.ttf}, {@code /usr/share/fonts/x.ttc#1}. */
    private static final Pattern FILE = Pattern.compile("(?i)(.+\\.(?:ttf|otf|ttc))(?:#([0-9]{1,3}))?");
    /** The largest font file read; CJK fonts are 5 to 30 MB. */
    static final long MAX_FONT_BYTES = 64L << 20;
    /** What to use instead of a font PDFBox and OpenPDF cannot embed. */
    static final String TRUETYPE_ALTERNATIVES = "use a font with TrueType outlines instead, e.g. for Chinese and Japanese"
            + " WenQuanYi Micro Hei (Debian: fonts-wqy-microhei), Droid Sans Fallback (fonts-droid-fallback) or IPAGothic"
            + " (fonts-ipafont-gothic)";
    private static volatile FontCatalog bundled;

    private final Map<String, Map<FontStyle, String>> files;
    private final Map<String, String> licences;
    private final Map<String, FontFamily> loaded = new ConcurrentHashMap<>();

    private FontCatalog(Map<String, Map<FontStyle, String>> files, Map<String, String> licences) {
        this.files = files;
        this.licences = licences;
    }

    /** The catalogue: the fonts in the jar, then font files and installed families. */
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
        Map<String, String> licences = new LinkedHashMap<>();
        for (YamlTree.Leaf leaf : YamlTree.flatten(text, "fonts/fonts.yml", 0, 3).values()) {
            String path = leaf.path();
            if (!path.startsWith("families.")) {
                continue;
            }
            String rest = path.substring("families.".length());
            int dot = rest.lastIndexOf('.');
            String family = rest.substring(0, dot);
            if (path.endsWith(".license")) {
                licences.put(family, (String) leaf.value());
                continue;
            }
            FontStyle style = FontStyle.valueOf(rest.substring(dot + 1).toUpperCase(Locale.ROOT).replace('-', '_'));
            files.computeIfAbsent(family, k -> new EnumMap<>(FontStyle.class)).put(style, (String) leaf.value());
        }
        return new FontCatalog(files, licences);
    }

    /** The bundled families' names. */
    public Set<String> familyNames() {
        return files.keySet();
    }

    /** True for a bundled family. */
    public boolean has(String family) {
        return files.containsKey(family);
    }

    /** True when a chain entry names a font file rather than a family: it ends in .ttf, .otf or .ttc (#index). */
    public static boolean namesFile(String entry) {
        return FILE.matcher(entry.strip()).matches();
    }

    /**
     * Checks a family name a theme gives and returns it as the catalogue knows it (a bundled family, else an
     * installed one in its own spelling); an IllegalArgumentException says what is wrong and what would do.
     */
    public String checkFamily(String name) {
        if (has(name)) {
            return name;
        }
        List<Sfnt.Face> faces = SystemFonts.get().family(name);
        if (faces.isEmpty()) {
            List<String> near = SystemFonts.get().similar(name, 3);
            throw new IllegalArgumentException("no font family '" + name + "' is bundled or installed; bundled families: "
                    + String.join(", ", familyNames()) + (near.isEmpty() ? "" : "; installed families like it: "
                    + String.join(", ", near)) + "; or name a .ttf file");
        }
        if (SystemFonts.styles(faces).isEmpty()) {
            throw new IllegalArgumentException("the installed family '" + faces.get(0).family() + "' ("
                    + faces.get(0).file().getFileName() + ") has PostScript (CFF) outlines, which lessonpress cannot embed; "
                    + TRUETYPE_ALTERNATIVES);
        }
        return faces.get(0).family();
    }

    /**
     * Checks a font file a theme names (an absolute path, with {@code #index} for one face of a collection) and
     * returns the entry to keep in the theme; an IllegalArgumentException says what is wrong.
     */
    public String checkFile(Path file, Integer index) {
        List<Sfnt.Face> faces = faces(file);
        if (index != null && index >= faces.size()) {
            throw new IllegalArgumentException(file.getFileName() + " has " + faces.size() + (faces.size() == 1 ? " face" : " faces")
                    + "; #" + index + " is not one of them (they are numbered from 0)");
        }
        List<Sfnt.Face> chosen = index == null ? faces : List.of(faces.get(index));
        if (chosen.stream().allMatch(Sfnt.Face::cff)) {
            throw new IllegalArgumentException(file.getFileName() + " has PostScript (CFF) outlines, which lessonpress cannot"
                    + " embed; " + TRUETYPE_ALTERNATIVES);
        }
        return file + (index == null ? "" : "#" + index);
    }

    /** The entry's file and face index, for an entry that {@link #namesFile names a file}. */
    public static Map.Entry<String, Integer> fileEntry(String entry) {
        Matcher m = FILE.matcher(entry.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + entry + "' does not name a .ttf, .otf or .ttc file");
        }
        return Map.entry(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)));
    }

    private static List<Sfnt.Face> faces(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            List<Sfnt.Face> faces = Sfnt.faces(file);
            if (faces.isEmpty()) {
                throw new IllegalArgumentException(file.getFileName() + " holds no font");
            }
            return faces;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no font file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read font file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("no font file") ? e
                    : new IllegalArgumentException(file.getFileName() + " is not a font lessonpress can read (" + e.getMessage() + ")");
        }
    }

    /**
     * The files a chain entry is read from, for a cache that must notice when one changes: none for a bundled family
     * (the jar holds it), the font file an entry names, or the files of an installed family.
     */
    public List<Path> files(String entry) {
        if (files.containsKey(entry)) {
            return List.of();
        }
        if (namesFile(entry)) {
            return List.of(Path.of(fileEntry(entry).getKey()));
        }
        return SystemFonts.get().family(entry).stream().map(Sfnt.Face::file).distinct().toList();
    }

    /** A family by chain entry: a bundled family, a font file (as {@link #checkFile} returns it) or an installed family. */
    public FontFamily family(String entry) {
        return loaded.computeIfAbsent(entry, this::load);
    }

    private FontFamily load(String entry) {
        Map<FontStyle, String> bundledFaces = files.get(entry);
        if (bundledFaces != null) {
            String licence = licences.get(entry);
            return new FontFamily(entry, bundledFaces.keySet(), style -> new FontFace(entry, style, bundledFaces.get(style),
                    resource(ROOT + bundledFaces.get(style)), "bundled", licence));
        }
        if (namesFile(entry)) {
            Map.Entry<String, Integer> f = fileEntry(entry);
            Path file = Path.of(f.getKey());
            List<Sfnt.Face> faces = faces(file).stream().filter(x -> !x.cff()).toList();
            if (f.getValue() >= 0) {
                faces = List.of(faces(file).get(f.getValue()));
            }
            return fromFaces(faces, file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        }
        List<Sfnt.Face> installed = SystemFonts.get().family(entry);
        if (installed.isEmpty()) {
            throw new IllegalArgumentException("no font family '" + entry + "'; bundled families: " + String.join(", ", familyNames()));
        }
        return fromFaces(installed, entry);
    }

    /**
     * A family from the faces of files: each face under its own style, chosen as {@link SystemFonts#styles} does;
     * when none is regular (a lone bold file), the first serves as the regular face.
     */
    private static FontFamily fromFaces(List<Sfnt.Face> faces, String fallbackName) {
        Map<FontStyle, Sfnt.Face> styles = SystemFonts.styles(faces);
        if (!styles.containsKey(FontStyle.REGULAR)) {
            Sfnt.Face first = faces.stream().filter(x -> !x.cff()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(fallbackName + " has only PostScript (CFF) outlines; "
                            + TRUETYPE_ALTERNATIVES));
            styles.put(FontStyle.REGULAR, first);
        }
        String name = styles.get(FontStyle.REGULAR).family() == null ? fallbackName : styles.get(FontStyle.REGULAR).family();
        Map<Path, byte[]> read = new ConcurrentHashMap<>();
        return new FontFamily(name, styles.keySet(), style -> {
            Sfnt.Face f = styles.get(style);
            byte[] file = read.computeIfAbsent(f.file(), FontCatalog::readFont);
            boolean collection = !Sfnt.trueType(file);
            byte[] bytes = collection ? Sfnt.extract(file, f.index()) : file;
            String base = f.file().getFileName().toString();
            String fileName = collection ? base.replaceFirst("(?i)\\.ttc$", "") + "-" + f.index() + ".ttf" : base;
            return new FontFace(name, style, fileName, bytes, f.file() + (collection ? "#" + f.index() : ""), null);
        });
    }

    private static byte[] readFont(Path file) {
        try {
            return BoundedFile.read(file, MAX_FONT_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font file " + file, e);
        }
    }

    /**
     * A chain named after its theme key (e.g. {@code serif}) from its entries. Font files of one family listed one
     * after another ({@code [fonts/My-Regular.ttf, fonts/My-Bold.ttf]}) form one family, each face in its own style.
     */
    public FontChain chain(String name, List<String> entries) {
        List<FontFamily> families = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runFamily = null;
        for (String entry : entries) {
            Sfnt.Face face = single(entry);
            if (face != null && (run.isEmpty() || java.util.Objects.equals(runFamily, face.family()))) {
                run.add(entry);
                runFamily = face.family();
                continue;
            }
            if (!run.isEmpty()) {
                families.add(files(run));
                run.clear();
            }
            if (face != null) {
                run.add(entry);
                runFamily = face.family();
            } else {
                families.add(family(entry));
            }
        }
        if (!run.isEmpty()) {
            families.add(files(run));
        }
        return new FontChain(name, families);
    }

    /** One family from the single-font files of one family (one file: as {@link #family} loads it). */
    private FontFamily files(List<String> entries) {
        if (entries.size() == 1) {
            return family(entries.get(0));
        }
        return loaded.computeIfAbsent(String.join("\n", entries), k -> fromFaces(entries.stream()
                .map(FontCatalog::single).toList(), entries.get(0)));
    }

    /** The one TrueType face of an entry naming a single-font file, or null (a family, a collection, a face of one). */
    private static Sfnt.Face single(String entry) {
        if (!namesFile(entry) || fileEntry(entry).getValue() >= 0) {
            return null;
        }
        List<Sfnt.Face> faces = faces(Path.of(fileEntry(entry).getKey()));
        return faces.size() == 1 && !faces.get(0).cff() ? faces.get(0) : null;
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
