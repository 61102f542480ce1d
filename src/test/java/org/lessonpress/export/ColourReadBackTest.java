package org.lessonpress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;
import org.lessonpress.testing.PageInk;
import org.lessonpress.theme.CoreKeys;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.colour.Lab;
import org.lessonpress.theme.colour.Palette;
import org.lessonpress.theme.colour.SectionColours;

/**
 * Reads the colours back out of every format's file (the slides through LibreOffice's PDF, and their DOCX styles)
 * for the sample, the nested, multilingual and plain files, in the default and ink-saver themes: every glyph meets
 * the contrast rule against what it sits on; each section's lesson numbers, rules and fills have one sRGB value in
 * every format, the palette's; and different sections' fills and rules differ by the theme's L* separation.
 */
class ColourReadBackTest {
    private static final List<String> STEMS = List.of("sample", "forty-three-nested", "multilingual", "nineteen-plain");
    private static final List<String> THEMES = List.of("default", "ink-saver");
    private static final List<String> FORMATS = List.of("booklet", "poster", "cards", "slides");

    @TempDir
    static Path dir;

    private static boolean slidesConverted;
    private static final Map<String, List<PageInk>> PAGES = new ConcurrentHashMap<>();

    /** LibreOffice converts every deck in one run: it is slow to start. */
    @BeforeAll
    static void convertSlides() throws Exception {
        if (!onPath("soffice")) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        for (String stem : STEMS) {
            for (String theme : THEMES) {
                Path docx = dir.resolve(stem + "-" + theme + ".docx");
                Files.write(docx, write("slides", stem, theme));
                cmd.add(docx.toString());
            }
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        slidesConverted = true;
    }

    static Stream<Arguments> files() {
        List<Arguments> out = new ArrayList<>();
        for (String format : FORMATS) {
            for (String stem : STEMS) {
                for (String theme : THEMES) {
                    out.add(Arguments.of(format, stem, theme));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (String stem : STEMS) {
            for (String theme : THEMES) {
                out.add(Arguments.of(stem, theme));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("files")
    void everyGlyphReadsOnWhatItSitsOn(String format, String stem, String theme) {
        Theme t = Corpus.theme(theme);
        List<PageInk> pages = pages(format, stem, theme);
        List<String> failures = new ArrayList<>();
        int glyphs = 0;
        for (int i = 0; i < pages.size(); i++) {
            for (PageInk.Glyph g : pages.get(i).glyphs) {
                if (g.text().isBlank()) {
                    continue;
                }
                glyphs++;
                double need = g.large() ? t.get(CoreKeys.CONTRAST_LARGE_TEXT) : t.get(CoreKeys.CONTRAST_TEXT);
                if (g.contrast() < need - 1e-9) {
                    failures.add("page " + (i + 1) + ": " + g + ", needs " + need + ":1");
                }
            }
        }
        assertThat(glyphs).as("glyphs read").isGreaterThan(100);
        assertThat(failures).as(format + " " + stem + " " + theme + ": glyphs under the contrast rule").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void lessonNumbersAreTheirSectionsTextColourInEveryFormat(String stem, String theme) {
        LessonDocument doc = Corpus.load(Corpus.path(stem));
        Palette palette = Corpus.theme(theme).palette();
        Map<String, Map<Integer, Rgb>> byFormat = new LinkedHashMap<>();
        for (String format : formats()) {
            byFormat.put(format, lessonNumbers(pages(format, stem, theme), doc));
        }
        for (LessonDocument.Entry e : doc.entries()) {
            Rgb expected = palette.sectionOrAccent(colourOf(doc, e.topSection(), palette)).text();
            for (String format : byFormat.keySet()) {
                assertThat(byFormat.get(format).get(e.lesson().number()))
                        .as(format + " " + stem + " " + theme + ": colour of lesson " + e.lesson().number() + "'s number")
                        .isEqualTo(expected);
            }
        }
        if (slidesConverted) {
            assertThat(byFormat).containsKey("slides");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void sectionRulesAndFillsHaveOneValueEverywhereAndDifferInLightness(String stem, String theme) throws IOException {
        LessonDocument doc = Corpus.load(Corpus.path(stem));
        Theme t = Corpus.theme(theme);
        Palette palette = t.palette();
        boolean outline = "outline".equals(t.values().get("cards.band-style"));
        Map<Integer, List<Rgb>> rules = new LinkedHashMap<>();
        Map<Integer, List<Rgb>> fills = new LinkedHashMap<>();
        bookletBars(pages("booklet", stem, theme), doc, palette).forEach((s, c) -> put(rules, s, c));
        List<PageInk> cover = pages("booklet", stem, theme).subList(0, 1);
        List<PageInk.Fill> strip = cover.get(0).fills.stream().filter(f -> Math.abs(f.bounds().height() - 5) < 0.01).toList();
        assertThat(strip).hasSize(Math.max(1, Math.min(doc.sections().size(), 6)));
        for (int i = 0; i < strip.size(); i++) {
            put(fills, doc.sections().isEmpty() ? -1 : i, strip.get(i).color());
        }
        posterBands(pages("poster", stem, theme), doc, palette).forEach((s, c) -> put(rules, s, c));
        cardBands(pages("cards", stem, theme), doc, outline, palette).forEach((s, c) -> put(outline ? rules : fills, s, c));
        slidesRules(stem, theme, palette).forEach((s, c) -> put(rules, s, c));

        int used = doc.sections().isEmpty() ? 1 : Math.min(doc.sections().size(), palette.sections().size());
        assertThat(rules).as("sections whose rules were read back").hasSize(used);
        for (Map.Entry<Integer, List<Rgb>> e : rules.entrySet()) {
            assertThat(e.getValue()).as(stem + " " + theme + ": rules of section " + e.getKey() + " in every format")
                    .containsOnly(palette.sectionOrAccent(e.getKey()).rule());
        }
        for (Map.Entry<Integer, List<Rgb>> e : fills.entrySet()) {
            assertThat(e.getValue()).as(stem + " " + theme + ": fills of section " + e.getKey() + " in every format")
                    .containsOnly(palette.sectionOrAccent(e.getKey()).fill());
        }
        double separation = t.get(CoreKeys.SEPARATION);
        for (Map<Integer, List<Rgb>> role : List.of(rules, fills)) {
            List<Integer> sections = new ArrayList<>(role.keySet());
            for (int i = 0; i < sections.size(); i++) {
                for (int j = i + 1; j < sections.size(); j++) {
                    Rgb a = role.get(sections.get(i)).get(0);
                    Rgb b = role.get(sections.get(j)).get(0);
                    assertThat(Math.abs(Lab.of(a).l() - Lab.of(b).l())).as(stem + " " + theme + ": L* of sections "
                            + sections.get(i) + " (" + a + ") and " + sections.get(j) + " (" + b + ")")
                            .isGreaterThanOrEqualTo(separation);
                }
            }
        }
    }

    /** The palette entry a top-level section takes (they cycle), or -1 for the accent (no section). */
    private static int colourOf(LessonDocument doc, org.lessonpress.model.Section top, Palette palette) {
        return top == null ? -1 : Math.floorMod(doc.sections().indexOf(top), palette.sections().size());
    }

    private static void put(Map<Integer, List<Rgb>> role, int section, Rgb colour) {
        role.computeIfAbsent(section, k -> new ArrayList<>()).add(colour);
    }

    /** The formats whose files this machine can read: the slides need LibreOffice. */
    private static List<String> formats() {
        return slidesConverted ? FORMATS : FORMATS.subList(0, 3);
    }

    /** Each lesson's number colour, as {@link #numberGlyphs} finds it. */
    static Map<Integer, Rgb> lessonNumbers(List<PageInk> pages, LessonDocument doc) {
        Map<Integer, Rgb> out = new LinkedHashMap<>();
        numberGlyphs(pages, doc.allLessons()).forEach((n, g) -> out.put(n, g.color()));
        return out;
    }

    /**
     * The first glyph of each lesson's number: the digits painted just before its lead's first letters, at their
     * largest (so not the contents' entry or a card back's small heading).
     */
    static Map<Integer, PageInk.Glyph> numberGlyphs(List<PageInk> pages, List<Lesson> lessons) {
        List<PageInk.Glyph> glyphs = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PageInk.Glyph g : pages.get(p).glyphs) {
                if (!g.text().isBlank() && !g.text().equals("\u00a0")) {
                    glyphs.add(g);
                    pageOf.add(p);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        List<Integer> glyphAt = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            for (char c : glyphs.get(i).text().toCharArray()) {
                text.append(c);
                glyphAt.add(i);
            }
        }
        Map<Integer, PageInk.Glyph> out = new LinkedHashMap<>();
        for (Lesson l : lessons) {
            String lead = l.leadText().replaceAll("\\s+", "");
            String key = l.number() + lead.substring(0, Math.min(3, lead.length()));
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                int i = glyphAt.get(at);
                PageInk.Glyph first = glyphs.get(i);
                if (i > 0 && pageOf.get(i - 1).equals(pageOf.get(i)) && sameWord(glyphs.get(i - 1), first)) {
                    continue;
                }
                if (!out.containsKey(l.number()) || first.size() > out.get(l.number()).size()) {
                    out.put(l.number(), first);
                }
            }
        }
        return out;
    }

    /** True when {@code b} follows {@code a} on its baseline without a word space: "2024" then "1" would be one number. */
    private static boolean sameWord(PageInk.Glyph a, PageInk.Glyph b) {
        return Math.abs(a.y() - b.y()) < 0.1 * b.size() && Math.abs(b.x() - (a.x() + a.advance())) < 0.15 * b.size();
    }

    /** Booklet: the bar over each top-level section's heading, by the title set after it. */
    private static Map<Integer, Rgb> bookletBars(List<PageInk> pages, LessonDocument doc, Palette palette) {
        Map<Integer, Rgb> out = new LinkedHashMap<>();
        for (PageInk page : pages.subList(1, pages.size())) {
            for (PageInk.Fill f : page.fills) {
                if (Math.abs(f.bounds().width() - 28) > 0.01 || Math.abs(f.bounds().height() - 3.5) > 0.01) {
                    continue;
                }
                String after = textAfter(page, f.seq(), 12);
                for (int s = 0; s < doc.sections().size(); s++) {
                    String title = doc.sections().get(s).titleText().replaceAll("\\s+", "");
                    if (after.startsWith(title.substring(0, Math.min(12, title.length())))) {
                        out.put(colourOf(doc, doc.sections().get(s), palette), f.color());
                    }
                }
            }
        }
        return out;
    }

    /** Poster: the band right above each lesson's number, in the section of that lesson. */
    private static Map<Integer, Rgb> posterBands(List<PageInk> pages, LessonDocument doc, Palette palette) {
        PageInk page = pages.get(0);
        Map<Integer, Rgb> out = new LinkedHashMap<>();
        for (LessonDocument.Entry e : doc.entries()) {
            PageInk.Glyph number = numberGlyph(page, e.lesson());
            assertThat(number).as("poster number of lesson " + e.lesson().number()).isNotNull();
            PageInk.Fill band = null;
            for (PageInk.Fill f : page.fills) {
                Rect b = f.bounds();
                boolean over = b.x() <= number.x() && b.right() >= number.x() && b.y() > number.y() && b.height() < 12;
                if (over && (band == null || b.y() < band.bounds().y())) {
                    band = f;
                }
            }
            assertThat(band).as("poster band over lesson " + e.lesson().number()).isNotNull();
            out.put(colourOf(doc, e.topSection(), palette), band.color());
        }
        return out;
    }

    /** Cards: on each front, the band (or the outline's rule) painted just before the lesson's number. */
    private static Map<Integer, Rgb> cardBands(List<PageInk> pages, LessonDocument doc, boolean outline, Palette palette) {
        Map<Integer, Rgb> out = new LinkedHashMap<>();
        for (LessonDocument.Entry e : doc.entries()) {
            for (PageInk page : pages) {
                PageInk.Glyph number = numberGlyph(page, e.lesson());
                if (number == null || number.size() < 20) {
                    continue;
                }
                Rgb colour = null;
                int seq = -1;
                if (outline) {
                    for (PageInk.Stroke s : page.strokes) {
                        if (s.seq() < number.seq() && s.seq() > seq && s.bounds().height() < 0.01) {
                            seq = s.seq();
                            colour = s.color();
                        }
                    }
                } else {
                    for (PageInk.Fill f : page.fills) {
                        if (f.seq() < number.seq() && f.seq() > seq && f.bounds().width() > 150) {
                            seq = f.seq();
                            colour = f.color();
                        }
                    }
                }
                assertThat(colour).as("card band of lesson " + e.lesson().number()).isNotNull();
                out.put(colourOf(doc, e.topSection(), palette), colour);
            }
        }
        return out;
    }

    /** Slides: the top border of each section's divider style, from the DOCX. */
    private static Map<Integer, Rgb> slidesRules(String stem, String theme, Palette palette) throws IOException {
        LessonDocument doc = Corpus.load(Corpus.path(stem));
        Map<Integer, Rgb> out = new LinkedHashMap<>();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write("slides", stem, theme)))) {
            Pattern top = Pattern.compile("<w:top [^>]*w:color=\"([0-9A-F]{6})\"");
            for (int s = 0; s < Math.min(doc.sections().size(), palette.sections().size()); s++) {
                Matcher m = top.matcher(docx.getStyles().getStyle("SectionNumber" + (s + 1)).getCTStyle().xmlText());
                assertThat(m.find()).as("SectionNumber" + (s + 1) + " has a top border").isTrue();
                out.put(s, Rgb.parse("#" + m.group(1)));
            }
            if (doc.sections().isEmpty()) {
                Matcher m = top.matcher(docx.getStyles().getStyle("Title").getCTStyle().xmlText());
                assertThat(m.find()).isTrue();
                out.put(-1, Rgb.parse("#" + m.group(1)));
            }
        }
        return out;
    }

    /** The first glyph of the lesson's number as set before its lead on this page, or null. */
    private static PageInk.Glyph numberGlyph(PageInk page, Lesson lesson) {
        return numberGlyphs(List.of(page), List.of(lesson)).get(lesson.number());
    }

    /** Up to {@code n} characters of the text painted after painting step {@code seq}, without spaces. */
    private static String textAfter(PageInk page, int seq, int n) {
        StringBuilder sb = new StringBuilder();
        for (PageInk.Glyph g : page.glyphs) {
            if (g.seq() > seq && !g.text().isBlank() && sb.length() < n) {
                sb.append(g.text());
            }
        }
        return sb.toString();
    }

    /** The pages of one file, written once per run. */
    private static List<PageInk> pages(String format, String stem, String theme) {
        return PAGES.computeIfAbsent(format + "/" + stem + "/" + theme, k -> {
            try {
                byte[] pdf;
                if (format.equals("slides")) {
                    assumeTrue(slidesConverted, "soffice is not installed; skipping the slides' colours read through LibreOffice");
                    Path file = dir.resolve(stem + "-" + theme + ".pdf");
                    assertThat(file).as("LibreOffice wrote " + file).exists();
                    pdf = Files.readAllBytes(file);
                } else {
                    pdf = write(format, stem, theme);
                }
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    return PageInk.of(doc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] write(String format, String stem, String theme) {
        ExportContext ctx = PageInk.context(format, Corpus.path(stem), Map.of(), theme);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exporters.discover().find(format).orElseThrow().write(Corpus.load(Corpus.path(stem)), ctx, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
