package org.lessonpress.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party format as its author would ship it: compiled here against the shaded jar, packed with its services
 * file, put on the class path beside lessonpress.jar and run through {@code org.lessonpress.cli.Main}. Its theme key
 * with a default never bothers other formats; one without a default fails only its own format, until a theme sets it.
 */
class PluginIT {
    private static final Path JAR = Path.of("target/lessonpress.jar").toAbsolutePath();

    @TempDir
    static Path dir;
    private static Path plugin;

    private static final String SHOUT = """
            package com.example.shout;

            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;
            import java.util.List;
            import java.util.Locale;
            import org.lessonpress.export.ExportContext;
            import org.lessonpress.export.ExportOption;
            import org.lessonpress.export.Exporter;
            import org.lessonpress.model.LessonDocument;
            import org.lessonpress.theme.ThemeKey;
            import org.lessonpress.theme.ValueType;

            /** The title in capitals, with as many exclamation marks as the volume when --loud. */
            public final class ShoutExporter implements Exporter {
                static final ExportOption<Boolean> LOUD = ExportOption.flag("--loud", "end with exclamation marks");
                static final ThemeKey<Integer> VOLUME = ThemeKey.of("shout.volume", ValueType.integer(0, 11), "how loud", 3);

                public String id() { return "shout"; }
                public String description() { return "the title in capitals"; }
                public String extension() { return "txt"; }
                public List<ExportOption<?>> options() { return List.of(LOUD); }
                public List<ThemeKey<?>> themeKeys() { return List.of(VOLUME); }

                public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
                    String text = doc.metadata().title().toUpperCase(Locale.ROOT)
                            + (ctx.option(LOUD) ? "!".repeat(ctx.theme(VOLUME)) : "") + "\\n";
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            """;

    /** Written against the first plug-in API: a key with no default, which no bundled theme knows. */
    private static final String WHISPER = """
            package com.example.shout;

            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;
            import java.util.List;
            import org.lessonpress.export.ExportContext;
            import org.lessonpress.export.Exporter;
            import org.lessonpress.model.LessonDocument;
            import org.lessonpress.theme.ThemeKey;
            import org.lessonpress.theme.ValueType;

            public final class WhisperExporter implements Exporter {
                static final ThemeKey<String> WORD = ThemeKey.of("whisper.word", ValueType.TEXT, "what to whisper");

                public String id() { return "whisper"; }
                public String description() { return "a word, quietly"; }
                public String extension() { return "txt"; }
                public List<ThemeKey<?>> themeKeys() { return List.of(WORD); }

                public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
                    out.write(("(" + ctx.theme(WORD) + ")\\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            """;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void buildThePlugin() throws IOException {
        assertThat(JAR).as("mvn package makes the jar before integration tests").exists();
        Path src = Files.createDirectories(dir.resolve("src/com/example/shout"));
        Files.writeString(src.resolve("ShoutExporter.java"), SHOUT);
        Files.writeString(src.resolve("WhisperExporter.java"), WHISPER);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "--release", "17", "-cp", JAR.toString(), "-d", classes.toString(),
                src.resolve("ShoutExporter.java").toString(), src.resolve("WhisperExporter.java").toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        plugin = dir.resolve("shout.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugin)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.lessonpress.export.Exporter"));
            jar.write("com.example.shout.ShoutExporter\ncom.example.shout.WhisperExporter\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    private static Run main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + java.io.File.pathSeparator + plugin, "org.lessonpress.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theBundledFormatsRunWithThePluginOnTheClassPath() throws Exception {
        Run r = main("export", "--sample", "-f", "json,booklet", "-o", "bundled");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines()).as("the summary line only").singleElement().asString().startsWith("lessonpress: 1 input, ");
        assertThat(dir.resolve("bundled/conf-lessons-2024-json.json")).isNotEmptyFile();
    }

    @Test
    void thePluginsFormatWritesItsBytesAndItsOptionAndKeyWork() throws Exception {
        Run plain = main("export", "--sample", "-f", "shout", "-o", "plain");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(Files.readString(dir.resolve("plain/conf-lessons-2024-shout.txt")))
                .isEqualTo("39 LESSONS FROM INDUSTRY ML CONFERENCES IN 2024\n");
        Run loud = main("export", "--sample", "-f", "shout", "--loud", "-o", "loud");
        assertThat(Files.readString(dir.resolve("loud/conf-lessons-2024-shout.txt"))).endsWith("2024!!!\n");
        Path theme = Files.writeString(dir.resolve("louder.yml"), "shout:\n  volume: 5\n");
        Run louder = main("export", "--sample", "-f", "shout", "--loud", "--theme", theme.toString(), "-o", "louder");
        assertThat(louder.code()).as(louder.err()).isZero();
        assertThat(Files.readString(dir.resolve("louder/conf-lessons-2024-shout.txt"))).endsWith("2024!!!!!\n");
        Path tooLoud = Files.writeString(dir.resolve("too-loud.yml"), "# eleven is the most\nshout:\n  volume: 12\n");
        Run refused = main("export", "--sample", "-f", "json", "--theme", tooLoud.toString(), "-o", "refused");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo(tooLoud + ":3: error: shout.volume: 12 is out of range 0–11\n");
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @Test
    void aKeyWithoutADefaultFailsOnlyItsOwnFormatUntilAThemeSetsIt() throws Exception {
        Run unset = main("export", "--sample", "-f", "whisper", "-o", "unset");
        assertThat(unset.code()).isEqualTo(1);
        assertThat(unset.err().lines().toList()).hasSize(2).first().asString()
                .startsWith("theme 'default': error: the theme does not set whisper.word");
        Path theme = Files.writeString(dir.resolve("hush.yml"), "whisper:\n  word: hush\n");
        Run set = main("export", "--sample", "-f", "whisper", "--theme", theme.toString(), "-o", "set");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(Files.readString(dir.resolve("set/conf-lessons-2024-whisper.txt"))).isEqualTo("(hush)\n");
    }

    @Test
    void helpAndFormatsListThePlugin() throws Exception {
        Run help = main("export", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("shout options:").contains("--loud").contains("end with exclamation marks");
        Run formats = main("formats");
        assertThat(formats.out()).contains("shout").contains("whisper");
    }
}
