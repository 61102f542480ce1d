package org.lessonpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Measures how evenly a PDF's justified text is spaced, the same way for any PDF (ours or pdflatex's), from the glyph
 * positions PDFBox reads: lines are glyphs of body size on one baseline; a line is justified when it ends at the
 * page's right text edge; a gap between glyphs wider than a tenth of the type size is a word space. The natural
 * space is the median word space of the lines that are not justified (last lines of paragraphs, set at their natural
 * spacing in both TeX and lessonpress), so no font's internals are needed. A loose line's mean word space exceeds
 * {@value #LOOSE} times the natural one.
 */
public final class WordSpacing {
    public static final double LOOSE = 1.6;

    /** The justified lines measured, how many are loose, the loosest and the natural space it was measured against. */
    public record Report(int lines, int loose, double worst, double natural, List<String> worstLines) {
        public double share() {
            return lines == 0 ? 0 : (double) loose / lines;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d of %d justified lines loose (%.1f %%), worst %.2fx, natural space %.2f pt",
                    loose, lines, 100 * share(), worst, natural);
        }
    }

    private record Glyph(double x, double end, double y, double size, boolean space, String text) {
    }

    private record Line(int page, List<Glyph> glyphs, double left, double right, List<Double> gaps, double size) {
    }

    private WordSpacing() {
    }

    /** Measures the body text set between {@code minSize} and {@code maxSize} points, from page {@code firstPage} on. */
    public static Report measure(byte[] pdf, double minSize, double maxSize, int firstPage) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = firstPage; page <= doc.getNumberOfPages(); page++) {
                lines.addAll(lines(doc, page, minSize, maxSize));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, Double> rightEdge = new HashMap<>();
        Map<Integer, List<Line>> byPage = new TreeMap<>();
        lines.forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l));
        byPage.forEach((page, ls) -> rightEdge.put(page, commonRightEdge(ls)));
        List<Double> naturalGaps = new ArrayList<>();
        List<Line> justified = new ArrayList<>();
        for (Line l : lines) {
            double edge = rightEdge.get(l.page());
            if (l.gaps().size() < 2) {
                continue;
            }
            // within 2 pt: TeX (microtype) hangs punctuation a little into the margin
            if (Math.abs(l.right() - edge) < 2) {
                justified.add(l);
            } else if (l.right() < edge - 10) {
                naturalGaps.addAll(l.gaps());
            }
        }
        double natural = mode(naturalGaps);
        int loose = 0;
        double worst = 0;
        List<String> worstLines = new ArrayList<>();
        for (Line l : justified) {
            double mean = l.gaps().stream().mapToDouble(Double::doubleValue).average().orElse(0) / natural;
            if (mean > LOOSE) {
                loose++;
                worstLines.add(String.format(java.util.Locale.ROOT, "p%d %.2fx %s", l.page(), mean, text(l)));
            }
            worst = Math.max(worst, mean);
        }
        return new Report(justified.size(), loose, worst, natural, worstLines);
    }

    private static String text(Line l) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : l.glyphs()) {
            sb.append(g.text());
        }
        return sb.toString();
    }

    private static List<Line> lines(PDDocument doc, int page, double minSize, double maxSize) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                // the size as drawn (pdfTeX scales glyphs a little, for font expansion: a line's own size may differ)
                double size = t.getXScale();
                if (size >= minSize && size <= maxSize) {
                    glyphs.add(new Glyph(t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(), size,
                            t.getUnicode().isBlank(), t.getUnicode()));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        Map<Long, List<Glyph>> byBaseline = new TreeMap<>();
        for (Glyph g : glyphs) {
            byBaseline.computeIfAbsent(Math.round(g.y() * 2), k -> new ArrayList<>()).add(g);
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> row : byBaseline.values()) {
            row.sort((a, b) -> Double.compare(a.x(), b.x()));
            List<Glyph> ink = row.stream().filter(g -> !g.space()).toList();
            if (ink.isEmpty()) {
                continue;
            }
            double size = ink.get(0).size();
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < ink.size(); i++) {
                double gap = ink.get(i).x() - ink.get(i - 1).end();
                if (gap > 0.1 * size) {
                    gaps.add(gap);
                }
            }
            out.add(new Line(page, row, ink.get(0).x(), ink.stream().mapToDouble(Glyph::end).max().orElse(0), gaps, size));
        }
        return out;
    }

    /** The right edge most lines of the page end at: the text block's, where justified lines end. */
    private static double commonRightEdge(List<Line> lines) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            if (l.gaps().size() >= 2) {
                counts.merge(Math.round(l.right() * 2), 1, Integer::sum);
            }
        }
        long best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
        return best / 2.0;
    }

    /** The most frequent value, in steps of a twentieth of a point: the plain word space (sentence spaces aside). */
    private static double mode(List<Double> values) {
        Map<Long, Integer> counts = new HashMap<>();
        for (double v : values) {
            counts.merge(Math.round(v * 20), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() / 20.0).orElse(Double.NaN);
    }
}
