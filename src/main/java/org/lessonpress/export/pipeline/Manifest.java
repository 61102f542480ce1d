package org.lessonpress.export.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lessonpress.Diagnostic;

/**
 * What an output folder holds, for incremental runs: per product (one format of one input: its main file and
 * companions) the key of everything it was made from ({@link DependencyKey}), and per file its size, SHA-256, time
 * and pages, plus the warnings the export gave (so an up-to-date run reports them again). A product is up to date
 * when its key is unchanged and each of its files is still the one written (same size, and same time or same
 * bytes, by the SHA-256 or checksum recorded: {@link FileHash}). A deleted output, an edited one or a manifest edited by hand only means that product is made again.
 *
 * <p>The file is {@code .lessonpress-manifest} in the output folder, UTF-8 text, one record a line, fields
 * separated by tabs (with {@code \t}, {@code \n}, {@code \\} escaped). It is rewritten, merged with what is on disk,
 * only when a product changed, so a run with nothing to do writes nothing.
 */
final class Manifest {
    static final String NAME = ".lessonpress-manifest";
    private static final String HEADER = "lessonpress-manifest 1";

    /** One file of a product; {@code hash} is its SHA-256 or its checksum ({@link FileHash}). */
    record FileEntry(String relative, long bytes, String hash, long modified, Integer pages) {
    }

    /** One format of one input. */
    record Product(String main, String format, String input, String key, List<FileEntry> files, List<Diagnostic> warnings) {
    }

    private final Map<String, Product> products;
    private final Map<String, Product> changed = new LinkedHashMap<>();
    private final String problem;

    private Manifest(Map<String, Product> products, String problem) {
        this.products = products;
        this.problem = problem;
    }

    static Manifest empty() {
        return new Manifest(new LinkedHashMap<>(), null);
    }

    /** Reads the manifest of {@code root}; a missing one is empty, a damaged one is empty with a {@link #problem}. */
    static Manifest read(Path root) {
        Path file = root.resolve(NAME);
        if (!Files.isDirectory(root)) {
            return empty(); // nothing written there yet (or a file in the way, which the first write reports)
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            return new Manifest(new LinkedHashMap<>(), "cannot read it (" + OutputException.reason(e) + ")");
        }
        try {
            return new Manifest(parse(text), null);
        } catch (IllegalArgumentException e) {
            return new Manifest(new LinkedHashMap<>(), e.getMessage());
        }
    }

    /** Why the manifest on disk was not used, or null. */
    String problem() {
        return problem;
    }

    synchronized Optional<Product> get(String main) {
        return Optional.ofNullable(products.get(main));
    }

    /**
     * The product at {@code main} if it was made from {@code key} and its files are the ones written then. A file
     * whose time changed but whose bytes did not is still current (its time is refreshed in the manifest).
     */
    synchronized Optional<Product> current(String main, String key, Path root) {
        Product p = products.get(main);
        if (p == null || !p.key().equals(key)) {
            return Optional.empty();
        }
        List<FileEntry> files = new ArrayList<>();
        boolean retimed = false;
        for (FileEntry f : p.files()) {
            Path path = root.resolve(f.relative());
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                if (!a.isRegularFile() || a.size() != f.bytes()) {
                    return Optional.empty();
                }
                long modified = a.lastModifiedTime().toMillis();
                if (modified != f.modified()) {
                    if (!FileHash.matches(path, f.hash())) {
                        return Optional.empty();
                    }
                    retimed = true;
                }
                files.add(new FileEntry(f.relative(), f.bytes(), f.hash(), modified, f.pages()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (retimed) {
            p = new Product(p.main(), p.format(), p.input(), p.key(), List.copyOf(files), p.warnings());
            put(p);
        }
        return Optional.of(p);
    }

    synchronized void put(Product p) {
        products.put(p.main(), p);
        changed.put(p.main(), p);
    }

    synchronized boolean hasChanges() {
        return !changed.isEmpty();
    }

    /**
     * Writes the manifest if anything changed: what is on disk now (another run or shard may have written to the
     * same folder meanwhile) with this run's products over it.
     */
    synchronized void write(OutputDirectory out) throws OutputException {
        if (changed.isEmpty()) {
            return;
        }
        Manifest disk = read(out.root());
        Map<String, Product> merged = new TreeMap<>(disk.products);
        merged.putAll(changed);
        out.writeWhole(NAME, format(merged).getBytes(StandardCharsets.UTF_8));
        changed.clear();
    }

    private static String format(Map<String, Product> products) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Product p : products.values()) {
            line(sb, "product", p.main(), p.format(), p.input(), p.key());
            for (FileEntry f : p.files()) {
                line(sb, "file", f.relative(), Long.toString(f.bytes()), f.hash(), Long.toString(f.modified()),
                        f.pages() == null ? "-" : f.pages().toString());
            }
            for (Diagnostic d : p.warnings()) {
                line(sb, "warning", d.file(), Integer.toString(d.line()), Integer.toString(d.column()), d.message());
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
        }
        sb.append('\n');
    }

    private static Map<String, Product> parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("it is not a manifest this version of lessonpress reads");
        }
        Map<String, Product> out = new LinkedHashMap<>();
        Product current = null;
        List<FileEntry> files = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] f = fields(lines.get(n));
            try {
                switch (f[0]) {
                    case "product" -> {
                        if (current != null) {
                            out.put(current.main(), withParts(current, files, warnings));
                        }
                        expect(f, 5);
                        current = new Product(f[1], f[2], f[3], f[4], List.of(), List.of());
                        files = new ArrayList<>();
                        warnings = new ArrayList<>();
                    }
                    case "file" -> {
                        expect(f, 6);
                        files.add(new FileEntry(f[1], Long.parseLong(f[2]), f[3], Long.parseLong(f[4]),
                                f[5].equals("-") ? null : Integer.valueOf(f[5])));
                    }
                    case "warning" -> {
                        expect(f, 5);
                        warnings.add(Diagnostic.warning(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
                    }
                    default -> throw new IllegalArgumentException("line " + (n + 1) + " is not a record it knows");
                }
                if (current == null) {
                    throw new IllegalArgumentException("line " + (n + 1) + " comes before any product");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + (n + 1) + " has a number that is not one");
            }
        }
        if (current != null) {
            out.put(current.main(), withParts(current, files, warnings));
        }
        return out;
    }

    private static Product withParts(Product p, List<FileEntry> files, List<Diagnostic> warnings) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("the product " + p.main() + " lists no file");
        }
        return new Product(p.main(), p.format(), p.input(), p.key(), List.copyOf(files), List.copyOf(warnings));
    }

    private static void expect(String[] f, int n) {
        if (f.length != n) {
            throw new IllegalArgumentException("a '" + f[0] + "' line has " + f.length + " fields, not " + n);
        }
    }

    private static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(sb.toString());
                sb.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                sb.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out.toArray(String[]::new);
    }
}
