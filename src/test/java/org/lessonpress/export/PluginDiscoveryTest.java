package org.lessonpress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.theme.ThemeKey;
import org.lessonpress.theme.ValueType;

/** A format on an extra class-path entry is found through its services file, with its options and theme keys. */
class PluginDiscoveryTest {
    @TempDir
    Path dir;

    /** The "third-party" format. */
    public static final class Shout implements Exporter {
        @Override
        public String id() {
            return "shout";
        }

        @Override
        public String description() {
            return "the title in capitals";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public List<ExportOption<?>> options() {
            return List.of(ExportOption.flag("--loud", "add an exclamation mark"));
        }

        @Override
        public List<ThemeKey<?>> themeKeys() {
            return List.of(ThemeKey.of("shout.volume", ValueType.NUMBER, "how loud"));
        }

        @Override
        public void write(LessonDocument doc, ExportContext ctx, OutputStream out) throws IOException {
            out.write(doc.metadata().title().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aServicesFileOnTheClassPathAddsAFormat() throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Exporter.class.getName()), Shout.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Exporters found = Exporters.discover(loader);
            assertThat(found.ids()).contains("json", "shout");
            assertThat(found.themeKeys()).extracting(ThemeKey::path).contains("shout.volume", "fonts.serif");
            assertThat(found.find("shout").orElseThrow().options()).extracting(ExportOption::name).containsExactly("--loud");
        }
        assertThat(Exporters.discover().ids()).doesNotContain("shout");
    }
}
