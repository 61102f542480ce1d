package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.export.pipeline.InputFile;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;

/**
 * The quality bar for robustness: a seeded batch of 1,000 mutated lesson files and 200 mutated themes through
 * {@code check} and {@code export} (all formats), in one JVM via {@link Cli#run}. No run may exit 4, print a stack
 * trace or take over 5 s, and a format that fails leaves no file (checked by running each format of a failed input
 * alone). The slowest runs are written to target/mutation-batch.txt. Seeded: every run of the suite tries the same
 * inputs, so a failure reproduces; {@code -Dmutation.seed=N} tries others.
 */
class MutationBatchIT {
    private static final int LESSON_FILES = 1000;
    private static final int THEMES = 200;
    private static final long LIMIT_NANOS = 5_000_000_000L;
    private static final long SEED = Long.getLong("mutation.seed", 20_241_101L);

    @TempDir
    Path dir;

    private final List<String> ids = Exporters.discover().all().stream().map(Exporter::id).toList();
    private final List<String> slowest = new ArrayList<>();
    private long slowestNanos;
    private int failedInputs;
    /** Why exports failed, by the start of their first error message, for the report. */
    private final java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();

    private record Timed(CliRunner.Outcome outcome, long nanos) {
    }

    private Timed run(List<String> args) {
        long t = System.nanoTime();
        CliRunner.Outcome o = new CliRunner().env("SOURCE_DATE_EPOCH", "1700000000").run(args.toArray(String[]::new));
        long nanos = System.nanoTime() - t;
        String what = String.join(" ", args);
        assertThat(o.code()).as("exit code of %s%n%s", what, o.err()).isBetween(0, 3);
        assertThat(o.err()).as("stderr of %s", what).doesNotContain("\tat ").doesNotContain("Caused by:")
                .doesNotContain("internal error");
        assertThat(nanos).as("time of %s", what).isLessThan(LIMIT_NANOS);
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
        }
        slowest.add(String.format(java.util.Locale.ROOT, "%6d ms  %s", nanos / 1_000_000, what));
        return new Timed(o, nanos);
    }

    @Test
    void mutatedLessonFilesAndThemesNeverCrashHangOrLeaveAFailedFormatsFile() throws IOException {
        Random random = new Random(SEED);
        List<byte[]> lessons = seeds("corpus/one-lesson.md", "loader/between.md", "corpus/nineteen-plain.md",
                "org/lessonpress/export/booklet/BookletExporterFuzzTestInputs/anyLessonFileGivesAFileOrOneError/rich");
        Mutator mutator = new Mutator(random);
        // Warm the JVM on the unmutated seeds first: the bound is about inputs, not class loading and the JIT.
        for (int i = 0; i < lessons.size(); i++) {
            Path seed = Files.write(dir.resolve("seed-" + i + ".md"), lessons.get(i));
            new CliRunner().run("export", "-o", dir.resolve("warm").toString(), seed.toString());
        }
        for (int i = 0; i < LESSON_FILES; i++) {
            Path in = dir.resolve("in-" + i + ".md");
            Files.write(in, mutator.lessonFile(lessons.get(random.nextInt(lessons.size()))));
            run(List.of("check", in.toString()));
            exportAndCheckLeftovers(in, List.of());
            Files.delete(in);
        }
        List<byte[]> themes = seeds(Stream.of("default", "ink-saver", "booklet", "poster-cards", "slides")
                .map(s -> "org/lessonpress/theme/ThemeLoaderFuzzTestInputs/anyThemeLoadsOrFailsInOneLineAndExports/" + s)
                .toArray(String[]::new));
        Path lesson = dir.resolve("lesson.md");
        Files.write(lesson, lessons.get(0));
        for (int i = 0; i < THEMES; i++) {
            Path theme = dir.resolve("theme-" + i + ".yml");
            Files.write(theme, mutator.theme(themes.get(random.nextInt(themes.size()))));
            run(List.of("check", "--theme", theme.toString(), lesson.toString()));
            exportAndCheckLeftovers(lesson, List.of("--theme", theme.toString()));
        }
        slowest.sort(java.util.Comparator.reverseOrder());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/mutation-batch.txt"), Stream.concat(Stream.of(String.format(java.util.Locale.ROOT,
                "%d lesson files, %d themes (seed %d); %d exports failed cleanly; slowest run %d ms; the 20 slowest:",
                LESSON_FILES, THEMES, SEED, failedInputs, slowestNanos / 1_000_000)), Stream.concat(slowest.stream().limit(20),
                Stream.concat(Stream.of("why exports failed (first error):"), reasons.entrySet().stream()
                        .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> String.format(java.util.Locale.ROOT, "%5d  %s", e.getValue(), e.getKey()))))).toList());
    }

    /**
     * Exports every format; when that fails, each format alone shows which formats fail, and none of those may have
     * left a file in the all-format run (nor any hidden temporary file).
     */
    private void exportAndCheckLeftovers(Path in, List<String> extra) throws IOException {
        Path out = dir.resolve("out");
        deleteTree(out);
        List<String> args = new ArrayList<>(List.of("export", "-o", out.toString()));
        args.addAll(extra);
        args.add(in.toString());
        Timed all = run(args);
        String stem = new InputFile(in.toString(), in, in.getFileName().toString(), InputFile.Origin.FILE).stem();
        assertThat(hidden(out)).as("temporary files of %s", in).isEmpty();
        if (all.outcome().code() == 0) {
            for (String id : ids) {
                assertThat(main(out, stem, id)).as("%s of %s", id, in).isNotNull();
            }
            return;
        }
        failedInputs++;
        String first = all.outcome().err().lines().filter(l -> l.contains(": error: ")).findFirst().orElse("(no error line)")
                .replaceFirst("^.*?error: ", "").replaceAll("[0-9]+", "N");
        reasons.merge(first.substring(0, Math.min(60, first.length())), 1, Integer::sum);
        for (String id : ids) {
            Path alone = dir.resolve("alone");
            deleteTree(alone);
            List<String> one = new ArrayList<>(List.of("export", "-f", id, "-o", alone.toString()));
            one.addAll(extra);
            one.add(in.toString());
            boolean fails = run(one).outcome().code() != 0;
            if (fails) {
                assertThat(main(out, stem, id)).as("%s failed for %s but left its file", id, in).isNull();
                assertThat(alone).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory(),
                        p -> assertThat(Files.list(p).map(f -> f.getFileName().toString())).containsOnly(".lessonpress-manifest"));
            }
        }
    }

    private static Path main(Path out, String stem, String id) throws IOException {
        if (!Files.isDirectory(out)) {
            return null;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(stem + "-" + id + ".")).findFirst().orElse(null);
        }
    }

    private static List<Path> hidden(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            // The manifest is hidden too, but is the run's record, not a file left over.
            return s.filter(p -> p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals(".lessonpress-manifest"))
                    .toList();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static List<byte[]> seeds(String... resources) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String r : resources) {
            out.add(Files.readAllBytes(Path.of("src/test/resources", r)));
        }
        return out;
    }

    /** Seeded mutations of lesson files and themes: the edits careless users and hostile files make. */
    static final class Mutator {
        private static final String[] SNIPPETS = {"**", "*", "_", "`", "```", "\n", "\n\n", "# ", "## ", "### ", "> ", "- ",
                "1. ", "7. ", "99999999999. ", "[x](", "](javascript:alert(1))", "![](data:image/png;base64,AAAA)", "<b>", "</b>",
                "---\n", "title: ", ": ", "  ", "\t", "\u00ad", "\u200b", "\u00a0", "漢字", "ひらがな", "Ελληνικά", "مرحبا", "שלום",
                "नमस्ते", "\uD83D\uDE00", "\u2603", "\u0301", "ﬁ", "…", "—", "“", "Donaudampfschifffahrtsgesellschaft",
                "https://example.org/" + "a".repeat(80), "\r\n", "\\", "|", "&amp;", "%", "{", "}", "!", "\u0007", "\u001b"};
        private static final String[] NUMBERS = {"0", "-1", "1e300", "1e-300", "NaN", "Infinity", "100", "0.0001", "99999", "3",
                "0.5", "2.0", "1.05", "7", "", "abc", "12pt", "0pt", "-3mm", "1000mm", "0.1pt", "1e9pt", "5in", "#fff", "#12345g",
                "[]", "[1, 2]", "true", "null", "~"};
        private static final String[] UNITS = {"pt", "mm", "cm", "in", "px", "", "em"};
        private final Random random;

        Mutator(Random random) {
            this.random = random;
        }

        /** Most edits go to the lessons, after the front matter, so that most files get as far as the formats. */
        byte[] lessonFile(byte[] seed) {
            String text = new String(seed, StandardCharsets.UTF_8);
            int body = text.indexOf("\n---\n", 4);
            if (body > 0 && random.nextInt(5) > 0) {
                byte[] head = text.substring(0, body + 5).getBytes(StandardCharsets.UTF_8);
                return concat(head, mutate(text.substring(body + 5).getBytes(StandardCharsets.UTF_8)));
            }
            return mutate(seed);
        }

        private byte[] mutate(byte[] seed) {
            byte[] b = seed;
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits; i++) {
                b = switch (random.nextInt(7)) {
                    case 0 -> delete(b);
                    case 1 -> duplicate(b);
                    case 2 -> insert(b, SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                    case 3 -> flip(b);
                    case 4 -> swapLines(b);
                    case 5 -> truncate(b);
                    default -> renumber(b);
                };
            }
            return b.length > 64 << 10 ? java.util.Arrays.copyOf(b, 64 << 10) : b;
        }

        byte[] theme(byte[] seed) {
            String text = new String(seed, StandardCharsets.UTF_8);
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                text = switch (random.nextInt(6)) {
                    case 0, 1 -> replaceValue(text);
                    case 2 -> text.replaceFirst("(?m)^(\\s*)([a-z-]+):", "$1$2" + "xyz".charAt(random.nextInt(3)) + ":");
                    case 3 -> new String(delete(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                    case 4 -> new String(duplicate(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                    default -> text.replaceFirst("(?m)^  ", random.nextBoolean() ? "" : "    ");
                };
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** Replaces one value (after ': ') with a number from the list, with or without a unit. */
        private String replaceValue(String text) {
            List<int[]> spots = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m): ([^\\n#]+)$").matcher(text);
            while (m.find()) {
                spots.add(new int[] {m.start(1), m.end(1)});
            }
            if (spots.isEmpty()) {
                return text;
            }
            int[] s = spots.get(random.nextInt(spots.size()));
            String v = NUMBERS[random.nextInt(NUMBERS.length)];
            if (random.nextBoolean() && v.matches("-?[0-9.e]+")) {
                v += UNITS[random.nextInt(UNITS.length)];
            }
            return text.substring(0, s[0]) + v + text.substring(s[1]);
        }

        private byte[] delete(byte[] b) {
            if (b.length < 2) {
                return b;
            }
            int from = random.nextInt(b.length);
            int to = Math.min(b.length, from + 1 + random.nextInt(Math.max(1, b.length / 8)));
            return concat(java.util.Arrays.copyOfRange(b, 0, from), java.util.Arrays.copyOfRange(b, to, b.length));
        }

        private byte[] duplicate(byte[] b) {
            if (b.length < 2) {
                return b;
            }
            int from = random.nextInt(b.length);
            int to = Math.min(b.length, from + 1 + random.nextInt(Math.max(1, b.length / 4)));
            byte[] part = java.util.Arrays.copyOfRange(b, from, to);
            int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 50 : 3);
            byte[] out = b;
            for (int i = 0; i < times; i++) {
                out = insertAt(out, to, part);
            }
            return out;
        }

        private byte[] insert(byte[] b, byte[] what) {
            return insertAt(b, b.length == 0 ? 0 : random.nextInt(b.length + 1), what);
        }

        private byte[] flip(byte[] b) {
            if (b.length == 0) {
                return b;
            }
            byte[] out = b.clone();
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
            return out;
        }

        private byte[] swapLines(byte[] b) {
            List<String> lines = new ArrayList<>(List.of(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
            if (lines.size() > 2) {
                java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        private byte[] truncate(byte[] b) {
            return b.length == 0 ? b : java.util.Arrays.copyOf(b, random.nextInt(b.length));
        }

        private byte[] renumber(byte[] b) {
            String s = new String(b, StandardCharsets.UTF_8);
            return s.replaceFirst("(?m)^([0-9]+)\\.", random.nextInt(20) + ".").getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] insertAt(byte[] b, int at, byte[] what) {
            return concat(concat(java.util.Arrays.copyOfRange(b, 0, at), what), java.util.Arrays.copyOfRange(b, at, b.length));
        }

        private static byte[] concat(byte[] a, byte[] c) {
            byte[] out = java.util.Arrays.copyOf(a, a.length + c.length);
            System.arraycopy(c, 0, out, a.length, c.length);
            return out;
        }
    }
}
