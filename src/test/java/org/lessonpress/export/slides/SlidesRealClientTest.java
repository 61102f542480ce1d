package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonpress.export.pdfbox.InkExtents;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.FontChain;

/**
 * Opens the decks in real clients: LibreOffice converts every corpus deck to PDF in one run (it is slow to start),
 * and each PDF must have exactly one page per slide with every lead on its own slide; pandoc must read every lead
 * back. LibreOffice exits 0 even when it fails, so the PDFs are checked, not the exit code. Skipped, with a message,
 * where the tools are not installed.
 */
@Tag("real-client")
class SlidesRealClientTest {
    private static final String[] STEMS = {"sample", "one-lesson", "nineteen-plain", "forty-three-nested", "three-ninety", "multilingual"};

    @TempDir
    static Path dir;

    private static boolean converted;

    @BeforeAll
    static void convertAll() throws Exception {
        if (!onPath("libreoffice")) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("libreoffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        for (String stem : STEMS) {
            Path docx = dir.resolve(stem + ".docx");
            Files.write(docx, SlidesTestSupport.write(stem));
            cmd.add(docx.toString());
        }
        Path narrow = dir.resolve("sample-4x3.docx");
        Files.write(narrow, SlidesTestSupport.write("sample", java.util.Map.of("--aspect", "4:3")));
        cmd.add(narrow.toString());
        Path nested = dir.resolve("forty-three-nested-4x3.docx");
        Files.write(nested, SlidesTestSupport.write("forty-three-nested", java.util.Map.of("--aspect", "4:3")));
        cmd.add(nested.toString());
        Path embedded = dir.resolve("multilingual-embedded.docx");
        Files.write(embedded, SlidesTestSupport.write("multilingual", java.util.Map.of("--embed-fonts", "true")));
        cmd.add(embedded.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        System.out.printf("libreoffice converted %d decks in %.1f s%n", STEMS.length + 3, (System.nanoTime() - start) / 1e9);
        converted = true;
    }

    @Test
    void libreOfficeSetsEverySlideOnExactlyOnePage() throws IOException {
        assumeTrue(converted, "libreoffice is not installed; skipping the real-client check of the slides DOCX");
        for (String stem : List.of("sample", "one-lesson", "nineteen-plain", "forty-three-nested", "three-ninety", "multilingual", "sample-4x3", "forty-three-nested-4x3", "multilingual-embedded")) {
            LessonDocument model = stem.startsWith("sample") ? Corpus.sample()
                    : Corpus.load(stem.replace("-embedded", "").replace("-4x3", ""));
            Path pdf = dir.resolve(stem + ".pdf");
            assertThat(pdf).as("LibreOffice wrote " + pdf + "; its log: " + log()).exists();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile());
                 var docx = SlidesTestSupport.open(Files.readAllBytes(dir.resolve(stem + ".docx")))) {
                int slides = SlidesDocxTest.slideStarts(docx).size() + 1;
                assertThat(slides).isEqualTo(SlidesDocxTest.expectedSlides(model));
                assertThat(doc.getNumberOfPages()).as(stem + ": pages = slides").isEqualTo(slides);
                List<String> pages = new ArrayList<>();
                PDFTextStripper strip = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    strip.setStartPage(i);
                    strip.setEndPage(i);
                    pages.add(strip.getText(doc));
                }
                assertThat(key(pages.get(0))).as(stem + " title slide").contains(key(model.metadata().title()));
                int page = 1;
                for (Lesson l : model.allLessons()) {
                    String start = key(l.number() + visible(l.leadText()));
                    while (page < pages.size() && !key(pages.get(page)).startsWith(start)) {
                        page++;
                    }
                    assertThat(page).as(stem + ": a slide that starts with lesson " + l.number() + " and its lead").isLessThan(pages.size());
                }
                assertThat(pages).as(stem + ": no blank page").allMatch(t -> !t.isBlank());
            }
        }
    }

    /**
     * The fitter predicts LibreOffice's line breaks: on every slide of three decks, the lines LibreOffice sets (its
     * text's distinct baselines, the footer left out) are the lines the core's first fit predicts at the full text
     * width, give or take the few slides where a word processor's own rules differ (ties the core keeps that
     * LibreOffice breaks, its kerning); the fit itself keeps 3 % of the width in reserve for those. (LibreOffice 7.4
     * on this machine, 2026-12-01: all 128 slides of the three decks as predicted.)
     */
    @Test
    void theFitterPredictsLibreOfficesLines() throws IOException {
        assumeTrue(converted, "libreoffice is not installed; skipping the real-client check of the slides DOCX");
        double bottom = Corpus.theme().get(SlideKeys.MARGIN_BOTTOM);
        for (String stem : List.of("sample", "forty-three-nested", "multilingual")) {
            LessonDocument model = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
            SlidesExporter.Deck deck = SlidesExporter.plan(model, SlidesTestSupport.context(stem, java.util.Map.of()));
            int same = 0;
            List<String> off = new ArrayList<>();
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(stem + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(deck.fitted().size());
                for (int i = 0; i < deck.fitted().size(); i++) {
                    int predicted = deck.fitter().lines(deck.fitted().get(i));
                    int set = baselines(pdf, i + 1, pdf.getPage(i).getMediaBox().getHeight() - bottom);
                    if (predicted == set) {
                        same++;
                    } else {
                        off.add(String.format(java.util.Locale.ROOT, "slide %d: %d predicted, %d set", i + 1, predicted, set));
                    }
                    assertThat(Math.abs(predicted - set)).as("%s slide %d: predicted %d lines, LibreOffice set %d", stem, i + 1,
                            predicted, set).isLessThanOrEqualTo(1);
                }
            }
            System.out.printf("%s: LibreOffice set the predicted lines on %d of %d slides %s%n", stem, same,
                    deck.fitted().size(), off);
            assertThat(same).as(stem + ": " + off).isGreaterThanOrEqualTo(deck.fitted().size() * 9 / 10);
        }
    }

    /** The distinct baselines of a page's text above {@code footerTop} (pt from the top), lines 1 pt apart or more. */
    private static int baselines(PDDocument pdf, int page, double footerTop) throws IOException {
        java.util.TreeSet<Double> ys = new java.util.TreeSet<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                if (t.getYDirAdj() < footerTop && !t.getUnicode().isBlank()) {
                    ys.add((double) t.getYDirAdj());
                }
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(pdf);
        int lines = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            if (y - last >= 1) {
                lines++;
            }
            last = y;
        }
        return lines;
    }

    /**
     * The lesson slides as LibreOffice sets them: the extent of their text (every glyph's outline, the footer left
     * out) is centred in the body area, between the top and bottom margins, within 5 % of the page height.
     */
    @Test
    void libreOfficeShowsEveryLessonCentredInTheBodyArea() throws IOException {
        assumeTrue(converted, "libreoffice is not installed; skipping the real-client check of the slides DOCX");
        var theme = Corpus.theme();
        double top = theme.get(SlideKeys.MARGIN_TOP);
        double bottom = theme.get(SlideKeys.MARGIN_BOTTOM);
        for (String stem : List.of("sample", "one-lesson", "nineteen-plain", "forty-three-nested", "multilingual", "sample-4x3",
                "forty-three-nested-4x3")) {
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(stem + ".pdf").toFile());
                 var docx = SlidesTestSupport.open(Files.readAllBytes(dir.resolve(stem + ".docx")))) {
                List<List<org.apache.poi.xwpf.usermodel.XWPFParagraph>> slides = SlidesDocxTest.slides(docx);
                double worst = 0;
                int lessons = 0;
                for (int i = 0; i < slides.size(); i++) {
                    if (!SlidesDocxTest.kind(slides.get(i)).equals("lesson")) {
                        continue;
                    }
                    var page = pdf.getPage(i);
                    double h = page.getMediaBox().getHeight();
                    double highest = Double.NEGATIVE_INFINITY;
                    double lowest = Double.POSITIVE_INFINITY;
                    for (var g : InkExtents.of(page).of(InkExtents.Kind.GLYPH)) {
                        if (g.bounds().top() <= bottom) {
                            continue; // the footer, in the bottom margin
                        }
                        highest = Math.max(highest, g.bounds().top());
                        lowest = Math.min(lowest, g.bounds().y());
                    }
                    double bodyCentre = bottom + (h - top - bottom) / 2;
                    double off = ((highest + lowest) / 2 - bodyCentre) / h;
                    worst = Math.max(worst, Math.abs(off));
                    lessons++;
                    assertThat(Math.abs(off)).as("%s slide %d: text from %.0f to %.0f pt (PDF y), centre off by %.1f %% of the page",
                            stem, i + 1, lowest, highest, off * 100).isLessThanOrEqualTo(0.05);
                }
                System.out.printf("%s: %d lesson slides, the least centred %.1f %% of the page height off%n", stem, lessons, worst * 100);
            }
        }
    }

    @Test
    void aFrenchDeckShowsFrenchLabelsAndAnEnglishOneEnglish() throws IOException {
        assumeTrue(converted, "libreoffice is not installed; skipping the real-client check of the slides DOCX");
        try (PDDocument fr = Loader.loadPDF(dir.resolve("multilingual.pdf").toFile());
             PDDocument en = Loader.loadPDF(dir.resolve("sample.pdf").toFile())) {
            String french = new PDFTextStripper().getText(fr);
            assertThat(french).contains("Introduction", "Programme", "Merci").doesNotContain("Agenda", "Thank you");
            String english = new PDFTextStripper().getText(en);
            assertThat(english).contains("Introduction", "Agenda", "Thank you", "Source:");
        }
    }

    @Test
    void pandocReadsEveryLead() throws Exception {
        assumeTrue(onPath("pandoc"), "pandoc is not installed; skipping the pandoc read-back of the slides DOCX");
        for (String stem : STEMS) {
            LessonDocument model = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
            Path docx = dir.resolve(stem + "-pandoc.docx");
            Files.write(docx, SlidesTestSupport.write(stem));
            Process p = new ProcessBuilder("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", docx.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            String plain = squash(text);
            for (Lesson l : model.allLessons()) {
                assertThat(plain).as(stem + " lesson " + l.number()).contains(squash(visible(l.leadText())));
            }
        }
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("lo.log"));
        } catch (IOException e) {
            return "(none)";
        }
    }

    /** Letters and digits only: PDF text extraction drops the hyphen of a word broken at a line end. */
    private static String key(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !FontChain.isIgnorable(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static boolean onPath(String tool) {
        return org.lessonpress.testing.Tools.onPath(tool);
    }
}
