package org.lessonpress.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The distribution archives {@code mvn package} makes, unpacked as a user unpacks them, and commands run as a user runs them. */
public final class Distribution {
    public static final Path TARGET = Path.of("target").toAbsolutePath();
    public static final Path JAR = TARGET.resolve("lessonpress.jar");

    /** What a command printed and how it ended. */
    public record Run(int code, String out, String err) {
    }

    private Distribution() {
    }

    /** target/lessonpress-VERSION.zip; there is exactly one after a package. */
    public static Path zip() throws IOException {
        return archive(".zip");
    }

    /** target/lessonpress-VERSION.tar.gz. */
    public static Path tarGz() throws IOException {
        return archive(".tar.gz");
    }

    /** The version the archives are named with: their top folder is lessonpress-VERSION. */
    public static String version() throws IOException {
        String name = zip().getFileName().toString();
        return name.substring("lessonpress-".length(), name.length() - ".zip".length());
    }

    private static Path archive(String extension) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().matches("lessonpress-[0-9][^/]*\\Q" + extension + "\\E"))
                    .toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one target/lessonpress-<version>" + extension + " (made by mvn package), found " + found);
            }
            return found.get(0);
        }
    }

    /** Unpacks the zip with {@code unzip} into {@code dir}; returns the distribution's folder, lessonpress-VERSION. */
    public static Path unpackZip(Path dir) throws IOException, InterruptedException {
        return unpack(dir, List.of("unzip", "-q", zip().toString()));
    }

    /** Unpacks the .tar.gz with {@code tar} into {@code dir}; returns the distribution's folder. */
    public static Path unpackTarGz(Path dir) throws IOException, InterruptedException {
        return unpack(dir, List.of("tar", "xzf", tarGz().toString()));
    }

    private static Path unpack(Path dir, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Run r = run(dir, Map.of(), command);
        if (r.code() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + r.err());
        }
        return dir.resolve("lessonpress-" + version());
    }

    /** Runs {@code command} in {@code dir} with the environment given on top of this one's (without JVM options). */
    public static Run run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("lessonpress-run", ".out");
        Path err = Files.createTempFile("lessonpress-run", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 5 minutes");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
