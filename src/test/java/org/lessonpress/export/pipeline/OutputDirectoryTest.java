package org.lessonpress.export.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
    @TempDir
    Path dir;

    private static void write(OutputStream s, String text) throws IOException {
        s.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBatchIsStagedInHiddenFilesAndMovedIntoPlaceTogether() throws IOException {
        OutputDirectory out = new OutputDirectory(dir.resolve("out"));
        OutputDirectory.Batch batch = out.batch();
        write(batch.open("team-a/x-json.json"), "{}");
        write(batch.open("team-a/x-booklet.pdf"), "%PDF");
        assertThat(names(dir.resolve("out/team-a"))).hasSize(2).allMatch(n -> n.startsWith(".x-") && n.endsWith(".part"));
        List<OutputDirectory.Written> written = batch.commit();
        assertThat(names(dir.resolve("out/team-a"))).containsExactly("x-booklet.pdf", "x-json.json");
        assertThat(written).extracting(OutputDirectory.Written::shown)
                .containsExactly(dir.resolve("out/team-a/x-json.json").toString(), dir.resolve("out/team-a/x-booklet.pdf").toString());
        assertThat(written.get(0).sha256()).isEqualTo(DependencyKey.sha256("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(written.get(0).bytes()).isEqualTo(2);
    }

    @Test
    void withoutAReportTheFilesGetAChecksumAndNoSha256() throws IOException {
        OutputDirectory.Batch batch = new OutputDirectory(dir.resolve("out"), false).batch();
        byte[] bytes = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        OutputStream s = batch.open("x-json.json");
        s.write(bytes[0]);
        s.write(bytes, 1, bytes.length - 1);
        OutputDirectory.Written w = batch.commit().get(0);
        assertThat(w.sha256()).isNull();
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        assertThat(w.checksum()).isEqualTo(String.format("crc:%08x%08x", c.getValue(), d.getValue()));
        assertThat(FileHash.matches(dir.resolve("out/x-json.json"), w.checksum())).isTrue();
        Files.writeString(dir.resolve("out/x-json.json"), "{\"a\": 2}");
        assertThat(FileHash.matches(dir.resolve("out/x-json.json"), w.checksum())).as("same size, other bytes").isFalse();
    }

    @Test
    void aDiscardedBatchLeavesTheEarlierFilesAsTheyWere() throws IOException {
        Path earlier = dir.resolve("out/x-json.json");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, "earlier");
        OutputDirectory.Batch batch = new OutputDirectory(dir.resolve("out")).batch();
        write(batch.open("x-json.json"), "new");
        batch.discard();
        assertThat(names(dir.resolve("out"))).containsExactly("x-json.json");
        assertThat(earlier).hasContent("earlier");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path target = dir.resolve("out/secret-json.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        OutputDirectory.Batch batch = new OutputDirectory(dir.resolve("out")).batch();
        write(batch.open("secret-json.json"), "new");
        batch.commit();
        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void interruptingRemovesEveryStagedFileAndRefusesNewOnesButKeepsWhatWasCommitted() throws IOException {
        OutputDirectory out = new OutputDirectory(dir.resolve("out"));
        OutputDirectory.Batch done = out.batch();
        write(done.open("a-json.json"), "a");
        done.commit();
        OutputDirectory.Batch running = out.batch();
        write(running.open("b-json.json"), "b");
        write(running.open("b-booklet.pdf"), "b");
        assertThat(out.interrupt()).isEqualTo(2);
        assertThat(names(dir.resolve("out"))).containsExactly("a-json.json");
        assertThatThrownBy(() -> running.open("b-cards.pdf")).isInstanceOf(OutputException.class).hasMessageContaining("interrupted");
        assertThatThrownBy(running::commit).isInstanceOf(OutputException.class);
        assertThat(out.committed()).extracting(OutputDirectory.Written::relative).containsExactly("a-json.json");
    }

    @Test
    void stagedFilesOfAProcessThatIsGoneAreRemovedThoseOfALiveOneStay() throws Exception {
        Path folder = dir.resolve("out");
        Files.createDirectories(folder);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = folder.resolve(".x-booklet.pdf." + gone.pid() + "-7.part");
        Files.writeString(dead, "half");
        long me = ProcessHandle.current().pid();
        Path mine = folder.resolve(".x-cards.pdf." + me + "-9999999.part");
        Files.writeString(mine, "in progress");
        Path reused = folder.resolve(".x-poster.pdf." + me + "-9999998.part");
        Files.writeString(reused, "from a process that had this id before this one started");
        Files.setLastModifiedTime(reused, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Path notOurs = folder.resolve(".x-notes.txt.part");
        Files.writeString(notOurs, "someone else's naming");
        OutputDirectory out = new OutputDirectory(folder);
        OutputDirectory.Batch batch = out.batch();
        write(batch.open("x-json.json"), "{}");
        batch.commit();
        assertThat(dead).doesNotExist();
        assertThat(reused).doesNotExist();
        assertThat(mine).exists();
        assertThat(notOurs).exists();
        assertThat(out.leftoversRemoved()).hasSize(2);
    }

    @Test
    void aFileWhereAFolderIsNeededIsAnOutputErrorNamingTheTargetAndTheReason() throws IOException {
        Files.writeString(dir.resolve("team-a"), "a file, not a folder");
        OutputDirectory out = new OutputDirectory(dir);
        OutputException e = org.junit.jupiter.api.Assertions.assertThrows(OutputException.class,
                () -> out.batch().open("team-a/x-json.json"));
        assertThat(e.target()).isEqualTo(dir.resolve("team-a/x-json.json").toString());
        assertThat(e.reason()).doesNotContain(".part").contains("team-a").contains("is a file where a folder is needed");
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() {
        OutputDirectory out = new OutputDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> out.batch().open("../escape.json")).isInstanceOf(OutputException.class)
                .hasMessageContaining("refusing to write outside");
    }

    @Test
    void reasonsAreWordsNotExceptionNames() {
        assertThat(OutputException.reason(new AccessDeniedException("/x/.a.part"))).isEqualTo("permission denied");
        assertThat(OutputException.reason(new NotDirectoryException("/x"))).isEqualTo("not a directory");
        assertThat(OutputException.reason(new FileSystemException("/x", null, "No space left on device"))).isEqualTo("disk full");
        assertThat(OutputException.reason(new IOException("No space left on device"))).isEqualTo("disk full");
        assertThat(OutputException.reason(new FileSystemException("/x", null, "Read-only file system"))).isEqualTo("read-only file system");
        assertThat(OutputException.reason(new FileSystemException("/x", null, "Not a directory"))).isEqualTo("not a directory");
    }
}
