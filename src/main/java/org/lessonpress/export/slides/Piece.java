package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.slides.Slide.Para;
import org.lessonpress.model.Inline;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;

/**
 * A stretch of a paragraph in one face with one meaning: the unit both the fitter measures and the writer turns
 * into a {@code w:r}. A paragraph becomes hard lines (split at forced breaks) of pieces.
 *
 * @param text   the characters (never containing a tab or a line break)
 * @param tab    true for a tab (the agenda's lesson ranges)
 * @param strong inside strong markup
 * @param emph   inside emphasis markup
 * @param code   inline code or a code block
 * @param link   the link this piece belongs to (pieces of one link share the instance), or null
 * @param face   the face that has every character of the text
 */
record Piece(String text, boolean tab, boolean strong, boolean emph, boolean code, Inline.Link link, FontFace face) {

    /** The fonts a paragraph may use: its text chain and the monospaced chain for code. */
    record Fonts(FontChain text, FontChain mono, FontChain.MissingGlyphHandler onMissing) {
    }

    /** Splits a paragraph into hard lines of pieces; {@code bold}/{@code italic} are the paragraph style's. */
    static List<List<Piece>> lines(Para para, Fonts fonts, boolean bold, boolean italic) {
        List<List<Piece>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        if (para.code() != null) {
            String[] codeLines = para.code().split("\n", -1);
            for (int i = 0; i < codeLines.length; i++) {
                if (i > 0) {
                    lines.add(new ArrayList<>());
                }
                add(lines, codeLines[i], false, false, true, null, fonts, FontStyle.of(bold, italic));
            }
            return lines;
        }
        walk(para.inlines(), false, false, null, fonts, bold, italic, lines);
        return lines;
    }

    private static void walk(List<Inline> inlines, boolean strong, boolean emph, Inline.Link link, Fonts fonts,
                             boolean bold, boolean italic, List<List<Piece>> lines) {
        FontStyle style = FontStyle.of(bold || strong, italic || emph);
        // A visitor, so the compiler checks that every kind of inline has its case.
        Inline.Visitor<Void> v = new Inline.Visitor<>() {
            @Override
            public Void text(Inline.Text t) {
                add(lines, t.text(), strong, emph, false, link, fonts, style);
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis e) {
                walk(e.children(), strong, true, link, fonts, bold, italic, lines);
                return null;
            }

            @Override
            public Void strong(Inline.Strong s) {
                walk(s.children(), true, emph, link, fonts, bold, italic, lines);
                return null;
            }

            @Override
            public Void code(Inline.Code c) {
                add(lines, c.text(), strong, emph, true, link, fonts, style);
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                walk(l.children(), strong, emph, l, fonts, bold, italic, lines);
                return null;
            }

            @Override
            public Void softBreak(Inline.SoftBreak b) {
                add(lines, " ", strong, emph, false, link, fonts, style);
                return null;
            }

            @Override
            public Void hardBreak(Inline.HardBreak b) {
                lines.add(new ArrayList<>());
                return null;
            }
        };
        for (Inline in : inlines) {
            in.accept(v);
        }
    }

    private static void add(List<List<Piece>> lines, String text, boolean strong, boolean emph, boolean code,
                            Inline.Link link, Fonts fonts, FontStyle style) {
        FontChain chain = code ? fonts.mono() : fonts.text();
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            List<Piece> line = lines.get(lines.size() - 1);
            if (i > 0) {
                line.add(new Piece("", true, strong, emph, code, link, chain.primary(style)));
            }
            if (!parts[i].isEmpty()) {
                for (FontChain.Run r : chain.runs(parts[i], style, fonts.onMissing())) {
                    line.add(new Piece(r.text(), false, strong, emph, code, link, r.face()));
                }
            }
        }
    }

    /** The pieces as measurer runs (a tab measured as a wide space). */
    static List<TextMeasurer.Run> runs(List<Piece> line) {
        List<TextMeasurer.Run> out = new ArrayList<>();
        for (Piece p : line) {
            out.add(new TextMeasurer.Run(p.face(), p.tab() ? "\u2003\u2003\u2003" : p.text()));
        }
        return out;
    }
}
