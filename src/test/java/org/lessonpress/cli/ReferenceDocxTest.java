package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.export.ExportContext;
import org.lessonpress.export.ExportOption;
import org.lessonpress.export.Exporter;
import org.lessonpress.export.Exporters;
import org.lessonpress.model.LessonDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * {@code --reference-docx}: the CLI reads the file once, before any format runs; a file that is not a Word document,
 * or whose styles are not valid Office Open XML, is one line about that file, exit 2, and nothing is written.
 */
class ReferenceDocxTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private CliRunner.Outcome export(Path ref) {
        return new CliRunner().run("export", "--sample", "-f", "json,slides", "-o", out().toString(), "--reference-docx", ref.toString());
    }

    private void assertOneLineAndNothingWritten(CliRunner.Outcome r, String firstLine) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.firstErrLine()).startsWith(firstLine).hasSizeLessThan(300);
        assertThat(r.out()).isEmpty();
        assertThat(out()).doesNotExist();
    }

    @Test
    void aFileThatIsNotAWordDocumentIsOneLine() throws IOException {
        Path ref = Files.writeString(dir.resolve("ref.docx"), "just text, " + "not a zip ".repeat(200));
        assertOneLineAndNothingWritten(export(ref), ref + ": error: not a Word document (");
        Path missing = dir.resolve("nope.docx");
        assertOneLineAndNothingWritten(export(missing), missing + ": error: no such file");
    }

    @Test
    void aNegativeSizeInAStyleIsAUsageErrorNamingTheStyle() throws IOException {
        Path ref = reference(dir.resolve("neg.docx"), xml -> xml.replace("<w:color w:val=\"C00000\"/>",
                "<w:color w:val=\"C00000\"/><w:sz w:val=\"-48\"/>"));
        assertOneLineAndNothingWritten(export(ref), ref + ": error: style 'Heading2' is not valid Office Open XML (");
    }

    @Test
    void aForeignElementInAStyleIsAUsageErrorNamingTheStyle() throws IOException {
        Path ref = reference(dir.resolve("xi.docx"), xml -> xml.replaceFirst("<w:styles ", "<w:styles xmlns:xi=\"http://www.w3.org/2001/XInclude\" ")
                .replace("<w:name w:val=\"Lesson Number\"/>", "<w:name w:val=\"Lesson Number\"/><xi:include href=\"file:///etc/passwd\"/>"));
        assertOneLineAndNothingWritten(export(ref), ref + ": error: style 'LessonNumber' is not valid Office Open XML (");
    }

    @Test
    void wordExtensionsItMayIgnoreAreDroppedAndTheDeckIsValid() throws Exception {
        Path ref = reference(dir.resolve("w14.docx"), xml -> xml.replaceFirst("<w:styles ",
                        "<w:styles xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                                + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\" ")
                .replace("<w:color w:val=\"C00000\"/>", "<w:color w:val=\"C00000\"/><w14:ligatures w14:val=\"standard\"/>"));
        CliRunner.Outcome r = export(ref);
        assertThat(r.code()).as(r.err()).isZero();
        try (XWPFDocument deck = new XWPFDocument(Files.newInputStream(out().resolve("conf-lessons-2024-slides.docx")))) {
            assertThat(deck.getStyle().xmlText()).contains("C00000").doesNotContain("ligatures");
            assertThat(deck.getStyle().validate()).isTrue();
        }
    }

    @Test
    void pandocsOwnReferenceDocIsAccepted() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("pandoc", "--version").start().waitFor() == 0, "pandoc is not installed");
        Path ref = dir.resolve("pandoc.docx");
        Process p = new ProcessBuilder("pandoc", "-o", ref.toString(), "--print-default-data-file", "reference.docx").start();
        assertThat(p.waitFor()).isZero();
        CliRunner.Outcome r = export(ref);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void optionsAreParsedOnceAndTheirFilesReadOncePerRun() throws IOException {
        AtomicInteger parses = new AtomicInteger();
        AtomicInteger fileParses = new AtomicInteger();
        ExportOption<Integer> level = ExportOption.of("--level", "N", "1", "a number", v -> {
            parses.incrementAndGet();
            return Integer.parseInt(v);
        });
        ExportOption<String> data = ExportOption.file("--data", "FILE", "a file", 1000, (name, bytes) -> {
            fileParses.incrementAndGet();
            return new String(bytes, StandardCharsets.UTF_8);
        });
        Exporter echo = new Exporter() {
            public String id() {
                return "echo";
            }

            public String description() {
                return "the data file, the level times";
            }

            public String extension() {
                return "txt";
            }

            public List<ExportOption<?>> options() {
                return List.of(level, data);
            }

            public void write(LessonDocument doc, ExportContext ctx, OutputStream o) throws IOException {
                for (int i = 0; i < 3; i++) {
                    ctx.option(level);
                    ctx.option(data);
                }
                o.write((ctx.option(data).repeat(ctx.option(level))).getBytes(StandardCharsets.UTF_8));
                assertThat(ctx.file(data)).isEqualTo("ab".getBytes(StandardCharsets.UTF_8));
            }
        };
        Path file = Files.writeString(dir.resolve("data.txt"), "ab");
        Path one = Files.writeString(dir.resolve("one.md"), "---\ntitle: One\n---\n\n1. **A.** b\n");
        Path two = Files.writeString(dir.resolve("two.md"), "---\ntitle: Two\n---\n\n1. **A.** b\n");
        CliRunner.Outcome r = new CliRunner().exporters(Exporters.of(List.of(echo)))
                .run("export", "-o", out().toString(), "--level", "2", "--data", file.toString(), one.toString(), two.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out().resolve("two-echo.txt"))).isEqualTo("abab");
        assertThat(parses).hasValue(1);
        assertThat(fileParses).hasValue(1);
    }

    /** A small .docx made with POI (Heading2 and LessonNumber styles), its styles part edited by {@code edit}. */
    private static Path reference(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument r = new XWPFDocument()) {
            XWPFStyles st = r.createStyles();
            for (String[] s : new String[][] {{"Heading2", "heading 2"}, {"LessonNumber", "Lesson Number"}}) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId(s[0]);
                style.addNewName().setVal(s[1]);
                style.addNewRPr().addNewColor().setVal("C00000");
                st.addStyle(new XWPFStyle(style, st));
            }
            r.createParagraph().createRun().setText("reference");
            r.write(plain);
        }
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/styles.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String edited = edit.apply(xml);
                    assertThat(edited).as("the edit applies").isNotEqualTo(xml);
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }
}
