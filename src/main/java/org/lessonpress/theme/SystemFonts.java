package org.lessonpress.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lessonpress.NearestName;

/**
 * The fonts installed on this machine: those fontconfig lists ({@code fc-list}, where present), else every
 * {@code .ttf}, {@code .otf} and {@code .ttc} in the standard font folders (Linux, macOS, Windows). Found once per
 * run, and only when a theme names a family lessonpress does not ship; a file's tables are read once. Which face
 * serves which style is decided by the faces' own tables (OS/2 weight and fsSelection, the name table), whoever
 * listed them.
 */
final class SystemFonts {
    /** More font files than this are not scanned: the scan must stay fast on any machine. */
    private static final int MAX_FILES = 20_000;
    private static final int MAX_DEPTH = 8;

    private static volatile SystemFonts scanned;

    /** Font files by every family name they answer to (lower case), as fontconfig lists them or as their tables say. */
    private final Map<String, TreeSet<Path>> filesByFamily;
    /** The names to suggest, in their own spelling. */
    private final TreeSet<String> names;
    private final Map<Path, List<Sfnt.Face>> read = new java.util.concurrent.ConcurrentHashMap<>();

    private SystemFonts(Map<String, TreeSet<Path>> filesByFamily, TreeSet<String> names) {
        this.filesByFamily = filesByFamily;
        this.names = names;
    }

    /**
     * The machine's fonts, found on first use: from fontconfig's list where {@code fc-list} is installed (a few
     * milliseconds), else by reading the tables of every font file in the standard folders.
     */
    static SystemFonts get() {
        SystemFonts s = scanned;
        if (s == null) {
            synchronized (SystemFonts.class) {
                s = scanned;
                if (s == null) {
                    s = fontconfig();
                    if (s == null) {
                        s = scan(files());
                    }
                    scanned = s;
                }
            }
        }
        return s;
    }

    /** The fonts in the given files, each known by the family its tables name (for tests and machines without fc-list). */
    static SystemFonts scan(List<Path> files) {
        Map<String, TreeSet<Path>> byFamily = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        SystemFonts fonts = new SystemFonts(byFamily, names);
        for (Path f : files) {
            for (Sfnt.Face face : fonts.faces(f)) {
                if (face.family() != null) {
                    byFamily.computeIfAbsent(key(face.family()), k -> new TreeSet<>()).add(f);
                    names.add(face.family());
                }
            }
        }
        return fonts;
    }

    private List<Sfnt.Face> faces(Path file) {
        return read.computeIfAbsent(file, f -> {
            try {
                return Sfnt.faces(f);
            } catch (IOException | RuntimeException e) {
                return List.of(); // not a font we can read: it is simply not offered
            }
        });
    }

    private static String key(String family) {
        return family.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * The faces of an installed family (any case; a name fontconfig knows it by, such as a localised one, also
     * finds it), each as its own tables describe it.
     */
    List<Sfnt.Face> family(String name) {
        TreeSet<Path> files = filesByFamily.get(key(name));
        if (files == null) {
            return List.of();
        }
        List<Sfnt.Face> all = new ArrayList<>();
        files.forEach(f -> all.addAll(faces(f)));
        List<Sfnt.Face> named = all.stream().filter(f -> f.family() != null && key(f.family()).equals(key(name))).toList();
        if (!named.isEmpty()) {
            return named;
        }
        // Asked for by another of its names: the faces fontconfig lists under it, all of one family.
        String family = all.isEmpty() ? null : all.get(0).family();
        return all.stream().filter(f -> java.util.Objects.equals(f.family(), family)).toList();
    }

    /** Up to {@code n} installed families whose names are nearest to {@code name}, for a suggestion. */
    List<String> similar(String name, int n) {
        String k = key(name);
        return names.stream()
                .filter(f -> NearestName.edits(key(f), k) <= Math.max(3, k.length() / 2) || key(f).contains(k))
                .sorted(Comparator.comparingInt((String f) -> NearestName.edits(key(f), k)).thenComparing(f -> f))
                .limit(n).toList();
    }

    /** Every font file in the standard folders, sorted, so the scan is the same on every run. */
    static List<Path> files() {
        TreeSet<Path> out = new TreeSet<>();
        for (Path dir : folders()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
                s.filter(SystemFonts::isFontFile).limit(MAX_FILES).forEach(out::add);
            } catch (IOException | RuntimeException e) {
                // An unreadable folder holds no fonts for us.
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_FILES));
    }

    /** True for a file inside one of the standard font folders (which any program may read). */
    static boolean inSystemFolder(Path real) {
        for (Path dir : folders()) {
            Path folder = dir.toAbsolutePath().normalize();
            try {
                folder = Files.exists(folder) ? folder.toRealPath() : folder;
            } catch (IOException e) {
                continue;
            }
            if (real.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFontFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc")) && Files.isRegularFile(p);
    }

    private static List<Path> folders() {
        String home = System.getProperty("user.home", "");
        List<Path> out = new ArrayList<>();
        String dataHome = System.getenv("XDG_DATA_HOME");
        for (String d : List.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts", home + "/.fonts",
                "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts")) {
            out.add(Path.of(d));
        }
        if (dataHome != null && !dataHome.isBlank()) {
            out.add(Path.of(dataHome, "fonts"));
        }
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            out.add(Path.of(windows, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return out;
    }

    /** The fonts fontconfig lists, by each of their family names; null where fc-list is not installed or fails. */
    private static SystemFonts fontconfig() {
        try {
            Process p = new ProcessBuilder("fc-list", "--format=%{file}\\t%{family}\\n")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readNBytes(16 << 20);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) {
                return null;
            }
            Map<String, TreeSet<Path>> byFamily = new LinkedHashMap<>();
            TreeSet<String> names = new TreeSet<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                Path file = Path.of(line.substring(0, tab).strip());
                if (!isFontFile(file)) {
                    continue;
                }
                String[] families = line.substring(tab + 1).split(",");
                names.add(families[0].strip());
                for (String f : families) {
                    if (!f.isBlank()) {
                        byFamily.computeIfAbsent(key(f), k -> new TreeSet<>()).add(file);
                    }
                }
            }
            return byFamily.isEmpty() ? null : new SystemFonts(byFamily, names);
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The faces of a family for each style, chosen as a designer would: TrueType outlines, the normal width, then the
     * weight nearest to regular (400) or bold (700). A style the family lacks is absent; never synthesised.
     */
    static Map<FontStyle, Sfnt.Face> styles(List<Sfnt.Face> faces) {
        Map<FontStyle, Sfnt.Face> out = new java.util.EnumMap<>(FontStyle.class);
        for (FontStyle s : EnumSet.allOf(FontStyle.class)) {
            int target = s.bold() ? 700 : 400;
            faces.stream().filter(f -> !f.cff() && f.style() == s)
                    .min(Comparator.comparingInt((Sfnt.Face f) -> f.width() == 5 || f.width() == 0 ? 0 : 1)
                            .thenComparingInt(f -> Math.abs((f.weight() == 0 ? target : f.weight()) - target)))
                    .ifPresent(f -> out.put(s, f));
        }
        return out;
    }
}
