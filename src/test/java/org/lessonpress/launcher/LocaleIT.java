package org.lessonpress.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar in JVMs started with the locales that once broke the booklet (OpenPDF wrote its cross-reference
 * table with Arabic-Indic or Thai digits) and a few more that change number, date and case rules: every file of every
 * format, the imposed booklet and the poster tiles included, is byte for byte the en_US run's, and every PDF passes
 * {@code qpdf --check}.
 */
class LocaleIT {
    private static final Path JAR = Path.of("target/lessonpress.jar").toAbsolutePath();
    /** language, country, variant: th_TH_TH asks for Thai digits, the others for their own digits, separators or case. */
    private static final List<String[]> LOCALES = List.of(new String[] {"en", "US", ""}, new String[] {"ar", "EG", ""},
            new String[] {"fa", "IR", ""}, new String[] {"hi", "IN", ""}, new String[] {"th", "TH", "TH"},
            new String[] {"tr", "TR", ""}, new String[] {"de", "DE", ""});

    @TempDir
    static Path dir;

    private static final Map<String, Map<String, byte[]>> outputs = new LinkedHashMap<>();

    @BeforeAll
    static void exportUnderEveryLocale() throws Exception {
        assertThat(JAR).as("mvn package makes the jar before integration tests").exists();
        Path multilingual = Path.of("src/test/resources/corpus/multilingual.md").toAbsolutePath();
        for (String[] l : LOCALES) {
            String tag = l[0] + "_" + l[1] + (l[2].isEmpty() ? "" : "_" + l[2]);
            Path out = dir.resolve(tag);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=" + l[0], "-Duser.country=" + l[1], "-Duser.variant=" + l[2], "-jar", JAR.toString(),
                    "export", "-o", out.toString(), "--name", "{stem}-{format}.{ext}", "--impose", "saddle-stitch", "--tile", "A4",
                    Path.of("samples/conf-lessons-2024.md").toAbsolutePath().toString(), multilingual.toString()));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("JDK_JAVA_OPTIONS");
            pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
            Path err = dir.resolve(tag + ".err");
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
            Process p = pb.start();
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(tag + " finished").isTrue();
            assertThat(p.exitValue()).as(tag + ": " + Files.readString(err, StandardCharsets.UTF_8)).isZero();
            outputs.put(tag, LauncherIT.files(out));
        }
    }

    @Test
    void everyOutputIsTheBytesOfTheEnglishRun() {
        Map<String, byte[]> english = outputs.get("en_US");
        assertThat(english.keySet()).as("both inputs in every format, with the imposed booklet and the tiles")
                .contains("conf-lessons-2024-booklet.pdf", "conf-lessons-2024-booklet-imposed.pdf", "conf-lessons-2024-poster-tiles.pdf",
                        "conf-lessons-2024-slides.docx", "multilingual-cards.pdf", "multilingual-json.json")
                .hasSize(14);
        outputs.forEach((tag, files) -> {
            assertThat(files.keySet()).as(tag).containsExactlyElementsOf(english.keySet());
            files.forEach((name, bytes) -> assertThat(bytes).as(tag + "/" + name).isEqualTo(english.get(name)));
        });
    }

    @Test
    void everyPdfPassesQpdf() throws Exception {
        Assumptions.assumeTrue(onPath("qpdf"), "qpdf is not installed; .ci/run installs it");
        for (Map.Entry<String, Map<String, byte[]>> run : outputs.entrySet()) {
            for (String name : run.getValue().keySet()) {
                if (!name.endsWith(".pdf")) {
                    continue;
                }
                Process p = new ProcessBuilder("qpdf", "--check", dir.resolve(run.getKey()).resolve(name).toString())
                        .redirectErrorStream(true).start();
                String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor()).as(run.getKey() + "/" + name + ": " + report).isZero();
            }
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
