package org.lessonpress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.testing.Corpus;

/**
 * Display text set on two or more lines (leads, headings, card fronts) never ends on a lone short word, read back
 * from the PDF: the last line of every bold run of lines holds two words or more, or one of at least six letters.
 * Greedy breaking left half of the sample's two-line leads ending on "production.", "cheap." or "happens.".
 * One card per page and the booklet's single column keep every bold run in one column, so lines are whole.
 */
class DisplayLinesReadBackTest {
    @ParameterizedTest
    @CsvSource({"booklet, sample", "booklet, forty-three-nested", "booklet, multilingual", "booklet, nineteen-plain",
            "cards, sample", "cards, forty-three-nested"})
    void noDisplayRunEndsOnALoneShortWord(String format, String stem) throws IOException {
        Path input = stem.equals("sample") ? Corpus.SAMPLE : Corpus.path(stem);
        LessonDocument doc = Corpus.load(input);
        ExportContext ctx = Corpus.context(format, input, format.equals("cards") ? Map.of("--sheet", "none") : Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.discover().find(format).orElseThrow().write(doc, ctx, out);
        List<List<String>> runs = boldRuns(out.toByteArray());
        List<List<String>> multiLine = runs.stream().filter(r -> r.size() >= 2).toList();
        assertThat(multiLine).as("%s of %s sets some display text on two lines or more", format, stem).isNotEmpty();
        List<String> lone = multiLine.stream().filter(run -> {
            String[] last = run.get(run.size() - 1).strip().split("\\s+");
            return last.length == 1 && letters(last[0]) < 6;
        }).map(run -> String.join(" / ", run)).toList();
        assertThat(lone).as("%s of %s: runs whose last line is one word under six letters", format, stem).isEmpty();
    }

    /**
     * A card front's lead reads as one statement, not a column of words: on three lines or more, no line but the last
     * holds a lone word under six letters ("The real / world / is messy."), which leads sized up to fill a card had at
     * their largest size. Long words one per line ("Machine / learning / involves / trade-offs.") are allowed.
     */
    @ParameterizedTest
    @CsvSource({"sample", "forty-three-nested", "nineteen-plain"})
    void cardLeadsAreNotAColumnOfWords(String stem) throws IOException {
        Path input = stem.equals("sample") ? Corpus.SAMPLE : Corpus.path(stem);
        ExportContext ctx = Corpus.context("cards", input, Map.of("--sheet", "none"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.discover().find("cards").orElseThrow().write(Corpus.load(input), ctx, out);
        List<String> choppy = boldRuns(out.toByteArray()).stream().filter(run -> run.size() >= 3).filter(run -> {
            for (int i = 0; i + 1 < run.size(); i++) {
                String[] words = run.get(i).strip().split("\\s+");
                if (words.length == 1 && letters(words[0]) < 6) {
                    return true;
                }
            }
            return false;
        }).map(run -> String.join(" / ", run)).toList();
        assertThat(choppy).as("card fronts of %s set as a column of words", stem).isEmpty();
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /** Each run of consecutive lines set in a bold face, a leading lesson number aside; a line is its text. */
    private static List<List<String>> boldRuns(byte[] pdf) throws IOException {
        List<List<String>> runs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                List<String> run = new ArrayList<>();
                float lastY = Float.NaN;
                float lastSize;

                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
                    close();
                }

                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    List<TextPosition> inked = glyphs.stream().filter(g -> !g.getUnicode().isBlank()).toList();
                    if (inked.isEmpty()) {
                        return;
                    }
                    // The booklet sets the lesson number in a regular face before the bold lead, on its first line.
                    int from = 0;
                    while (from < inked.size() && Character.isDigit(inked.get(from).getUnicode().codePointAt(0))
                            && !bold(inked.get(from))) {
                        from++;
                    }
                    List<TextPosition> rest = inked.subList(from, inked.size());
                    boolean allBold = !rest.isEmpty() && rest.stream().allMatch(DisplayLinesReadBackTest::bold);
                    TextPosition first = inked.get(0);
                    float y = first.getYDirAdj();
                    float size = first.getFontSizeInPt();
                    boolean follows = !Float.isNaN(lastY) && y > lastY && y - lastY < 1.8f * Math.max(size, lastSize);
                    if (!allBold || !follows) {
                        close();
                    }
                    if (allBold) {
                        String line = text.substring(Math.min(text.length(), text.indexOf(rest.get(0).getUnicode()))).strip();
                        run.add(line);
                        lastY = y;
                        lastSize = size;
                    }
                }

                private void close() {
                    if (!run.isEmpty()) {
                        runs.add(run);
                    }
                    run = new ArrayList<>();
                    lastY = Float.NaN;
                }

                @Override
                protected void endDocument(PDDocument d) {
                    close();
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        }
        return runs;
    }

    private static boolean bold(TextPosition g) {
        String name = g.getFont().getName();
        return name != null && name.contains("Bold");
    }
}
