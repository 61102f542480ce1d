package org.lessonpress.typeset;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.model.Inline;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;

/**
 * The one walk from the model's inlines to {@link Span}s, used by every format: emphasis toggles italic (so it still
 * shows inside an italic quote), strong sets bold, code takes the code chain at the theme's code scale, links take
 * the link colour and remember their URI, a soft break is a space and a hard break a {@link Span#LINE_BREAK}. Every
 * character goes through {@link FontChain#runs}, so each span names a face that has its glyphs. Soft hyphens,
 * zero-width spaces and word joiners are kept as spans of their own, for the break iterator. Immutable.
 *
 * @param text      the chain for running text
 * @param code      the chain for code
 * @param color     the text colour
 * @param linkColor the colour of link text
 * @param codeScale the size of inline code relative to the text around it
 */
public record Styler(FontChain text, FontChain code, Rgb color, Rgb linkColor, double codeScale) {

    public Styler withColor(Rgb c) {
        return new Styler(text, code, c, linkColor, codeScale);
    }

    public Styler withText(FontChain chain) {
        return new Styler(chain, code, color, linkColor, codeScale);
    }

    public Styler withLinkColor(Rgb c) {
        return new Styler(text, code, color, c, codeScale);
    }

    /** Inlines set in {@code style} (regular for body text, bold for leads). */
    public List<Span> inlines(List<Inline> inlines, FontStyle style, FontChain.MissingGlyphHandler onMissing) {
        List<Span> out = new ArrayList<>();
        Walk walk = new Walk(out, style, color, null, onMissing);
        for (Inline in : inlines) {
            in.accept(walk);
        }
        return out;
    }

    /** Plain text in one style (titles, numbers, labels). */
    public List<Span> plain(String s, FontStyle style, FontChain.MissingGlyphHandler onMissing) {
        List<Span> out = new ArrayList<>();
        add(out, text, s, style, 1, color, null, false, onMissing);
        return out;
    }

    /** Plain text in one style, linked to {@code target} in the link colour. */
    public List<Span> linked(String s, String target, FontStyle style, FontChain.MissingGlyphHandler onMissing) {
        List<Span> out = new ArrayList<>();
        add(out, text, s, style, 1, linkColor, target, false, onMissing);
        return out;
    }

    /** The lines of a code block in the code chain at full size (the block sets its own size), kept line by line. */
    public List<Span> codeLines(String source, FontChain.MissingGlyphHandler onMissing) {
        List<Span> out = new ArrayList<>();
        String[] lines = source.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.add(new Span(Span.LINE_BREAK, code.primary(FontStyle.REGULAR), 1, color, null, true));
            }
            // Indentation is part of the code: no-break spaces keep it at the start of the line.
            String line = lines[i].replace("\t", "    ");
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            add(out, code, "\u00a0".repeat(indent) + line.substring(indent), FontStyle.REGULAR, 1, color, null, true, onMissing);
        }
        return out;
    }

    private static void add(List<Span> out, FontChain chain, String s, FontStyle style, double scale, Rgb c, String link,
                            boolean literal, FontChain.MissingGlyphHandler onMissing) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == BreakOpportunities.SOFT_HYPHEN || ch == BreakOpportunities.ZERO_WIDTH_SPACE
                    || ch == BreakOpportunities.WORD_JOINER) {
                runs(out, chain, s.substring(from, i), style, scale, c, link, literal, onMissing);
                FontFace face = out.isEmpty() ? chain.primary(style) : out.get(out.size() - 1).face();
                out.add(new Span(String.valueOf(ch), face, scale, c, link, literal));
                from = i + 1;
            }
        }
        runs(out, chain, s.substring(from), style, scale, c, link, literal, onMissing);
    }

    private static void runs(List<Span> out, FontChain chain, String s, FontStyle style, double scale, Rgb c, String link,
                             boolean literal, FontChain.MissingGlyphHandler onMissing) {
        if (s.isEmpty()) {
            return;
        }
        for (FontChain.Run run : chain.runs(s, style, onMissing)) {
            out.add(new Span(run.text(), run.face(), scale, c, link, literal));
        }
    }

    /** The walk's state: the face, colour and link in force. */
    private final class Walk implements Inline.Visitor<Void> {
        private final List<Span> out;
        private final FontStyle style;
        private final Rgb c;
        private final String link;
        private final FontChain.MissingGlyphHandler onMissing;

        Walk(List<Span> out, FontStyle style, Rgb c, String link, FontChain.MissingGlyphHandler onMissing) {
            this.out = out;
            this.style = style;
            this.c = c;
            this.link = link;
            this.onMissing = onMissing;
        }

        private void all(List<Inline> children, Walk w) {
            for (Inline in : children) {
                in.accept(w);
            }
        }

        @Override
        public Void text(Inline.Text t) {
            add(out, text, t.text(), style, 1, c, link, false, onMissing);
            return null;
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            FontStyle f = style.italic() ? FontStyle.of(style.bold(), false) : style.withItalic();
            all(e.children(), new Walk(out, f, c, link, onMissing));
            return null;
        }

        @Override
        public Void strong(Inline.Strong s) {
            all(s.children(), new Walk(out, style.withBold(), c, link, onMissing));
            return null;
        }

        @Override
        public Void code(Inline.Code k) {
            add(out, code, k.text(), style, codeScale, c, link, true, onMissing);
            return null;
        }

        @Override
        public Void link(Inline.Link l) {
            Walk inside = new Walk(out, style, linkColor, l.destination(), onMissing);
            if (l.children().isEmpty()) {
                add(out, text, l.destination(), style, 1, linkColor, l.destination(), false, onMissing);
            } else {
                all(l.children(), inside);
            }
            return null;
        }

        @Override
        public Void softBreak(Inline.SoftBreak s) {
            add(out, text, " ", style, 1, c, link, false, onMissing);
            return null;
        }

        @Override
        public Void hardBreak(Inline.HardBreak h) {
            out.add(new Span(Span.LINE_BREAK, text.primary(style), 1, c, link, false));
            return null;
        }
    }
}
