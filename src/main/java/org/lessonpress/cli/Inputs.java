package org.lessonpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonpress.Diagnostic;
import org.lessonpress.UsageException;
import org.lessonpress.load.LessonLoader;
import org.lessonpress.load.ReadOptions;

/** The inputs of a run: the files given, or the sample bundled in the jar; loaded with diagnostics printed. */
final class Inputs {
    static final String SAMPLE = "conf-lessons-2024.md";
    private static final String SAMPLE_RESOURCE = "org/lessonpress/samples/" + SAMPLE;

    /** One input: its display name, output stem and (for files) path. */
    record Input(String name, String stem, Path path) {
        boolean bundled() {
            return path == null;
        }
    }

    private Inputs() {
    }

    static List<Input> resolve(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        if (paths.isEmpty()) {
            out.add(new Input(SAMPLE, stem(SAMPLE), null));
            return out;
        }
        Map<String, Path> stems = new HashMap<>();
        for (Path p : paths) {
            String stem = stem(p.getFileName() == null ? p.toString() : p.getFileName().toString());
            Path other = stems.putIfAbsent(stem, p);
            if (other != null && !other.equals(p)) {
                throw new UsageException(other + " and " + p + " would both write " + stem + "-*; rename one or export them separately");
            }
            if (other == null) {
                out.add(new Input(p.toString(), stem, p));
            }
        }
        return out;
    }

    /** The file name without its extension, made safe for a file name: {@code conf-lessons-2024}. */
    static String stem(String fileName) {
        String s = fileName.replaceFirst("\\.[^.]*$", "");
        s = s.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
        return s.isEmpty() ? "lessons" : s;
    }

    /** Loads without printing (safe on another thread), through the readers (see {@link LessonLoader}). */
    static LessonLoader.Result read(Input in, ReadOptions options) {
        LessonLoader loader = new LessonLoader(options);
        return in.bundled() ? loader.load(SAMPLE, sampleBytes()) : loader.load(in.path());
    }

    /** Prints diagnostics found on a loaded document (they are all errors); returns them. */
    static List<Diagnostic> print(List<Diagnostic> diagnostics, java.io.PrintWriter err) {
        diagnostics.forEach(d -> err.println(d.format()));
        err.flush();
        return diagnostics;
    }

    static LessonLoader.Result print(LessonLoader.Result r, java.io.PrintWriter err) {
        for (Diagnostic d : r.diagnostics()) {
            err.println(d.format());
        }
        err.flush();
        return r;
    }

    static byte[] sampleBytes() {
        try (InputStream s = Inputs.class.getClassLoader().getResourceAsStream(SAMPLE_RESOURCE)) {
            if (s == null) {
                throw new IllegalStateException("the bundled sample is missing from the jar");
            }
            return s.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Input in) throws IOException {
        return in.bundled() ? sampleBytes() : java.nio.file.Files.readAllBytes(in.path());
    }
}
