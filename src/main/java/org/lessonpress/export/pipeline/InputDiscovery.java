package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lessonpress.UsageException;

/**
 * Turns what the user named into the list of inputs: files as given, folders searched all the way down for the
 * extensions a reader takes, patterns expanded ({@link Glob}), {@code -} for standard input. Hidden files and
 * folders (a leading dot, such as {@code .git}) and the output folder are not searched. A folder or pattern that
 * finds nothing is a usage error naming it. Inputs come in the order named, each folder's in path order, each file
 * once.
 *
 * <p>The base folder, against which outputs keep their relative folders, is {@code --base} or the deepest folder
 * holding everything named: a file's folder, a folder itself, a pattern's folders before its first wildcard. It
 * depends on what was named, not on what was found, so every shard of a run agrees on it.
 */
public final class InputDiscovery {
    /**
     * One thing the user named.
     *
     * @param text       as written
     * @param relativeTo the folder it is relative to: the working folder, or a project file's
     * @param origin     where it was written, for messages ({@code lessonpress.yml:3}); null for the command line
     */
    public record Spec(String text, Path relativeTo, String origin) {
        public static Spec of(String text) {
            return new Spec(text, Path.of(""), null);
        }
    }

    /** The inputs found and the base folder (null when no input is a file). */
    public record Found(List<InputFile> inputs, Path base) {
    }

    private final Set<String> extensions;
    private final Path outputRoot;

    /**
     * @param extensions the file extensions a folder search takes (lower case, no dot)
     * @param outputRoot the output folder, never searched; null for none
     */
    public InputDiscovery(Set<String> extensions, Path outputRoot) {
        this.extensions = Set.copyOf(extensions);
        this.outputRoot = outputRoot == null ? null : outputRoot.toAbsolutePath().normalize();
    }

    /** A file found, before the base folder is known. */
    private record Hit(String name, Path absolute) {
    }

    public Found discover(List<Spec> specs, boolean sample, Path base) {
        Map<Path, Hit> hits = new LinkedHashMap<>();
        List<Path> roots = new ArrayList<>();
        boolean stdin = false;
        for (Spec spec : specs) {
            if (spec.text().equals("-")) {
                if (stdin) {
                    throw new UsageException("'-' (standard input) is named twice; it can be read only once");
                }
                stdin = true;
                continue;
            }
            if (spec.text().isBlank()) {
                throw new UsageException(where(spec) + "an empty input name; give a file, a folder or a pattern");
            }
            if (Glob.isPattern(spec.text())) {
                expand(spec, hits, roots);
            } else {
                Path path = spec.relativeTo().resolve(spec.text());
                Path abs = path.toAbsolutePath().normalize();
                if (Files.isDirectory(path)) {
                    roots.add(abs);
                    List<Hit> found = search(path, path, null);
                    if (found.isEmpty()) {
                        throw new UsageException(where(spec) + spec.text() + ": no lesson files (" + kinds()
                                + ") in this folder or below it");
                    }
                    found.forEach(h -> hits.putIfAbsent(h.absolute(), h));
                } else {
                    roots.add(abs.getParent() == null ? abs : abs.getParent());
                    hits.putIfAbsent(abs, new Hit(path.toString(), abs));
                }
            }
        }
        Path baseDir = base != null ? base.toAbsolutePath().normalize() : commonAncestor(roots);
        List<InputFile> inputs = new ArrayList<>();
        for (Hit h : hits.values()) {
            if (!h.absolute().startsWith(baseDir)) {
                throw new UsageException(h.name() + " is not inside --base " + base + "; choose a --base that holds every input");
            }
            String relative = baseDir.relativize(h.absolute()).toString().replace('\\', '/');
            inputs.add(new InputFile(h.name(), h.absolute(), relative, InputFile.Origin.FILE));
        }
        if (stdin) {
            inputs.add(InputFile.stdin());
        }
        if (sample) {
            inputs.add(InputFile.sample());
        }
        return new Found(List.copyOf(inputs), roots.isEmpty() ? null : baseDir);
    }

    private void expand(Spec spec, Map<Path, Hit> hits, List<Path> roots) {
        Glob glob;
        try {
            glob = Glob.of(spec.text());
        } catch (IllegalArgumentException e) {
            throw new UsageException(where(spec) + e.getMessage());
        }
        Path written = Path.of(glob.root().isEmpty() ? "." : glob.root());
        Path start = spec.relativeTo().resolve(written);
        roots.add(start.toAbsolutePath().normalize());
        List<Hit> found = Files.isDirectory(start) ? search(start, spec.relativeTo(), glob) : List.of();
        if (found.isEmpty()) {
            throw new UsageException(where(spec) + "'" + spec.text() + "' matches no file"
                    + (Files.isDirectory(start) ? "" : " (there is no folder " + written + ")")
                    + "; check the pattern, and quote it so that lessonpress expands it, not the shell");
        }
        found.forEach(h -> hits.putIfAbsent(h.absolute(), h));
    }

    /**
     * The files below {@code start}, in path order: those {@code glob} matches (by their path relative to
     * {@code patternBase}, as the pattern is written), or without a glob those with a reader's extension.
     */
    private List<Hit> search(Path start, Path patternBase, Glob glob) {
        TreeMap<String, Hit> found = new TreeMap<>();
        Path startAbs = start.toAbsolutePath().normalize();
        Path patternAbs = patternBase.toAbsolutePath().normalize();
        boolean absolutePattern = glob != null && Path.of(glob.root().isEmpty() ? "." : glob.root()).isAbsolute();
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path abs = dir.toAbsolutePath().normalize();
                    if (!abs.equals(startAbs) && (hidden(dir) || abs.equals(outputRoot))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path abs = file.toAbsolutePath().normalize();
                    String relative = startAbs.relativize(abs).toString().replace('\\', '/');
                    boolean take;
                    if (glob == null) {
                        take = extensions.contains(extension(file));
                    } else {
                        String asWritten = (absolutePattern ? abs : patternAbs.relativize(abs)).toString().replace('\\', '/');
                        take = glob.matches(asWritten);
                    }
                    if (take) {
                        found.put(relative, new Hit(file.normalize().toString(), abs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE; // a link back up the tree: its files are found the first time
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UsageException(start + ": cannot search this folder: " + OutputException.reason(e));
        }
        return List.copyOf(found.values());
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".") && !name.toString().equals(".") && !name.toString().equals("..");
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String kinds() {
        return String.join(", ", extensions.stream().sorted().map(e -> "*." + e).toList());
    }

    private static String where(Spec spec) {
        return spec.origin() == null ? "" : spec.origin() + ": ";
    }

    /** The deepest folder that holds every one of {@code folders}; the working folder when there are none. */
    static Path commonAncestor(List<Path> folders) {
        if (folders.isEmpty()) {
            return Path.of("").toAbsolutePath();
        }
        Path common = folders.get(0);
        for (Path p : folders) {
            while (!p.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
