package org.lessonpress.export.slides;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.lessonpress.theme.FontFace;

/**
 * Estimates how tall a paragraph sets, from the real fonts: glyph advances from java.awt (headless) and line
 * heights from the fonts' vertical metrics, the way Word and LibreOffice compute "single" spacing. Lines break
 * like a word processor's: at spaces, and inside a word only when the word alone is wider than the line.
 */
final class TextMeasurer {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<String, Font> AWT = new ConcurrentHashMap<>();
    private static final Map<String, Double> LINE_FACTOR = new ConcurrentHashMap<>();

    /** Text in one face at one size. */
    record Run(FontFace face, String text) {
    }

    /**
     * The height of a paragraph: spacing, borders and its lines.
     *
     * @param lines the paragraph's hard lines (split at forced breaks), each a list of runs
     * @param width the text column width in points
     */
    double height(StyleMetrics m, List<List<Run>> lines, double width) {
        double factor = 0;
        int count = 0;
        for (List<Run> line : lines) {
            for (Run r : line) {
                factor = Math.max(factor, lineFactor(r.face()));
            }
            count += lineCount(line, m.size(), width - m.indentLeft() - m.indentRight(), m.firstLine());
        }
        if (factor == 0) {
            factor = 1.362;
        }
        double natural = factor * m.size();
        double lineHeight = switch (m.lineRule()) {
            case "exact" -> m.line();
            case "atLeast" -> Math.max(m.line(), natural);
            default -> natural * m.line();
        };
        return m.before() + m.after() + m.borderExtra() + count * lineHeight;
    }

    /** Lines one hard line wraps into. */
    int lineCount(List<Run> runs, double size, double width, double firstLine) {
        StringBuilder text = new StringBuilder();
        for (Run r : runs) {
            text.append(r.text());
        }
        if (text.length() == 0) {
            return 1;
        }
        AttributedString as = new AttributedString(text.toString());
        int at = 0;
        for (Run r : runs) {
            if (!r.text().isEmpty()) {
                as.addAttribute(TextAttribute.FONT, awt(r.face()).deriveFont((float) size), at, at + r.text().length());
            }
            at += r.text().length();
        }
        LineBreakMeasurer lbm = new LineBreakMeasurer(as.getIterator(), FRC);
        int lines = 0;
        while (lbm.getPosition() < text.length()) {
            float w = (float) Math.max(10, lines == 0 ? width - firstLine : width);
            int before = lbm.getPosition();
            lbm.nextLayout(w);
            if (lbm.getPosition() == before) {
                break;
            }
            lines++;
        }
        return Math.max(1, lines);
    }

    private static Font awt(FontFace face) {
        return AWT.computeIfAbsent(key(face), k -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("java.awt cannot read font " + face.fileName(), e);
            }
        });
    }

    /** Line height of "single" spacing per point of size: the larger of the hhea and Windows metrics, as apps use. */
    static double lineFactor(FontFace face) {
        return LINE_FACTOR.computeIfAbsent(key(face), k -> {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                double upm = ttf.getHeader().getUnitsPerEm();
                HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
                double best = (hhea.getAscender() - hhea.getDescender() + hhea.getLineGap()) / upm;
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                if (os2 != null) {
                    best = Math.max(best, (os2.getWinAscent() + os2.getWinDescent()) / upm);
                    best = Math.max(best, (os2.getTypoAscender() - os2.getTypoDescender() + os2.getTypoLineGap()) / upm);
                }
                return best;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the metrics of font " + face.fileName(), e);
            }
        });
    }

    private static String key(FontFace face) {
        return face.fileName();
    }
}
