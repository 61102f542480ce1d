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

/**
 * The shaded jar as users run it, and {@code bin/lessonpress}: the launcher makes its class archive on the first run,
 * uses it on the next, and writes exactly the bytes {@code java -jar} writes.
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

        Run plain = run(env, java("export", "-o", dir.resolve("plain").toString(), "--impose", "saddle-stitch"));
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err()).as("nothing on stderr, no logging noise").isEmpty();

        Run first = run(env, launcher("export", "-o", dir.resolve("first").toString(), "--impose", "saddle-stitch"));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        try (Stream<Path> cache = Files.list(dir.resolve("cache/lessonpress"))) {
            assertThat(cache).singleElement().satisfies(a -> {
                assertThat(a.getFileName().toString()).matches("classes-.*\\.(jsa|aot)");
                assertThat(Files.size(a)).isGreaterThan(1_000_000);
            });
        }
        Map<String, String> logging = new java.util.HashMap<>(env);
        logging.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + dir.resolve("classes.log"));
        Run second = run(logging, launcher("export", "-o", dir.resolve("second").toString(), "--impose", "saddle-stitch"));
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

    @Test
    void badInputFromTheJarIsOneLineAndExitCodeOne() throws Exception {
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: [unclosed\n---\n\n1. **Lead.** Body.\n");
        Run r = run(Map.of(), java("export", "-o", dir.resolve("o").toString(), bad.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith(bad + ":");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    /** Every file in a folder by name (also for LocaleIT). */
    static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
