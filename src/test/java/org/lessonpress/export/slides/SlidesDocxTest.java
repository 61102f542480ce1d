package org.lessonpress.export.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.BadInputException;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.testing.Corpus;
import org.lessonpress.theme.FontChain;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Node;

/** Reads the written DOCX back with POI and checks the deck's structure, styles, page and package. */
class SlidesDocxTest {

    /**
     * The slides a deck of {@code model} has: title, intro (when there is one), agenda (when there are sections), one
     * divider per section, a sub-section's joining the divider right before it, one per lesson, and the closing.
     */
    static int expectedSlides(LessonDocument model) {
        int[] dividers = {0};
        for (org.lessonpress.model.Section s : model.sections()) {
            countDividers(s, new boolean[] {false}, dividers);
        }
        return 1 + (model.intro().isEmpty() ? 0 : 1) + (model.sections().isEmpty() ? 0 : 1) + dividers[0]
                + model.allLessons().size() + 1;
    }

    /** {@code lastWasDivider}: whether the slide before this heading's is a divider. */
    private static void countDividers(org.lessonpress.model.Section s, boolean[] lastWasDivider, int[] count) {
        if (s.level() == 1 || !lastWasDivider[0]) {
            count[0]++;
        }
        lastWasDivider[0] = s.lessons().isEmpty();
        for (org.lessonpress.model.Section sub : s.subsections()) {
            countDividers(sub, lastWasDivider, count);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "one-lesson", "nineteen-plain", "forty-three-nested", "three-ninety", "multilingual"})
    void oneSlidePerTitleIntroAgendaDividerLessonAndClosing(String stem) throws IOException {
        LessonDocument model = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write(stem))) {
            assertThat(slideStarts(doc)).as("paragraphs that start a slide, plus the title slide").hasSize(expectedSlides(model) - 1);
            assertThat(paragraphs(doc).get(0).getStyle()).isEqualTo(StyleSheet.TITLE);

            List<String> leads = paragraphs(doc).stream().filter(p -> StyleSheet.HEADING_2.equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(leads).containsExactlyElementsOf(model.allLessons().stream().map(l -> visible(l.leadText())).toList());
            long sections = paragraphs(doc).stream().filter(p -> StyleSheet.HEADING_1.equals(p.getStyle())).count();
            assertThat(sections).isEqualTo(model.sections().size());
            long subsections = paragraphs(doc).stream().filter(p -> StyleSheet.SUBSECTION_TITLE.equals(p.getStyle())).count();
            assertThat(subsections).isEqualTo(model.allSections().size() - model.sections().size());
        }
    }

    @Test
    void aSectionDividerFollowedByASubSectionDividerIsOneSlide() throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            List<List<XWPFParagraph>> slides = slides(doc);
            List<String> kinds = slides.stream().map(SlidesDocxTest::kind).toList();
            for (int i = 1; i < kinds.size(); i++) {
                assertThat(kinds.get(i - 1).equals("divider") && kinds.get(i).equals("divider"))
                        .as("slides %d and %d are both dividers", i, i + 1).isFalse();
            }
            // Section 1 has no lessons before Sub-section 1.1: one slide shows both, the section first.
            List<XWPFParagraph> first = slides.stream().filter(s -> kind(s).equals("divider")).findFirst().orElseThrow();
            assertThat(first.stream().map(XWPFParagraph::getText).toList())
                    .containsSubsequence("1", "Section 1: Trust and pipeline", "1.1", "Sub-section 1.1");
            assertThat(first.get(0).getStyle()).startsWith(StyleSheet.SECTION_NUMBER);
            assertThat(first.stream().filter(p -> p.getStyle().startsWith(StyleSheet.SUBSECTION_NUMBER)).findFirst().orElseThrow()
                    .getStyle()).as("the sub-section joins the slide: its number does not start one").doesNotEndWith(StyleSheet.NEW_SLIDE);
            // Sub-section 1.2 comes after lessons: a divider of its own, in the sub-section look.
            XWPFParagraph own = slides.stream().filter(s -> s.get(0).getText().equals("1.2")).findFirst().orElseThrow().get(0);
            assertThat(own.getStyle()).isEqualTo(StyleSheet.SUBSECTION_NUMBER + "1" + StyleSheet.NEW_SLIDE);
            long dividers = kinds.stream().filter("divider"::equals).count();
            assertThat(dividers).isEqualTo(4 + 11 - 4);
        }
    }

    @Test
    void sectionAndSubSectionDividersLookDifferent() throws Exception {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            var metrics = StyleMetrics.read(doc.getStyle().getDomNode());
            StyleMetrics section = metrics.get(StyleSheet.HEADING_1);
            StyleMetrics subsection = metrics.get(StyleSheet.SUBSECTION_TITLE);
            assertThat(section.bold()).isTrue();
            assertThat(subsection.bold()).isFalse();
            assertThat(subsection.size()).isLessThan(section.size());
            assertThat(metrics.get(StyleSheet.SECTION_NUMBER + "1").borderExtra())
                    .as("a heavy rule over a section, a hairline over a sub-section")
                    .isGreaterThan(metrics.get(StyleSheet.SUBSECTION_NUMBER + "1").borderExtra());
        }
    }

    @Test
    void theAgendaListsTheSectionsOnlyAndTheIntroHasItsOwnSlide() throws IOException {
        LessonDocument sample = Corpus.sample();
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("sample"))) {
            List<List<XWPFParagraph>> slides = slides(doc);
            assertThat(slides.get(1).get(0).getText()).isEqualTo("Introduction");
            assertThat(slides.get(1).get(1).getText()).startsWith("Industry machine learning");
            List<XWPFParagraph> agenda = slides.get(2);
            assertThat(agenda.get(0).getText()).isEqualTo("Agenda");
            assertThat(agenda.subList(1, agenda.size()).stream().map(p -> p.getText().split("\t")[0]).toList())
                    .containsExactlyElementsOf(sample.sections().stream().map(org.lessonpress.model.Section::titleText).toList());
            assertThat(agenda.get(1).getText()).endsWith("\t1\u201311");
        }
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("nineteen-plain"))) {
            assertThat(paragraphs(doc).stream().map(XWPFParagraph::getText)).as("no sections, no agenda").doesNotContain("Agenda");
        }
    }

    @Test
    void theClosingSlideThanksCitesOnceAndLinksTheSourceWithoutBibtex() throws Exception {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("sample"))) {
            List<List<XWPFParagraph>> slides = slides(doc);
            List<XWPFParagraph> closing = slides.get(slides.size() - 1);
            List<String> texts = closing.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo("Thank you");
            assertThat(texts).containsSubsequence("If you found this useful, please cite this write-up as:",
                    "Yan, Ziyou. (Nov 2024). 39 Lessons from Industry ML Conferences in 2024. eugeneyan.com.");
            assertThat(String.join("\n", texts)).doesNotContain("@article", "bibtex", "journal").doesNotContain("\nor\n");
            assertThat(texts).noneMatch(t -> t.equals("or"));
            assertThat(String.join(" ", texts).split("eugeneyan.com/writing/conf-lessons", -1)).as("the URL once").hasSize(2);
            XWPFParagraph source = closing.get(closing.size() - 1);
            assertThat(source.getText()).isEqualTo("Source:\u00a0eugeneyan.com/writing/conf-lessons");
            assertThat(runs(source).stream().filter(r -> r instanceof XWPFHyperlinkRun).map(r -> ((XWPFHyperlinkRun) r).getHyperlink(doc).getURL()))
                    .containsExactly("https://eugeneyan.com/writing/conf-lessons/");
            XWPFParagraph citation = closing.stream().filter(p -> p.getStyle().startsWith("Citation")).findFirst().orElseThrow();
            var metrics = StyleMetrics.read(doc.getStyle().getDomNode());
            assertThat(metrics.get(citation.getStyle()).size()).as("the citation is larger than the closing text")
                    .isGreaterThan(metrics.get("Closing").size());
        }
    }

    @Test
    void everyTypeSizeIsAStepOfTheScale() throws Exception {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            var theme = Corpus.theme();
            double base = theme.get(SlideKeys.BODY_SIZE);
            double ratio = theme.get(SlideKeys.SCALE);
            java.util.TreeSet<Double> sizes = new java.util.TreeSet<>();
            for (StyleMetrics m : StyleMetrics.read(doc.getStyle().getDomNode()).values()) {
                sizes.add(m.size());
            }
            for (double size : sizes) {
                double step = Math.log(size / base) / Math.log(ratio);
                assertThat(Math.abs(size - Math.round(base * Math.pow(ratio, Math.round(step)) * 2) / 2.0))
                        .as(size + " pt is step " + step + " of the scale").isLessThan(1e-9);
            }
            System.out.println("slide type sizes: " + sizes);
            assertThat(sizes.first()).isGreaterThanOrEqualTo(11.0);
        }
    }

    @Test
    void headingsAreWordsOwnSoTheNavigationPaneListsThem() throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("sample"))) {
            XWPFStyles styles = doc.getStyles();
            assertThat(styles.getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(styles.getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(styles.getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            assertThat(styles.getStyle("Title").getName()).isEqualTo("Title");
        }
    }

    @Test
    void stylesExistAndAreUsed() throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            XWPFStyles styles = doc.getStyles();
            for (String id : List.of("Normal", "Title", "Subtitle", "Author", "Date", "SlideTitle", "SectionNumber",
                    "Heading1", "SubsectionNumber", "SubsectionTitle", "LessonNumber", "Lead", "Heading2", "Body", "BodySmall", "BodySmaller", "Quote", "QuoteSmall",
                    "Attribution", "SourceCode", "ListBullet", "Closing", "Citation", "Footer", "Emphasis", "Strong",
                    "VerbatimChar", "Hyperlink")) {
                assertThat(styles.styleExist(id)).as("style " + id).isTrue();
            }
            Set<String> used = new HashSet<>();
            Set<String> runStyles = new HashSet<>();
            for (XWPFParagraph p : paragraphs(doc)) {
                used.add(p.getStyle());
                for (XWPFRun r : runs(p)) {
                    if (r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRStyleArray() > 0) {
                        runStyles.add(r.getCTR().getRPr().getRStyleArray(0).getVal());
                    }
                }
            }
            assertThat(used).contains("Title", "Subtitle", "Author", "Date", "SlideTitle", "Heading1", "SubsectionTitle",
                    "Heading2", "AgendaItem", "SourceCode", "ListBullet");
            assertThat(used.stream().filter(s -> s.startsWith("LessonNumber"))).isNotEmpty();
            assertThat(used.stream().filter(s -> s.startsWith("Body"))).isNotEmpty();
            assertThat(used.stream().filter(s -> s.startsWith("Quote"))).isNotEmpty();
            assertThat(used.stream().filter(s -> s.startsWith("Attribution"))).isNotEmpty();
            assertThat(runStyles).contains("Emphasis", "Strong", "VerbatimChar", "Hyperlink");
            for (String id : used) {
                assertThat(styles.styleExist(id)).as("used style " + id + " is defined").isTrue();
            }
        }
    }

    @Test
    void noDirectFormattingBeyondInlineMarkupAndTheSpaceThatCentresASlide() throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            java.util.Set<XWPFParagraph> firsts = new java.util.HashSet<>(slideStarts(doc));
            firsts.add(paragraphs(doc).get(0));
            for (XWPFParagraph p : paragraphs(doc)) {
                var ppr = p.getCTP().getPPr();
                if (firsts.contains(p) && ppr.isSetSpacing()) {
                    // only the space above, and only on the first paragraph of a slide
                    assertThat(ppr.getSpacing().getDomNode().getAttributes().getLength()).isEqualTo(1);
                    assertThat(ppr.getSpacing().isSetBefore()).isTrue();
                    assertThat(childNames(ppr)).as("pPr of '" + p.getText() + "'").isSubsetOf("pStyle", "numPr", "spacing");
                    continue;
                }
                assertThat(childNames(ppr)).as("pPr of '" + p.getText() + "'").isSubsetOf("pStyle", "numPr");
                for (XWPFRun r : runs(p)) {
                    if (r.getCTR().isSetRPr()) {
                        assertThat(childNames(r.getCTR().getRPr())).as("rPr of '" + r.text() + "'")
                                .isSubsetOf("rStyle", "b", "i", "rFonts");
                    }
                }
            }
        }
    }

    @Test
    void linksAreLive() throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            List<String> urls = new ArrayList<>();
            for (XWPFParagraph p : paragraphs(doc)) {
                for (XWPFRun r : runs(p)) {
                    if (r instanceof XWPFHyperlinkRun h) {
                        urls.add(h.getHyperlink(doc).getURL());
                    }
                }
            }
            assertThat(urls).contains("https://example.org/1", "https://example.org/43", "https://example.org/43");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"16:9", "4:3", "a4"})
    void landscapePages(String aspect) throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("one-lesson", Map.of("--aspect", aspect)))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            long w = ((java.math.BigInteger) sect.getPgSz().getW()).longValue();
            long h = ((java.math.BigInteger) sect.getPgSz().getH()).longValue();
            assertThat(w).isGreaterThan(h);
            assertThat(sect.getPgSz().getOrient().toString()).isEqualTo("landscape");
            switch (aspect) {
                case "16:9" -> assertThat(new long[] {w, h}).containsExactly(19200, 10800);
                case "4:3" -> assertThat(new long[] {w, h}).containsExactly(14400, 10800);
                default -> assertThat(new long[] {w, h}).containsExactly(16838, 11906);
            }
            assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).longValue()).isGreaterThanOrEqualTo(864);
            assertThat(((java.math.BigInteger) sect.getPgMar().getTop()).longValue()).isGreaterThanOrEqualTo(864);
        }
    }

    @Test
    void footerHasTheTitleAndAPageFieldButNotOnTheTitleSlide() throws IOException {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("sample"))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.isSetTitlePg()).isTrue();
            XWPFFooter def = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter first = doc.getHeaderFooterPolicy().getFirstPageFooter();
            assertThat(def.getText()).contains("39 Lessons from Industry ML Conferences in 2024");
            assertThat(def._getHdrFtr().xmlText()).contains("PAGE").contains("fldChar");
            assertThat(first.getText().trim()).isEmpty();
            assertThat(first._getHdrFtr().xmlText()).doesNotContain("PAGE");
        }
    }

    @Test
    void corePropertiesAndLanguage() throws Exception {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("multilingual"))) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).startsWith("Leçons, Lektionen");
            assertThat(core.getCreator()).isEqualTo("Zoë Ångström-Łukasiewicz");
            assertThat(core.getSubject()).startsWith("Typographie");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("fr");
            assertThat(core.getCreated().toInstant()).isEqualTo(Corpus.EPOCH);
            assertThat(core.getModified().toInstant()).isEqualTo(Corpus.EPOCH);
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().xmlText()).contains("w:val=\"fr\"");
        }
    }

    @Test
    void validatesAgainstTheSchema() throws Exception {
        try (XWPFDocument doc = SlidesTestSupport.open(SlidesTestSupport.write("forty-three-nested"))) {
            assertValid(doc.getDocument());
            assertValid(doc.getStyle());
            assertValid(doc.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr());
            assertValid(doc.getHeaderFooterPolicy().getFirstPageFooter()._getHdrFtr());
            assertValid(org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory.parse(
                    doc.getNumbering().getPackagePart().getInputStream()));
        }
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        byte[] a = SlidesTestSupport.write("forty-three-nested");
        byte[] b = SlidesTestSupport.write("forty-three-nested");
        assertThat(a).isEqualTo(b);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(a))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2024, 11, 1, 0, 0));
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.get(1)).isEqualTo("_rels/.rels");
    }

    @Test
    void aLessonTooLongForOneSlideIsAnErrorNamingIt() {
        String words = "Every word here is one more word that has to fit on the slide somewhere. ".repeat(60);
        Lesson lesson = new Lesson(7, List.of(new Inline.Text("Too much")),
                List.of(new Block.Paragraph(List.of(new Inline.Text(words)), 12)), false, 11);
        LessonDocument doc = new LessonDocument(Metadata.titled("Long"), List.of(), List.of(lesson), List.of(), List.of(), "long.md");
        ExportContext ctx = Corpus.context("slides", Corpus.path("one-lesson"), Map.of());
        assertThatThrownBy(() -> new SlidesExporter().write(doc, ctx, new ByteArrayOutputStream()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("lesson 7 does not fit on one slide")
                .hasMessageContaining("Body Smaller").hasMessageContaining("slides.body.size");
    }

    @Test
    void aFullSlideShrinksItsBodyByStyle() throws IOException {
        String words = "A sentence long enough to take most of a line on a wide slide at body size. ".repeat(9);
        Lesson lesson = new Lesson(1, List.of(new Inline.Text("Full")),
                List.of(new Block.Paragraph(List.of(new Inline.Text(words)), 2)), false, 1);
        LessonDocument model = new LessonDocument(Metadata.titled("Full"), List.of(), List.of(lesson), List.of(), List.of(), "full.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlidesExporter().write(model, Corpus.context("slides", Corpus.path("one-lesson"), Map.of()), out);
        try (XWPFDocument doc = SlidesTestSupport.open(out.toByteArray())) {
            List<String> styles = paragraphs(doc).stream().map(XWPFParagraph::getStyle).toList();
            assertThat(styles).doesNotContain("Body").containsAnyOf("BodySmall", "BodySmaller");
        }
    }

    @Test
    void referenceDocxStylesReplaceOursButSlidesStillBreak(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path ref = dir.resolve("ref.docx");
        try (XWPFDocument r = new XWPFDocument()) {
            XWPFStyles st = r.createStyles();
            CTStyle h2 = CTStyle.Factory.newInstance();
            h2.setStyleId("Heading2");
            h2.addNewName().setVal("heading 2");
            h2.addNewRPr().addNewColor().setVal("C00000");
            st.addStyle(new XWPFStyle(h2, st));
            CTStyle num = CTStyle.Factory.newInstance();
            num.setStyleId("LessonNumber");
            num.addNewName().setVal("Lesson Number");
            num.addNewRPr().addNewColor().setVal("00A000");
            st.addStyle(new XWPFStyle(num, st));
            try (var os = Files.newOutputStream(ref)) {
                r.write(os);
            }
        }
        LessonDocument model = Corpus.sample();
        byte[] bytes = SlidesTestSupport.write("sample", Map.of("--reference-docx", ref.toString()));
        try (XWPFDocument doc = SlidesTestSupport.open(bytes)) {
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().xmlText()).contains("C00000");
            assertThat(doc.getStyles().getStyle("LessonNumber").getCTStyle().getPPr().isSetPageBreakBefore()).isTrue();
            assertThat(slideStarts(doc)).hasSize(expectedSlides(model) - 1);
            assertValid(doc.getStyle());
        }
    }

    @Test
    void aCharacterTheDisplayFontLacksIsSetInTheNextFontOfTheChain() throws IOException {
        Lesson lesson = new Lesson(1, List.of(new Inline.Text("Check \u2713 done")),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Body \u2713 too.")), 2)), false, 1);
        LessonDocument model = new LessonDocument(Metadata.titled("Ticks"), List.of(), List.of(lesson), List.of(), List.of(), "ticks.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlidesExporter().write(model, Corpus.context("slides", Corpus.path("one-lesson"), Map.of()), out);
        try (XWPFDocument doc = SlidesTestSupport.open(out.toByteArray())) {
            // the lead and the body (a file without sections has no agenda to repeat the lead)
            List<XWPFRun> ticks = paragraphs(doc).stream().flatMap(p -> runs(p).stream())
                    .filter(r -> r.text().equals("\u2713")).toList();
            assertThat(ticks).hasSize(2).allSatisfy(r -> assertThat(r.getFontFamily()).isNotEqualTo("Noto Sans").isNotNull());
        }
    }

    @Test
    void aCharacterNoFontHasIsAnErrorNamingTheLesson() {
        Lesson lesson = new Lesson(3, List.of(new Inline.Text("Kanji \u6f22")), List.of(), false, 5);
        LessonDocument model = new LessonDocument(Metadata.titled("Kanji"), List.of(), List.of(lesson), List.of(), List.of(), "k.md");
        assertThatThrownBy(() -> new SlidesExporter().write(model, Corpus.context("slides", Corpus.path("one-lesson"), Map.of()),
                new ByteArrayOutputStream())).isInstanceOf(BadInputException.class).hasMessageContaining("lesson 3");
    }

    @Test
    void sectionsTooManyForOneAgendaSlideGetSeveral() throws IOException {
        List<org.lessonpress.model.Section> sections = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            Lesson l = new Lesson(i, List.of(new Inline.Text("Lead " + i)), List.of(), false, i * 3);
            sections.add(new org.lessonpress.model.Section("s" + i, 1, List.of(new Inline.Text("Section number " + i)),
                    List.of(), List.of(l), List.of(), i * 3 - 1));
        }
        LessonDocument model = new LessonDocument(Metadata.titled("Many"), List.of(), List.of(), sections, List.of(), "many.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlidesExporter().write(model, Corpus.context("slides", Corpus.path("one-lesson"), Map.of()), out);
        try (XWPFDocument doc = SlidesTestSupport.open(out.toByteArray())) {
            long agendas = paragraphs(doc).stream().filter(p -> p.getText().equals("Agenda")).count();
            assertThat(agendas).isGreaterThan(1);
            assertThat(paragraphs(doc).stream().filter(p -> p.getStyle().startsWith("AgendaItem")).count()).isEqualTo(40);
            assertThat(slideStarts(doc)).hasSize((int) agendas + 40 + 40 + 1);
        }
    }

    @Test
    void aThemeSetsTheBodyInTheSerifAndTheSizes(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path themeFile = dir.resolve("serif.yml");
        Files.writeString(themeFile, "extends: default\ncolors:\n  sections: [\"#5a5a5a\", \"#7a7a7a\"]\nslides:\n  scale: 1.2\n"
                + "  body:\n    font: serif\n    size: 22pt\n  lead:\n    step: 3\n");
        var theme = new org.lessonpress.theme.ThemeLoader(org.lessonpress.export.Exporters.discover().themeKeys(),
                org.lessonpress.theme.FontCatalog.bundled()).load(themeFile.toString());
        ExportContext ctx = ExportContext.builder(theme).exporter("slides").timestamp(Corpus.EPOCH).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlidesExporter().write(Corpus.sample(), ctx, out);
        try (XWPFDocument doc = SlidesTestSupport.open(out.toByteArray())) {
            XWPFStyles styles = doc.getStyles();
            assertThat(styles.getStyle("Normal").getCTStyle().xmlText()).contains("Noto Serif");
            // 22 pt x 1.2^3 = 38.0 pt: 76 half-points
            assertThat(styles.getStyle("Lead").getCTStyle().xmlText()).contains("Noto Sans").contains("w:val=\"76\"");
            assertThat(styles.getStyle("Heading2").getCTStyle().getBasedOn().getVal()).isEqualTo("Lead");
            assertThat(styles.getStyle("Body").getCTStyle().xmlText()).contains("w:val=\"44\"");
            assertThat(styles.getStyle("LessonNumber1").getCTStyle().xmlText()).contains("5A5A5A");
            assertThat(styles.getStyle("SectionNumber2").getCTStyle().xmlText()).contains("7A7A7A");
        }
    }

    @Test
    void sectionColoursAreDarkenedUntilLargeTextReadsOnPaper() {
        org.lessonpress.theme.Rgb white = org.lessonpress.theme.Rgb.parse("#ffffff");
        var palette = Corpus.theme().palette();
        List<org.lessonpress.theme.Rgb> colours = Corpus.theme().get(org.lessonpress.theme.CoreKeys.COLOR_SECTIONS);
        for (int i = 0; i < colours.size(); i++) {
            org.lessonpress.theme.Rgb c = colours.get(i);
            org.lessonpress.theme.Rgb ink = palette.section(i).largeText();
            assertThat(ink.contrast(white)).as(c + " -> " + ink).isGreaterThanOrEqualTo(3.0);
            if (c.contrast(white) >= 3.0) {
                assertThat(ink).isEqualTo(c);
            }
        }
    }

    @Test
    void embeddedFontsAreTheBundledFacesObfuscatedAsWordDoes() throws Exception {
        byte[] a = SlidesTestSupport.write("multilingual", Map.of("--embed-fonts", "true"));
        assertThat(a).isEqualTo(SlidesTestSupport.write("multilingual", Map.of("--embed-fonts", "true")));
        try (XWPFDocument doc = SlidesTestSupport.open(a)) {
            var table = doc.getPackagePart().getRelatedPart(doc.getPackagePart().getRelationshipsByType(FontEmbedder.FONT_TABLE).getRelationship(0));
            String xml = new String(table.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("w:name=\"Noto Sans\"").contains("embedRegular").contains("embedBold");
            assertThat(doc.getSettings().getCTSettings().xmlText()).contains("embedTrueTypeFonts");
            Set<String> bundled = new HashSet<>();
            for (Path f : Files.newDirectoryStream(Path.of("fonts"), "*.ttf")) {
                bundled.add(java.util.HexFormat.of().formatHex(Files.readAllBytes(f)).substring(0, 400));
            }
            var matcher = java.util.regex.Pattern.compile("r:id=\"(rId[0-9]+)\" w:fontKey=\"(\\{[0-9A-F-]+})\"").matcher(xml);
            int fonts = 0;
            while (matcher.find()) {
                byte[] stored = table.getRelatedPart(table.getRelationship(matcher.group(1))).getInputStream().readAllBytes();
                byte[] plain = FontEmbedder.obfuscate(stored, matcher.group(2));
                assertThat(bundled).contains(java.util.HexFormat.of().formatHex(plain).substring(0, 400));
                fonts++;
            }
            assertThat(fonts).isGreaterThanOrEqualTo(2);
        }
    }

    // ---- helpers

    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            }
        }
        return out;
    }

    /** Runs including those inside hyperlinks. */
    static List<XWPFRun> runs(XWPFParagraph p) {
        List<XWPFRun> out = new ArrayList<>();
        p.getIRuns().forEach(r -> {
            if (r instanceof XWPFRun run) {
                out.add(run);
            }
        });
        return out;
    }

    /** The paragraphs of each slide, in order: the title slide, then one list per paragraph that starts a page. */
    static List<List<XWPFParagraph>> slides(XWPFDocument doc) {
        java.util.Set<XWPFParagraph> starts = new java.util.HashSet<>(slideStarts(doc));
        List<List<XWPFParagraph>> out = new ArrayList<>();
        for (XWPFParagraph p : paragraphs(doc)) {
            if (out.isEmpty() || starts.contains(p)) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(p);
        }
        return out;
    }

    /** "divider", "lesson" or "other", from the style of a slide's first paragraph. */
    static String kind(List<XWPFParagraph> slide) {
        String style = slide.get(0).getStyle();
        return style.startsWith(StyleSheet.SECTION_NUMBER) || style.startsWith(StyleSheet.SUBSECTION_NUMBER) ? "divider"
                : style.startsWith(StyleSheet.LESSON_NUMBER) ? "lesson" : "other";
    }

    /** Paragraphs whose style (or a style it is based on) starts a new page. */
    static List<XWPFParagraph> slideStarts(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles();
        return paragraphs(doc).stream().filter(p -> breaksPage(styles, p.getStyle(), 0)).toList();
    }

    private static boolean breaksPage(XWPFStyles styles, String id, int depth) {
        if (id == null || depth > 10 || styles.getStyle(id) == null) {
            return false;
        }
        CTStyle s = styles.getStyle(id).getCTStyle();
        if (s.isSetPPr() && s.getPPr().isSetPageBreakBefore()) {
            return true;
        }
        return s.isSetBasedOn() && breaksPage(styles, s.getBasedOn().getVal(), depth + 1);
    }

    private static Set<String> childNames(XmlObject o) {
        Set<String> names = new HashSet<>();
        if (o == null) {
            return names;
        }
        for (Node n = o.getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                names.add(n.getLocalName());
            }
        }
        return names;
    }

    /** The text as the deck shows it: invisible format characters are not written. */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !FontChain.isIgnorable(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static void assertValid(XmlObject o) {
        if (o == null) {
            return;
        }
        List<XmlError> errors = new ArrayList<>();
        boolean ok = o.validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).as("schema errors").isEmpty();
        assertThat(ok).isTrue();
    }
}
