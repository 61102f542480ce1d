package org.lessonpress.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.testing.Distribution;

/**
 * The shaded jar as users run it, and {@code bin/lessonpress}, in the source tree and in the unpacked distribution:
 * the launcher makes its class archive on the first run, uses it on the next, and writes exactly the bytes
 * {@code java -jar} writes.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target/lessonpress.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("bin/lessonpress").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> java(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        c.addAll(List.of(args));
        return c;
    }

    private static List<String> launcher(String... args) {
        List<String> c = new ArrayList<>(List.of(LAUNCHER.toString()));
        c.addAll(List.of(args));
        return c;
    }

    @Test
    void theLauncherWritesTheBytesOfJavaJarAndMakesThenUsesItsArchive() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bin/lessonpress needs bash");
        assertThat(JAR).as("mvn package makes the jar before integration tests").exists();
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));

        Run plain = run(env, java("export", "--sample", "-o", dir.resolve("plain").toString(), "--impose", "saddle-stitch"));
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err().lines()).as("only the summary on stderr, no logging noise").singleElement().asString()
                .startsWith("lessonpress: 1 input, 6 files written, 0 up to date, 0 warnings, 0 errors, ");

        Run first = run(env, launcher("export", "--sample", "-o", dir.resolve("first").toString(), "--impose", "saddle-stitch"));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err().lines()).singleElement().asString().startsWith("lessonpress: 1 input, 6 files written");
        try (Stream<Path> cache = Files.list(dir.resolve("cache/lessonpress"))) {
            assertThat(cache).singleElement().satisfies(a -> {
                assertThat(a.getFileName().toString()).matches("classes-.*\\.(jsa|aot)");
                assertThat(Files.size(a)).isGreaterThan(1_000_000);
            });
        }
        Map<String, String> logging = new java.util.HashMap<>(env);
        logging.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + dir.resolve("classes.log"));
        Run second = run(logging, launcher("export", "--sample", "-o", dir.resolve("second").toString(), "--impose", "saddle-stitch"));
        assertThat(second.code()).as(second.err()).isZero();
        List<String> ours = Files.readAllLines(dir.resolve("classes.log")).stream()
                .filter(l -> l.contains(" org.lessonpress.export.booklet.") && !l.contains("$$Lambda")).toList();
        assertThat(ours).as("booklet classes loaded").isNotEmpty();
        assertThat(ours).as("and every one (but a lambda or two made at run time) from the archive").allMatch(l -> l.contains("shared objects file"));

        Map<String, byte[]> expected = files(dir.resolve("plain"));
        assertThat(expected).hasSize(6);
        assertThat(first.out()).isEqualTo(plain.out().replace(dir.resolve("plain").toString(), dir.resolve("first").toString()));
        for (String run : List.of("first", "second")) {
            Map<String, byte[]> got = files(dir.resolve(run));
            assertThat(got.keySet()).containsExactlyElementsOf(expected.keySet());
            got.forEach((name, bytes) -> assertThat(bytes).as(run + "/" + name).isEqualTo(expected.get(name)));
        }
    }

    /**
     * Unpacked anywhere and reached through a chain of symlinks on PATH (a relative link to an absolute one), the
     * distribution's launcher finds lib/lessonpress.jar, makes its archive and writes the bytes of java -jar; so it
     * does through a symlinked folder, and a symlink to the source tree's launcher finds target/lessonpress.jar.
     */
    @Test
    void theDistributionRunsFromAnywhereThroughSymlinksOnPath() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bin/lessonpress needs bash");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")), "unzip is not installed; skipping the distribution check");
        Path home = Distribution.unpackZip(dir.resolve("opt"));
        Path links = Files.createDirectories(dir.resolve("links"));
        Path onPath = Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(links.resolve("lp"), home.resolve("bin/lessonpress"));
        Files.createSymbolicLink(onPath.resolve("lessonpress"), Path.of("../links/lp"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "PATH", onPath + ":" + System.getenv("PATH"));

        List<String> args = new ArrayList<>(List.of("export", "--sample", "--impose", "saddle-stitch"));
        List<String> viaPath = new ArrayList<>(List.of("bash", "-c", "cd \"$1\" && shift && lessonpress \"$@\"", "bash",
                elsewhere.toString()));
        viaPath.addAll(args);
        viaPath.addAll(List.of("-o", dir.resolve("dist").toString()));
        Run dist = run(env, viaPath);
        assertThat(dist.code()).as(dist.err()).isZero();
        assertThat(dist.err().lines()).as("the summary line only").singleElement().asString().startsWith("lessonpress: 1 input, ");
        try (Stream<Path> cache = Files.list(dir.resolve("cache/lessonpress"))) {
            assertThat(cache).as("the archive of the distribution's jar").singleElement()
                    .satisfies(a -> assertThat(a.getFileName().toString()).matches("classes-.*\\.(jsa|aot)"));
        }
        List<String> plainArgs = new ArrayList<>(args);
        plainArgs.addAll(List.of("-o", dir.resolve("plain").toString()));
        Run plain = run(env, java(plainArgs.toArray(String[]::new)));
        assertThat(plain.code()).as(plain.err()).isZero();
        Map<String, byte[]> expected = files(dir.resolve("plain"));
        Map<String, byte[]> got = files(dir.resolve("dist"));
        assertThat(got.keySet()).containsExactlyElementsOf(expected.keySet());
        got.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(expected.get(name)));

        // Unpacked afresh in the same place (a CI job restoring its cache): new inodes, same files; the archive is used.
        String archive;
        try (Stream<Path> cache = Files.list(dir.resolve("cache/lessonpress"))) {
            archive = cache.findFirst().orElseThrow().getFileName().toString();
        }
        try (Stream<Path> old = Files.walk(dir.resolve("opt"))) {
            for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(Distribution.unpackZip(dir.resolve("opt"))).isEqualTo(home);
        Map<String, String> logging = new java.util.HashMap<>(env);
        logging.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + dir.resolve("unpacked-again.log"));
        List<String> again = new ArrayList<>(viaPath.subList(0, viaPath.size() - 1));
        again.add(dir.resolve("again").toString());
        Run second = run(logging, again);
        assertThat(second.code()).as(second.err()).isZero();
        try (Stream<Path> cache = Files.list(dir.resolve("cache/lessonpress"))) {
            assertThat(cache.map(p -> p.getFileName().toString())).as("no second archive").containsExactly(archive);
        }
        assertThat(Files.readAllLines(dir.resolve("unpacked-again.log")).stream()
                .filter(l -> l.contains(" org.lessonpress.export.booklet.") && !l.contains("$$Lambda")))
                .as("booklet classes from the archive").isNotEmpty().allMatch(l -> l.contains("shared objects file"));

        Files.createSymbolicLink(dir.resolve("current"), home);
        Run folder = run(env, List.of(dir.resolve("current/bin/lessonpress").toString(), "--version"));
        assertThat(folder.code()).as(folder.err()).isZero();
        assertThat(folder.out()).startsWith("lessonpress " + Distribution.version() + "\n");
        Files.createSymbolicLink(links.resolve("from-source"), LAUNCHER);
        Run source = run(Map.of("JAVA_HOME", System.getProperty("java.home"), "LESSONPRESS_NO_ARCHIVE", "1"),
                List.of(links.resolve("from-source").toString(), "--version"));
        assertThat(source.code()).as(source.err()).isZero();
        assertThat(source.out()).startsWith("lessonpress ");
    }

    @Test
    void withoutAJarTheLauncherSaysWhereItLookedAndExitsTwo() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bin/lessonpress needs bash");
        Path bin = Files.createDirectories(dir.resolve("lonely/bin"));
        Files.copy(LAUNCHER, bin.resolve("lessonpress"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Run r = run(Map.of(), List.of(bin.resolve("lessonpress").toString(), "--version"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lessonpress: no lessonpress.jar in " + dir.resolve("lonely") + "/lib (a distribution) or "
                + dir.resolve("lonely") + "/target (a source tree); in the source tree build it first: mvn -q -DskipTests package\n");
    }

    @Test
    void badInputFromTheJarIsOneLineAndExitCodeOne() throws Exception {
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: [unclosed\n---\n\n1. **Lead.** Body.\n");
        Run r = run(Map.of(), java("export", "-o", dir.resolve("o").toString(), bad.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(2).first().asString().startsWith(bad + ":");
        assertThat(r.err().lines().skip(1)).singleElement().asString().startsWith("lessonpress: 1 input, 0 files written, 0 up to date, 0 warnings, 1 error, ");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    /** Every file in a folder by name (also for LocaleIT). */
    static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue; // the incremental manifest: its times differ from run to run
                }
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
