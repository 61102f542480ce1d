package org.lessonpress.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) and SIGTERM at ten random moments of an all-format export of 390 lessons, sent to the java process
 * of the shaded jar: the shutdown hook leaves no staged file, the files are either all the earlier ones or all the
 * new ones (never a mix), the new ones are reported when they were committed, and after a kill -9 the next run
 * removes what the killed one left.
 */
class InterruptIT {
    private static final Path JAR = Path.of("target/lessonpress.jar").toAbsolutePath();
    private static final Path INPUT = Path.of("src/test/resources/corpus/three-ninety.md").toAbsolutePath();
    private static final String EARLIER = "1730419200";
    private static final String NEWER = "1767225600";

    @TempDir
    Path dir;

    private record Run(Process process, Path out, Path err) {
        String output() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    private Run start(String epoch, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "export", INPUT.toString(), "-o", dir.resolve("out").toString(), "--theme",
                dir.resolve("small.yml").toString(), "--poster-size", "1189x1682mm", "--impose", "saddle-stitch", "--tile", "A4"));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("SOURCE_DATE_EPOCH", epoch);
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Run(pb.start(), out, err);
    }

    private static int finish(Run r) throws InterruptedException {
        assertThat(r.process().waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return r.process().exitValue();
    }

    private Map<String, byte[]> outputs() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path out = dir.resolve("out");
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private List<String> parts() throws IOException {
        return outputs().keySet().stream().filter(n -> n.endsWith(".part")).toList();
    }

    /** Whether the process ignores SIGINT (a background job of a shell without job control does): then SIGTERM. */
    private static boolean ignoresInterrupt(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    private static final boolean KILL = Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill"));

    /** SIGINT through kill(1); SIGTERM through Java itself, and also for SIGINT where there is no kill(1). */
    private static String signal(Process p, String name) throws IOException, InterruptedException {
        if (name.equals("TERM") || !KILL) {
            p.destroy();
            return "TERM";
        }
        new ProcessBuilder("kill", "-s", name, Long.toString(p.pid())).inheritIO().start().waitFor();
        return name;
    }

    @Test
    void aSignalAtAnyMomentLeavesNoStagedFileAndNeverAMixOfOldAndNewOutputs() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads /proc to find how the JVM treats SIGINT");
        assertThat(JAR).as("mvn package makes the jar before integration tests").exists();
        Files.writeString(dir.resolve("small.yml"), "extends: default\nposter:\n  min-body-size:\n    a0: 4pt\n    a1: 4pt\n    a2: 4pt\n    a3: 4pt\n    a4: 4pt\n");

        long t0 = System.nanoTime();
        Run earlier = start(EARLIER);
        assertThat(finish(earlier)).as(earlier.output()).isZero();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, byte[]> before = outputs();
        before.remove(".lessonpress-manifest");
        assertThat(before.keySet()).containsExactlyInAnyOrder("three-ninety-json.json", "three-ninety-booklet.pdf",
                "three-ninety-booklet-imposed.pdf", "three-ninety-poster.pdf", "three-ninety-poster-tiles.pdf",
                "three-ninety-cards.pdf", "three-ninety-slides.docx");

        long t1 = System.nanoTime();
        Run newer = start(NEWER, "--force");
        assertThat(finish(newer)).isZero();
        seconds = Math.min(seconds, (System.nanoTime() - t1) / 1e9);
        Map<String, byte[]> after = outputs();
        after.remove(".lessonpress-manifest");
        assertThat(after.get("three-ninety-booklet.pdf")).as("another date, other bytes").isNotEqualTo(before.get("three-ninety-booklet.pdf"));
        long t2 = System.nanoTime();
        assertThat(finish(start(EARLIER, "--force"))).isZero();
        seconds = Math.min(seconds, (System.nanoTime() - t2) / 1e9);

        Random random = new Random(390);
        int committed = 0;
        int interrupted = 0;
        for (int round = 0; round < 10; round++) {
            long delay = (long) (200 + random.nextDouble() * seconds * 900); // within the fastest run seen
            String name = round % 2 == 0 ? "INT" : "TERM";
            Run r = start(NEWER, "--force");
            Thread.sleep(delay);
            if (r.process().isAlive()) {
                if (name.equals("INT") && ignoresInterrupt(r.process().pid())) {
                    name = "TERM";
                }
                name = signal(r.process(), name);
            }
            int code = finish(r);
            String said = r.output();
            String moment = "round " + round + ": SIG" + name + " after " + delay + " ms, exit " + code + "\n" + said;
            assertThat(parts()).as(moment).isEmpty();
            Map<String, byte[]> now = outputs();
            now.remove(".lessonpress-manifest");
            boolean allNew = now.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), after.get(e.getKey())));
            boolean allOld = now.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), before.get(e.getKey())));
            assertThat(now.keySet()).as(moment).isEqualTo(before.keySet());
            assertThat(allNew || allOld).as("all earlier or all new, never a mix: " + moment).isTrue();
            if (code == 130 || code == 143) {
                interrupted++;
                if (!said.isBlank()) { // blank: the signal came before the run began (and before anything was staged)
                    assertThat(said).as(moment).contains("lessonpress: interrupted: ");
                }
            }
            if (allNew && !allOld) {
                committed++;
                assertThat(said).as("the files written are reported: " + moment).contains("three-ninety-booklet.pdf");
                Run back = start(EARLIER, "--force");
                assertThat(finish(back)).isZero();
            }
        }
        assertThat(interrupted).as("most signals land while the export runs").isGreaterThanOrEqualTo(5);

        Run killed = start(NEWER, "--force");
        long deadline = System.nanoTime() + (long) (seconds * 2e9);
        while (parts().isEmpty() && killed.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean staged = !parts().isEmpty();
        killed.process().destroyForcibly();
        finish(killed);
        Run next = start(EARLIER);
        assertThat(finish(next)).as(next.output()).isZero();
        assertThat(parts()).as("the next run removes what a kill -9 left").isEmpty();
        if (staged) {
            assertThat(next.output()).contains("unfinished file").contains("that an interrupted run left");
        }
        Map<String, byte[]> last = outputs();
        last.remove(".lessonpress-manifest");
        last.forEach((n, bytes) -> assertThat(bytes).as(n).isEqualTo(before.get(n)));
        System.out.println("interrupted " + interrupted + " of 10, committed before the signal " + committed + ", kill -9 left staged files: " + staged);
    }
}
