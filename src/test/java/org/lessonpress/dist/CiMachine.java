package org.lessonpress.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lessonpress.testing.Distribution;

/**
 * The machine one CI job runs on, as the example tests stand it in: a fresh home, workspace and temporary folder,
 * this test's JDK, bash, and on PATH the stand-ins for what needs the network ({@code git clone}, {@code mvn}), which
 * hand over the distribution this build made.
 */
final class CiMachine {
    /** The commit the lesson repository is checked out at: its time is what the examples take as SOURCE_DATE_EPOCH. */
    static final long COMMIT_TIME = 1_700_000_000L;

    final Path home;
    final Path workspace;
    final Path temp;
    /** The job's environment: the machine's, then what the CI file and its steps set. */
    final Map<String, String> env = new LinkedHashMap<>();
    private final StringBuilder log = new StringBuilder();

    /**
     * A fresh machine at {@code root}, whatever an earlier job left there. Every job of a run gets the same paths, as
     * on GitHub's and GitLab's runners, where a restored cache is only of use if the paths it names are the same.
     */
    CiMachine(Path root, StandIns standIns) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        home = Files.createDirectories(root.resolve("home"));
        workspace = Files.createDirectories(root.resolve("workspace"));
        temp = Files.createDirectories(root.resolve("temp"));
        env.put("HOME", home.toString());
        env.put("PATH", standIns.dir() + ":" + System.getenv("PATH"));
        env.put("CI", "true");
        env.put("LANG", "C.UTF-8");
        env.putAll(standIns.env());
    }

    /** Puts the lesson repository into {@code into} as a fresh clone would: its files, and one commit of them. */
    void checkOut(Path sampleTree, Path into) throws IOException, InterruptedException {
        copy(sampleTree, into);
        Map<String, String> git = Map.of("GIT_AUTHOR_NAME", "ci", "GIT_AUTHOR_EMAIL", "ci@example.org",
                "GIT_COMMITTER_NAME", "ci", "GIT_COMMITTER_EMAIL", "ci@example.org",
                "GIT_AUTHOR_DATE", "@" + COMMIT_TIME + " +0000", "GIT_COMMITTER_DATE", "@" + COMMIT_TIME + " +0000",
                "HOME", home.toString());
        for (List<String> command : List.of(List.of("git", "init", "-q"), List.of("git", "add", "-A"),
                List.of("git", "commit", "-q", "-m", "lessons"))) {
            Distribution.Run r = Distribution.run(into, git, command);
            if (r.code() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + r.err());
            }
        }
    }

    /** Runs a shell step as the CI systems do (bash, stop at the first failing command); returns its exit code. */
    int bash(String title, String script, Path dir, Map<String, String> stepEnv) throws IOException, InterruptedException {
        Path file = Files.createTempFile(temp, "step", ".sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Map<String, String> all = new LinkedHashMap<>(env);
        all.putAll(stepEnv);
        Distribution.Run r = Distribution.run(dir, all, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString()));
        log.append("== ").append(title).append(" (exit ").append(r.code()).append(")\n").append(script.strip()).append("\n-- stdout\n")
                .append(r.out()).append("-- stderr\n").append(r.err());
        return r.code();
    }

    void note(String line) {
        log.append("== ").append(line).append('\n');
    }

    String log() {
        return log.toString();
    }

    /** The files under {@code dir}, as paths relative to it, sorted. */
    static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** Copies a file or a folder's contents into {@code to}, keeping modes. */
    static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        for (String f : files(from)) {
            copy(from.resolve(f), to.resolve(f));
        }
    }
}
