package org.lessonpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Japanese and a Chinese lesson in every format, with Debian's TrueType CJK fonts: one named as a .ttc file beside
 * the theme, one as an installed family. Every PDF has the text (read back with PDFBox) and embeds the font; the
 * DOCX runs carry the text and name the font, so Word and LibreOffice use it. Skips where the fonts are absent.
 */
class CjkEveryFormatTest {
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final String JAPANESE_LEAD = "日本語の教訓。";
    private static final String JAPANESE_BODY = "これは日本語の本文です。";
    private static final String CHINESE_LEAD = "中文的教训。";
    private static final String CHINESE_BODY = "这是中文的正文。";

    @TempDir
    Path dir;

    @Test
    void japaneseAndChineseInEveryFormat() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(WQY), WQY + " is not installed (fonts-wqy-microhei; .ci/run installs it)");
        Assumptions.assumeTrue(Files.isRegularFile(DROID), DROID + " is not installed (fonts-droid-fallback; .ci/run installs it)");
        Files.createDirectories(dir.resolve("fonts"));
        Files.copy(WQY, dir.resolve("fonts/wqy-microhei.ttc"));
        Path theme = Files.writeString(dir.resolve("cjk.yml"), """
                fonts:
                  serif: [Noto Serif, fonts/wqy-microhei.ttc]
                  sans: [Noto Sans, Droid Sans Fallback]
                  mono: [DejaVu Sans Mono, fonts/wqy-microhei.ttc#1]
                """);
        Path in = Files.writeString(dir.resolve("cjk.md"), "---\ntitle: Tokyo and Beijing\nlanguage: ja\n---\n\n## 日本語\n\n1. **"
                + JAPANESE_LEAD + "** " + JAPANESE_BODY + "\n\n## 中文\n\n2. **" + CHINESE_LEAD + "** " + CHINESE_BODY + "\n");
        Path out = dir.resolve("out");
        CliRunner.Outcome r = new CliRunner().env("SOURCE_DATE_EPOCH", "1700000000").run("export", "--theme", theme.toString(), "-o",
                out.toString(), "--impose", "saddle-stitch", "--tile", "A4", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.errWithoutSummary()).isEmpty();

        assertThat(Files.readString(out.resolve("cjk-json.json"))).contains(JAPANESE_LEAD, CHINESE_BODY);
        for (String pdf : List.of("booklet", "booklet-imposed", "poster", "poster-tiles", "cards")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve("cjk-" + pdf + ".pdf").toFile())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                assertThat(text).as(pdf).contains(JAPANESE_LEAD, JAPANESE_BODY, CHINESE_LEAD, CHINESE_BODY);
            }
        }
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out.resolve("cjk-slides.docx")))) {
            List<XWPFRun> runs = docx.getParagraphs().stream().map(XWPFParagraph::getRuns).flatMap(List::stream).toList();
            for (String text : List.of(JAPANESE_LEAD, JAPANESE_BODY, CHINESE_LEAD, CHINESE_BODY)) {
                XWPFRun run = runs.stream().filter(x -> x.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(
                        text + " not in " + runs.stream().map(XWPFRun::text).collect(Collectors.joining("|"))));
                var fonts = run.getCTR().getRPr().getRFontsArray(0);
                assertThat(fonts.getAscii()).as(text).isEqualTo("Droid Sans Fallback");
                assertThat(fonts.getEastAsia()).as(text).isEqualTo("Droid Sans Fallback");
            }
        }
        CliRunner.Outcome check = new CliRunner().run("check", "--theme", theme.toString(), in.toString());
        assertThat(check.outLines()).contains("  font: WenQuanYi Micro Hei regular (serif): " + dir.toRealPath().resolve("fonts/wqy-microhei.ttc")
                + "#0, Apache License 2.0", "  font: Droid Sans Fallback regular (sans): " + DROID + ", Apache License 2.0");
    }
}
