package org.lessonpress.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.testing.Distribution;
import org.lessonpress.testing.ShellCompletion;
import org.lessonpress.testing.Tools;

/**
 * target/lessonpress-VERSION.zip and .tar.gz as a user gets them: the files, their modes and times, and that the
 * unpacked launcher, completion scripts and Windows script are the ones the build means.
 */
class DistributionIT {
    private static final List<String> FILES = List.of("bin/lessonpress", "bin/lessonpress.cmd", "lib/lessonpress.jar",
            "completion/lessonpress.bash", "completion/lessonpress.zsh", "LICENSE", "NOTICE", "THIRD-PARTY-NOTICES.md",
            "README.md", "licenses/fonts/LICENSE-Noto.txt", "licenses/fonts/LICENSE-DejaVu.txt",
            "licenses/hyphenation/LPPL-1.3c.txt", "licenses/hyphenation/en_US.txt", "licenses/libraries/picocli/LICENSE.txt",
            "licenses/libraries/openpdf/MPL-2.0.txt", "licenses/libraries/pdfbox/LICENSE", "licenses/libraries/pdfbox/NOTICE");

    @TempDir
    Path dir;

    /** One entry of an archive: path below the top folder, Unix mode, time, whether a folder. */
    private record Entry(String path, int mode, Instant time, boolean folder) {
    }

    @Test
    void bothArchivesHoldTheSameFilesWithTheBuildsTimeAndSetModes() throws IOException {
        String top = "lessonpress-" + Distribution.version() + "/";
        Instant stamp = Instant.parse(property("project.build.outputTimestamp"));
        List<Entry> zip = zipEntries(top);
        List<Entry> tar = tarEntries(top);
        assertThat(zip.stream().map(Entry::path)).containsAll(FILES).doesNotHaveDuplicates();
        assertThat(tar.stream().filter(e -> !e.folder()).map(Entry::path))
                .containsExactlyElementsOf(zip.stream().filter(e -> !e.folder()).map(Entry::path).toList());
        for (List<Entry> entries : List.of(zip, tar)) {
            for (Entry e : entries) {
                int expected = e.folder() || e.path().startsWith("bin/") ? 0755 : 0644;
                assertThat(e.mode() & 07777).as(e.path() + " mode").isEqualTo(expected);
                assertThat(e.time()).as(e.path() + " time").isEqualTo(stamp);
            }
        }
        try (ZipFile z = ZipFile.builder().setPath(Distribution.zip()).get(); InputStream in = z.getInputStream(z.getEntry(top + "lib/lessonpress.jar"))) {
            assertThat(in.readAllBytes()).as("the shaded jar itself").isEqualTo(Files.readAllBytes(Distribution.JAR));
        }
    }

    @Test
    void theUnpackedTarGzKeepsTheLaunchersModeAndRuns() throws Exception {
        assumeTrue(Tools.onPath("tar") && Tools.onPath("bash"), "tar and bash are needed");
        Path home = Distribution.unpackTarGz(dir.resolve("opt"));
        assertThat(home.resolve("bin/lessonpress")).isExecutable();
        Distribution.Run r = Distribution.run(dir, Map.of("JAVA_HOME", System.getProperty("java.home"), "LESSONPRESS_NO_ARCHIVE", "1"),
                List.of(home.resolve("bin/lessonpress").toString(), "formats"));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> writers = r.out().lines().dropWhile(l -> !l.startsWith("Writers")).skip(1)
                .map(l -> l.strip().split(" ")[0]).toList();
        assertThat(writers).containsExactly("json", "booklet", "poster", "cards", "slides");
    }

    @Test
    void theCompletionScriptsAreTheJarsOwnAndLoadInTheirShells() throws Exception {
        assumeTrue(Tools.onPath("unzip"), "unzip is not installed; skipping the completion check");
        Path home = Distribution.unpackZip(dir.resolve("opt"));
        for (String shell : List.of("bash", "zsh")) {
            Path script = home.resolve("completion/lessonpress." + shell);
            Distribution.Run fromJar = Distribution.run(dir, Map.of(), List.of(java(), "-jar", Distribution.JAR.toString(), "completion", shell));
            assertThat(Files.readString(script)).as(shell).isEqualTo(fromJar.out());
            if (Tools.onPath(shell)) {
                assertThat(ShellCompletion.offers(shell, script, dir, "ex")).as(shell).containsExactly("export");
                assertThat(ShellCompletion.offers(shell, script, dir, "export", "--til")).as(shell).containsExactly("--tile");
            }
        }
        assumeTrue(Tools.onPath("bash"), "bash is not installed");
        assertThat(ShellCompletion.bashRegistration(home.resolve("completion/lessonpress.bash"))).contains(" -F ").endsWith(" lessonpress");
    }

    /**
     * The Windows script cannot run here; what is checked is what it must do: CRLF lines, the distribution's jar or
     * LESSONPRESS_JAR, JAVA_HOME or java.exe on PATH, every argument passed on, lessonpress's exit code returned, the
     * JVM settings of bin/lessonpress, and no parenthesised block that a path with "(x86)" in it could end early.
     */
    @Test
    void theWindowsScriptRunsTheDistributionsJarWithTheLaunchersSettings() throws IOException {
        String cmd = Files.readString(Path.of("bin/lessonpress.cmd"), StandardCharsets.US_ASCII);
        assertThat(cmd).endsWith("\r\n");
        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = cmd.lines().toList();
        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(lines).contains("setlocal", "set \"LP_JAR=%LP_HOME%\\lib\\lessonpress.jar\"", "set \"LP_JAVA=%JAVA_HOME%\\bin\\java.exe\"",
                "exit /b %ERRORLEVEL%");
        String launch = lines.stream().filter(l -> l.startsWith("\"%LP_JAVA%\"")).findFirst().orElseThrow();
        assertThat(launch).endsWith(" -jar \"%LP_JAR%\" %*");
        List<String> flags = Arrays.stream(launch.split(" ")).filter(f -> f.startsWith("-XX:")).toList();
        assertThat(flags).isNotEmpty();
        assertThat(Files.readString(Path.of("bin/lessonpress"))).as("the bash launcher's settings").contains(flags);
        assertThat(lines.stream().filter(l -> !l.startsWith("rem ") && (l.contains("(") && !l.startsWith("echo "))))
                .as("no parenthesised blocks").isEmpty();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<Entry> zipEntries(String top) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (ZipFile z = ZipFile.builder().setPath(Distribution.zip()).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                assertThat(e.getName()).startsWith(top);
                out.add(new Entry(strip(e.getName(), top), e.getUnixMode(), e.getLastModifiedTime().toInstant(), e.isDirectory()));
            }
        }
        return out;
    }

    private static List<Entry> tarEntries(String top) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(Distribution.tarGz())))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getName()).startsWith(top);
                out.add(new Entry(strip(e.getName(), top), e.getMode(), e.getModTime().toInstant(), e.isDirectory()));
            }
        }
        return out;
    }

    private static String strip(String name, String top) {
        String rest = name.substring(top.length());
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** A property of pom.xml, as the build uses it. */
    static String property(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as(name + " in pom.xml").isTrue();
        return m.group(1).trim();
    }
}
