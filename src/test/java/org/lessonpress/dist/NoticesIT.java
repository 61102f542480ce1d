package org.lessonpress.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessonpress.testing.Distribution;

/**
 * THIRD-PARTY-NOTICES.md lists exactly the artifacts the shaded jar bundles. Each entry of the jar is traced to the
 * jar it came from on this test's class path (the build's own dependency jars, in the local Maven repository), or
 * to lessonpress itself; an entry from nowhere, an artifact the notices do not list at its version, or a listed
 * artifact the jar no longer holds, fails.
 */
class NoticesIT {
    /** "| `group:artifact` | version |" rows of the notices' table of libraries. */
    private static final Pattern ROW = Pattern.compile("^\\| `([\\w.-]+):([\\w.-]+)` \\| ([\\w.-]+) \\|", Pattern.MULTILINE);
    /** Entries the shade plugin writes itself or merges from many jars, and lessonpress's own. */
    private static final Pattern MERGED_OR_OURS = Pattern.compile(
            "META-INF/(MANIFEST\\.MF|NOTICE|LICENSE|THIRD-PARTY-NOTICES\\.md|services/.*|maven/org\\.lessonpress/.*)|org/lessonpress/.*");

    private static Map<String, String> listed;
    private static Map<String, Set<String>> bundled;

    @BeforeAll
    static void read() throws IOException {
        listed = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("THIRD-PARTY-NOTICES.md")));
        while (m.find()) {
            assertThat(listed.put(m.group(1) + ":" + m.group(2), m.group(3))).as("listed once: " + m.group(2)).isNull();
        }
        bundled = bundledArtifacts();
    }

    @Test
    void everyArtifactInTheJarIsListedAtItsVersion() {
        Map<String, String> inJar = new TreeMap<>();
        bundled.keySet().forEach(coordinates -> inJar.put(coordinates.substring(0, coordinates.lastIndexOf(':')),
                coordinates.substring(coordinates.lastIndexOf(':') + 1)));
        assertThat(inJar).as("THIRD-PARTY-NOTICES.md lists every artifact the jar bundles, with its version")
                .containsExactlyInAnyOrderEntriesOf(listed);
        assertThat(inJar).as("the jar holds the libraries it is known to need").containsKeys("info.picocli:picocli",
                "org.apache.pdfbox:pdfbox", "com.github.librepdf:openpdf", "org.apache.poi:poi-ooxml", "org.commonmark:commonmark");
    }

    @Test
    void everyListedLibraryHasItsLicenceTextsInTheDistribution() throws IOException {
        String top = "lessonpress-" + Distribution.version() + "/licenses/libraries/";
        Set<String> folders = new TreeSet<>();
        try (ZipFile z = ZipFile.builder().setPath(Distribution.zip()).get()) {
            java.util.Collections.list(z.getEntries()).stream().filter(e -> !e.isDirectory() && e.getName().startsWith(top))
                    .forEach(e -> folders.add(e.getName().substring(top.length(), e.getName().indexOf('/', top.length()))));
        }
        Set<String> artifacts = new TreeSet<>();
        listed.keySet().forEach(k -> artifacts.add(k.substring(k.indexOf(':') + 1)));
        assertThat(folders).as("licenses/libraries/<artifactId>/ with at least one file, for each listed library")
                .containsExactlyElementsOf(artifacts);
    }

    /** group:artifact:version → the shaded jar's entries that came from it. */
    private static Map<String, Set<String>> bundledArtifacts() throws IOException {
        Map<String, Set<String>> owners = new HashMap<>();
        for (String element : classPath()) {
            Path p = Path.of(element).toAbsolutePath();
            // Failsafe puts the shaded jar itself on the class path: it owns everything and tells nothing.
            if (!element.endsWith(".jar") || !Files.isRegularFile(p) || p.startsWith(Distribution.TARGET)) {
                continue;
            }
            String coordinates = coordinates(p);
            try (JarFile jar = new JarFile(p.toFile())) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (!e.isDirectory()) {
                        owners.computeIfAbsent(e.getName(), k -> new TreeSet<>()).add(coordinates);
                    }
                }
            }
        }
        Map<String, Set<String>> out = new TreeMap<>();
        List<String> orphans = new ArrayList<>();
        try (JarFile shaded = new JarFile(Distribution.JAR.toFile())) {
            for (JarEntry e : java.util.Collections.list(shaded.entries())) {
                String name = e.getName();
                if (e.isDirectory() || MERGED_OR_OURS.matcher(name).matches()) {
                    continue;
                }
                // picocli is compiled into the jar from its sources: the names match its published classes, mostly.
                Set<String> from = name.startsWith("picocli/") ? Set.of(picocli()) : owners.get(name);
                if (from == null) {
                    orphans.add(name);
                    continue;
                }
                for (String c : from) {
                    out.computeIfAbsent(c, k -> new TreeSet<>()).add(name);
                }
            }
        }
        assertThat(orphans).as("entries of the shaded jar that come from no known artifact").isEmpty();
        // An entry that several jars share (a licence file, say) does not make each of them bundled on its own.
        out.entrySet().removeIf(a -> a.getValue().stream().allMatch(n -> owners.getOrDefault(n, Set.of()).size() > 1));
        return out;
    }

    /** The test class path as Failsafe builds it (java.class.path is only its manifest jar). */
    private static List<String> classPath() {
        return List.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator));
    }

    private static String picocli() {
        for (String element : classPath()) {
            if (element.matches(".*/info/picocli/picocli/[^/]+/picocli-[^/]+\\.jar")) {
                return coordinates(Path.of(element));
            }
        }
        throw new IllegalStateException("picocli's jar (a provided dependency) is not on the test class path");
    }

    /** group:artifact:version of a jar in a Maven repository: .../group/path/artifact/version/artifact-version.jar. */
    private static String coordinates(Path jar) {
        Path versionDir = jar.getParent();
        Path artifactDir = versionDir.getParent();
        String version = versionDir.getFileName().toString();
        String artifact = artifactDir.getFileName().toString();
        if (!jar.getFileName().toString().equals(artifact + "-" + version + ".jar")) {
            return jar.toString();
        }
        String repo = System.getProperty("maven.repo.local", Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path group = Path.of(repo).toAbsolutePath().relativize(artifactDir.getParent());
        return group.toString().replace(File.separatorChar, '.') + ":" + artifact + ":" + version;
    }
}
