package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.Diagnostic;

class ManifestTest {
    @TempDir
    Path dir;

    private Manifest.Product product(String key) throws IOException {
        return product(key, true);
    }

    /** A product whose file's hash is its SHA-256 (a run with a report) or its checksum (one without). */
    private Manifest.Product product(String key, boolean sha256) throws IOException {
        Path f = dir.resolve("a-booklet.pdf");
        Files.writeString(f, "pdf bytes");
        FileHash.Running h = new FileHash.Running(sha256);
        byte[] bytes = Files.readAllBytes(f);
        h.update(bytes, 0, bytes.length);
        return new Manifest.Product("a-booklet.pdf", "booklet", "lessons/a.md", key,
                List.of(new Manifest.FileEntry("a-booklet.pdf", Files.size(f), FileHash.recorded(h.sha256(), h.checksum()),
                        Files.getLastModifiedTime(f).toMillis(), 4)),
                List.of(Diagnostic.warning("lessons/a.md", 3, 2, "a warning\twith a tab, a \\ and\na newline")));
    }

    @Test
    void whatIsWrittenReadsBackAndTellsWhatIsCurrent() throws IOException {
        Manifest m = Manifest.empty();
        Manifest.Product p = product("k1");
        m.put(p);
        m.write(new OutputDirectory(dir));
        Manifest back = Manifest.read(dir);
        assertThat(back.problem()).isNull();
        assertThat(back.get("a-booklet.pdf")).contains(p);
        assertThat(back.current("a-booklet.pdf", "k1", dir)).contains(p);
        assertThat(back.current("a-booklet.pdf", "k2", dir)).as("another key").isEmpty();
    }

    @ParameterizedTest(name = "recorded by SHA-256: {0}")
    @ValueSource(booleans = {true, false})
    void anOutputWithANewTimeButTheSameBytesIsStillCurrentAnEditedOrDeletedOneIsNot(boolean sha256) throws IOException {
        Manifest m = Manifest.empty();
        Manifest.Product p = product("k", sha256);
        assertThat(p.files().get(0).hash()).as("what is recorded").matches(sha256 ? "[0-9a-f]{64}" : "crc:[0-9a-f]{16}");
        m.put(p);
        Path f = dir.resolve("a-booklet.pdf");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() - 60_000));
        assertThat(m.current("a-booklet.pdf", "k", dir)).as("restored from a cache with another time").isPresent();
        Files.writeString(f, "PDF BYTES"); // same size, other bytes
        assertThat(m.current("a-booklet.pdf", "k", dir)).isEmpty();
        Files.delete(f);
        assertThat(m.current("a-booklet.pdf", "k", dir)).isEmpty();
    }

    @Test
    void aManifestEditedByHandIsAProblemNotACrash() throws IOException {
        for (String text : List.of("garbage", "lessonpress-manifest 1\nfile\tx\t1\n", "lessonpress-manifest 1\nproduct\ta\tb\tc\td\n",
                "lessonpress-manifest 1\nproduct\ta\tb\tc\td\nfile\ta\tNaN\tx\t1\t-\n", "lessonpress-manifest 9\n")) {
            Files.writeString(dir.resolve(Manifest.NAME), text);
            Manifest m = Manifest.read(dir);
            assertThat(m.problem()).as(text).isNotNull();
            assertThat(m.get("a")).isEmpty();
        }
    }

    @Test
    void writingMergesWithWhatAnotherRunWroteMeanwhile() throws IOException {
        Manifest first = Manifest.empty();
        first.put(new Manifest.Product("x.json", "json", "x.md", "k", List.of(new Manifest.FileEntry("x.json", 1, "s", 1, null)), List.of()));
        Manifest second = Manifest.read(dir);
        first.write(new OutputDirectory(dir));
        second.put(new Manifest.Product("y.json", "json", "y.md", "k", List.of(new Manifest.FileEntry("y.json", 1, "s", 1, null)), List.of()));
        second.write(new OutputDirectory(dir));
        Manifest both = Manifest.read(dir);
        assertThat(both.get("x.json")).isPresent();
        assertThat(both.get("y.json")).isPresent();
    }
}
