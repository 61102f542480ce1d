package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lessonpress.testing.Corpus;

/** The parts POI saves into {@link PackageParts} are the entries, name for name and byte for byte, of its own zip. */
class PackagePartsTest {
    /** A document with XML parts of every kind a deck has (body, styles, footer, properties) and a binary part. */
    private static XWPFDocument document() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createStyles();
        doc.createParagraph().createRun().setText("Lessons learned, \u00e9t\u00e9 \u2014 \u4e2d\u6587");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("footer");
        doc.getProperties().getCoreProperties().setTitle("A title");
        // A fixed time: POI stamps a new document with the clock, which may tick between the two documents.
        doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(Corpus.EPOCH)));
        byte[] binary = new byte[5000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7919 >> 3);
        }
        doc.addPictureData(binary, Document.PICTURE_TYPE_PNG);
        return doc;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    @Test
    void thePartsAreTheEntriesOfTheZipPoiWrites() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (XWPFDocument doc = document()) {
            doc.write(zip);
        }
        Map<String, byte[]> parts;
        try (XWPFDocument doc = document(); PackageParts captured = new PackageParts()) {
            doc.write(captured);
            parts = captured.parts();
        }
        Map<String, byte[]> expected = unzip(zip.toByteArray());
        assertThat(expected.keySet()).contains("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/styles.xml", "word/footer1.xml", "docProps/core.xml", "word/media/image1.png");
        assertThat(parts.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(parts.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(parts.get("word/document.xml"), StandardCharsets.UTF_8)).contains("\u00e9t\u00e9 \u2014 \u4e2d\u6587");
    }

    @Test
    void aFolderEntryIsSkippedAndBytesOutsideAPartAreRefused() throws Exception {
        try (PackageParts parts = new PackageParts()) {
            parts.putArchiveEntry(new ZipArchiveEntry("word/"));
            parts.closeArchiveEntry();
            parts.putArchiveEntry(new ZipArchiveEntry("a.xml"));
            parts.write('<');
            parts.write("x/>".getBytes(StandardCharsets.US_ASCII));
            parts.closeArchiveEntry();
            assertThat(parts.parts()).containsOnlyKeys("a.xml");
            assertThat(parts.parts().get("a.xml")).isEqualTo("<x/>".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> parts.write(1)).isInstanceOf(IOException.class);
            assertThatThrownBy(parts::closeArchiveEntry).isInstanceOf(IOException.class);
        }
    }
}
