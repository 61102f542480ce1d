package org.lessonpress.export.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessonpress.export.ExportContext;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * Copying text out of the booklet gives every word of every lead and body in source order: the text of the text
 * block (running heads and folios left out) from the first lesson's page on, read by PDFBox and by pdftotext.
 */
class ReadingOrderTest {
    /** At most this many words not from a lead or body between two that are (numbers, headings, preambles). */
    private static final int MAX_GAP = 80;

    private record Source(List<String> words, String text) {
    }

    private record Extract(String text, int firstPage, double top, double height, double width) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "multilingual"})
    void pdfboxGivesEveryLeadAndBodyWordInOrder(String stem) throws IOException {
        Source source = source(stem);
        Extract e = extract(stem);
        assertInOrder(stem + " (PDFBox)", source, tokens(e.text(), source.text()), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "multilingual"})
    void pdftotextGivesEveryLeadAndBodyWordInOrder(String stem) throws Exception {
        Source source = source(stem);
        Extract e = extract(stem);
        Path file = Files.createTempFile("booklet", ".pdf");
        Files.write(file, BookletFixture.export(stem, Map.of()).pdf);
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f", Integer.toString(e.firstPage()),
                    "-x", "0", "-y", Integer.toString((int) Math.floor(e.top())), "-W", Integer.toString((int) Math.ceil(e.width())),
                    "-H", Integer.toString((int) Math.ceil(e.height())), file.toString(), "-").redirectErrorStream(false).start();
        } catch (IOException ex) {
            Files.delete(file);
            Assumptions.abort("pdftotext is not installed");
            return;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        Files.delete(file);
        // pdftotext joins a line ending in a hyphen to the next and drops the hyphen, even one the source has
        // ("self-" / "driving" reads "selfdriving"): its words are compared without hyphens.
        assertInOrder(stem + " (pdftotext)", source, tokens(text, source.text()), true);
    }

    @Test
    void lineEndHyphensAreJoinedOnlyWhereTheSourceHasTheWord() {
        String source = "the reward functions are well-known, Industry dashed";
        List<String> t = tokens("the reward func-\ntions are well-\nknown, In-\ndustry dash-\nXY", source);
        assertThat(t).containsExactly("the", "reward", "functions", "are", "well-known,", "Industry", "dash-", "XY");
    }

    @Test
    void wordsOutOfOrderAreCaught() {
        Source source = new Source(words("one two three four"), "one two three four");
        assertInOrder("in order", source, words("1 one two x three four"), false);
        assertThatThrownBy(() -> assertInOrder("swapped", source, words("one three two four"), false))
                .isInstanceOf(AssertionError.class);
    }

    private static Source source(String stem) {
        LessonDocument doc = stem.equals("sample") ? Corpus.sample() : Corpus.load(stem);
        List<String> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Lesson l : doc.allLessons()) {
            String lesson = l.leadText() + "\n" + InlineText.plainBlocks(l.body());
            words.addAll(words(lesson));
            text.append(lesson).append('\n');
        }
        return new Source(words, text.toString());
    }

    /** The text block of every page from the first lesson's on, as PDFBox reads it. */
    private static Extract extract(String stem) throws IOException {
        BookletFixture f = BookletFixture.export(stem, Map.of());
        ExportContext ctx = f.context;
        try (PDDocument pdf = Loader.loadPDF(f.pdf)) {
            PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            while (first.getFirstChild() != null) {
                first = first.getFirstChild();
            }
            int firstPage = pdf.getPages().indexOf(first.findDestinationPage(pdf)) + 1;
            PDPage page1 = pdf.getPage(0);
            double width = page1.getMediaBox().getWidth();
            double top = ctx.theme(BookletKeys.MARGIN_TOP) - 2;
            double height = page1.getMediaBox().getHeight() - ctx.theme(BookletKeys.MARGIN_BOTTOM) + 2 - top;
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.setSortByPosition(false);
            s.addRegion("block", new Rectangle2D.Double(0, top, width, height));
            StringBuilder text = new StringBuilder();
            for (int i = firstPage - 1; i < pdf.getNumberOfPages(); i++) {
                s.extractRegions(pdf.getPage(i));
                text.append(s.getTextForRegion("block")).append('\n');
            }
            return new Extract(text.toString(), firstPage, top, height, width);
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\\u00A0]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Words of the extracted text, with words the booklet hyphenated at line ends joined again: a line ending in
     * "-" followed by a lower-case continuation is one word when the two parts joined without the hyphen occur in
     * the source (else, joined with it, when that occurs: a break after a hyphen the source has).
     */
    static List<String> tokens(String text, String source) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> ws = words(line);
            if (!ws.isEmpty()) {
                lines.add(ws);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> line = new ArrayList<>(lines.get(i));
            while (i + 1 < lines.size() && line.get(line.size() - 1).endsWith("-")) {
                String end = line.get(line.size() - 1);
                String next = lines.get(i + 1).get(0);
                if (!Character.isLowerCase(next.codePointAt(0))) {
                    break;
                }
                String stem = end.substring(0, end.length() - 1);
                String joined;
                if (source.contains(core(stem + next))) {
                    joined = stem + next;
                } else if (source.contains(core(end + next))) {
                    joined = end + next;
                } else {
                    break;
                }
                line.set(line.size() - 1, joined);
                List<String> rest = lines.get(i + 1);
                line.addAll(rest.subList(1, rest.size()));
                i++;
            }
            out.addAll(line);
        }
        return out;
    }

    /** A word without the punctuation around it, to look it up in running text. */
    private static String core(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    /**
     * Every source word in order, each within {@link #MAX_GAP} extracted words of the one before; a word the
     * booklet cut without a hyphen (a URL) matches its consecutive pieces.
     */
    private static void assertInOrder(String what, Source source, List<String> extracted, boolean ignoreHyphens) {
        int at = 0;
        int previous = -1;
        for (int k = 0; k < source.words().size(); k++) {
            String w = source.words().get(k);
            int found = -1;
            int end = -1;
            for (int i = at; i < extracted.size() && i - at <= MAX_GAP; i++) {
                int matched = match(w, extracted, i, ignoreHyphens);
                if (matched > 0) {
                    found = i;
                    end = i + matched;
                    break;
                }
            }
            String context = String.join(" ", extracted.subList(Math.max(0, at - 8), Math.min(extracted.size(), at + 12)));
            assertThat(found).as("%s: word %d '%s' (after '%s') not found within %d words of: ...%s...", what, k, w,
                    k > 0 ? source.words().get(k - 1) : "", MAX_GAP, context).isGreaterThanOrEqualTo(0);
            assertThat(found).isGreaterThan(previous);
            previous = found;
            at = end;
        }
    }

    /** How many extracted words from {@code i} make up {@code w} (0 when they do not). */
    private static int match(String word, List<String> extracted, int i, boolean ignoreHyphens) {
        String w = ignoreHyphens ? word.replace("-", "") : word;
        String t = ignoreHyphens ? extracted.get(i).replace("-", "") : extracted.get(i);
        if (t.equals(w)) {
            return 1;
        }
        if (t.length() < 3 || !w.startsWith(t)) {
            return 0;
        }
        StringBuilder sb = new StringBuilder(t);
        for (int j = i + 1; j < extracted.size() && w.startsWith(sb.toString()); j++) {
            sb.append(ignoreHyphens ? extracted.get(j).replace("-", "") : extracted.get(j));
            if (sb.toString().equals(w)) {
                return j - i + 1;
            }
        }
        return 0;
    }
}
