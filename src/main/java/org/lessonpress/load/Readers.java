package org.lessonpress.load;

import org.lessonpress.NearestName;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;
import org.lessonpress.model.LessonDocument;

/**
 * The registered readers, found with {@link ServiceLoader} on the class path, in registration order, and the one
 * way to read an input: {@link #read(String, byte[], ReadOptions)} picks the reader ({@code --from}, else the
 * extension, else the content), reads, and puts the document through the model checks every reader shares.
 */
public final class Readers {
    /** How much of an input {@link Reader#sniff} sees. */
    static final int HEAD = 4096;
    private static final String FALLBACK = "text";

    /**
     * Diagnostics in line order, errors before warnings on the same line. (Loops and a plain class here and in the
     * model checks, not lambdas and streams: each lambda's first call costs a short run start-up time.)
     */
    static final Comparator<Diagnostic> IN_LINE_ORDER = new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int byLine = Integer.compare(a.line(), b.line());
            return byLine != 0 ? byLine : Boolean.compare(!a.isError(), !b.isError());
        }
    };

    private final Map<String, Reader> byId;

    private Readers(Map<String, Reader> byId) {
        this.byId = byId;
    }

    /** The readers on lessonpress's own class path, found once. */
    public static Readers builtIn() {
        return BuiltIn.READERS;
    }

    private static final class BuiltIn {
        static final Readers READERS = discover(Readers.class.getClassLoader());
    }

    public static Readers discover(ClassLoader loader) {
        Map<String, Reader> byId = new LinkedHashMap<>();
        for (Reader r : ServiceLoader.load(Reader.class, loader)) {
            if (!r.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException("reader " + r.getClass().getName() + " has id '" + r.id() + "'; use lower-case words");
            }
            Reader old = byId.putIfAbsent(r.id(), r);
            if (old != null && old.getClass() != r.getClass()) {
                throw new IllegalStateException("two readers claim the id '" + r.id() + "': "
                        + old.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        return new Readers(byId);
    }

    public static Readers of(List<Reader> readers) {
        Map<String, Reader> byId = new LinkedHashMap<>();
        for (Reader r : readers) {
            byId.put(r.id(), r);
        }
        return new Readers(byId);
    }

    public List<Reader> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Reader> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every extension some reader claims, lower case, without the dot (for finding inputs in a folder). */
    public Set<String> extensions() {
        Set<String> out = new LinkedHashSet<>();
        for (Reader r : byId.values()) {
            out.addAll(r.extensions());
        }
        return out;
    }

    /** The reader {@code --from ID} names; a usage error naming the readers (and the likely one) if none has that id. */
    public Reader named(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        Reader r = byId.get(key);
        if (r != null) {
            return r;
        }
        String hint = null;
        int best = 3;
        for (Reader candidate : byId.values()) {
            List<String> names = new ArrayList<>(candidate.extensions());
            names.add(candidate.id());
            for (String n : names) {
                int d = NearestName.edits(n, key);
                if (d < best) {
                    best = d;
                    hint = candidate.id();
                }
            }
        }
        throw new UsageException("unknown reader '" + id + "' for --from" + (hint == null ? "." : "; did you mean '" + hint + "'?")
                + " Available: " + String.join(", ", byId.keySet()));
    }

    /** The reader for an input: {@code from} if given, else the one claiming the name's extension, else the best sniff. */
    public Reader choose(String name, byte[] bytes, String from) {
        if (!from.isEmpty()) {
            return named(from);
        }
        String ext = extension(name);
        for (Reader r : byId.values()) {
            if (r.extensions().contains(ext)) {
                return r;
            }
        }
        byte[] head = bytes.length > HEAD ? Arrays.copyOf(bytes, HEAD) : bytes;
        Reader best = null;
        int bestScore = 0;
        for (Reader r : byId.values()) {
            int score = r.sniff(head);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return byId.getOrDefault(FALLBACK, byId.values().iterator().next());
    }

    /**
     * Reads one input: the size limit, the reader's own reading, then the model checks. This is the one seam through
     * which every command reads.
     */
    public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
        if (bytes.length > options.maxBytes()) {
            return LessonLoader.Result.failed(name, Diagnostic.error(name, 1, 0, tooBig(bytes.length, options.maxBytes())));
        }
        Reader reader = choose(name, bytes, options.from());
        try {
            return oneLine(ModelCheck.apply(reader.read(name, bytes, options), Places.none()));
        } catch (BadInputException e) {
            return LessonLoader.Result.failed(name, e.diagnostic());
        } catch (StackOverflowError e) {
            return LessonLoader.Result.failed(name, Diagnostic.error(name, 1, 0, "the input is nested too deeply to read; flatten its lists or quotes"));
        }
    }

    /** The result with its diagnostics in line order; no document if any is an error. */
    static LessonLoader.Result result(String name, LessonDocument doc, List<Diagnostic> diagnostics) {
        List<Diagnostic> list = new ArrayList<>(diagnostics);
        list.sort(IN_LINE_ORDER);
        return new LessonLoader.Result(name, anyError(list) ? null : doc, list);
    }

    /** Every message on one line, whatever a reader put in it (a value of the input, a plug-in's wording). */
    private static LessonLoader.Result oneLine(LessonLoader.Result r) {
        List<Diagnostic> out = new ArrayList<>();
        boolean changed = false;
        for (Diagnostic d : r.diagnostics()) {
            String m = Echo.line(d.message());
            changed |= !m.equals(d.message());
            out.add(m.equals(d.message()) ? d : new Diagnostic(d.severity(), d.file(), d.line(), d.column(), m));
        }
        return changed ? new LessonLoader.Result(r.file(), r.document(), out) : r;
    }

    static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    static String tooBig(long size, long max) {
        return "the file is " + human(size) + ", over the " + human(max) + " limit; raise it with --max-input-size";
    }

    /** 900 B, 12.5 KB, 2.1 MB: one decimal, so a file just over the limit never reads as equal to it. */
    private static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** The file name without folders and extension: {@code essays/conf.txt} → {@code conf}. */
    static String stem(String name) {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? file : file.substring(0, dot);
    }

    static String extension(String name) {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
