package org.lessonpress.export.pdfbox;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;

/**
 * Turns model inlines and blocks into {@link Piece}s: emphasis sets italic, strong bold, code the code chain,
 * links the link colour (and remember their URL); soft breaks become spaces, hard breaks {@link Piece.Break}s.
 * Every character goes through {@link FontChain#runs}, so each span names a face that really has its glyphs.
 * Immutable.
 *
 * @param text      the chain for running text
 * @param code      the chain for inline code and code blocks
 * @param color     the text colour
 * @param linkColor the colour of link text
 */
public record InlineStyler(FontChain text, FontChain code, Rgb color, Rgb linkColor) {

    public InlineStyler withColor(Rgb newColor) {
        return new InlineStyler(text, code, newColor, linkColor);
    }

    public InlineStyler withText(FontChain newText) {
        return new InlineStyler(newText, code, color, linkColor);
    }

    /** Plain text in one style (titles, numbers, labels). */
    public List<Piece> plain(String s, FontStyle style, FontChain.MissingGlyphHandler onMissing) {
        List<Piece> out = new ArrayList<>();
        spans(out, text, s, style, color, null, onMissing);
        return out;
    }

    public List<Piece> inlines(List<Inline> inlines, FontStyle style, FontChain.MissingGlyphHandler onMissing) {
        List<Piece> out = new ArrayList<>();
        append(out, inlines, style, color, null, onMissing);
        return out;
    }

    /** Body blocks in reading order; see {@link StyledBlock} for how lists and quotes come out. */
    public List<StyledBlock> blocks(List<Block> blocks, FontStyle style, FontChain.MissingGlyphHandler onMissing) {
        List<StyledBlock> out = new ArrayList<>();
        for (Block b : blocks) {
            block(out, b, 0, style, false, onMissing);
        }
        return out;
    }

    private void block(List<StyledBlock> out, Block b, int depth, FontStyle style, boolean inQuote,
                       FontChain.MissingGlyphHandler onMissing) {
        if (b instanceof Block.Paragraph p) {
            StyledBlock.Kind kind = inQuote ? StyledBlock.Kind.QUOTE : StyledBlock.Kind.PARAGRAPH;
            out.add(new StyledBlock(kind, depth, List.of(), inlines(p.content(), style, onMissing), p.line()));
        } else if (b instanceof Block.Heading h) {
            out.add(new StyledBlock(StyledBlock.Kind.HEADING, depth, List.of(), inlines(h.content(), style.withBold(), onMissing), h.line()));
        } else if (b instanceof Block.Quote q) {
            for (Block inner : q.content()) {
                block(out, inner, depth, style.withItalic(), true, onMissing);
            }
            if (q.hasAttribution()) {
                List<Piece> pieces = new ArrayList<>();
                spans(pieces, text, "\u2014\u00a0", style, color, null, onMissing);
                append(pieces, q.attribution(), style, color, null, onMissing);
                out.add(new StyledBlock(StyledBlock.Kind.ATTRIBUTION, depth, List.of(), pieces, q.line()));
            }
        } else if (b instanceof Block.CodeBlock c) {
            out.add(new StyledBlock(StyledBlock.Kind.CODE, depth, List.of(), codeLines(c.code(), onMissing), c.line()));
        } else if (b instanceof Block.ListBlock l) {
            list(out, l, depth, style, inQuote, onMissing);
        } else if (b instanceof Block.Rule r) {
            out.add(new StyledBlock(StyledBlock.Kind.RULE, depth, List.of(), List.of(), r.line()));
        }
    }

    private void list(List<StyledBlock> out, Block.ListBlock l, int depth, FontStyle style, boolean inQuote,
                      FontChain.MissingGlyphHandler onMissing) {
        for (int i = 0; i < l.items().size(); i++) {
            String mark = l.ordered() ? (l.start() + i) + "." : "\u2022";
            boolean first = true;
            for (Block inner : l.items().get(i)) {
                if (inner instanceof Block.Paragraph p) {
                    List<Piece> marker = first ? plain(mark, style, onMissing) : List.of();
                    out.add(new StyledBlock(StyledBlock.Kind.LIST_ITEM, depth + 1, marker, inlines(p.content(), style, onMissing), p.line()));
                } else {
                    block(out, inner, depth + 1, style, inQuote, onMissing);
                }
                first = false;
            }
        }
    }

    /** Code keeps its lines; leading indentation becomes no-break spaces so it survives line breaking. */
    private List<Piece> codeLines(String source, FontChain.MissingGlyphHandler onMissing) {
        List<Piece> out = new ArrayList<>();
        String[] lines = source.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.add(new Piece.Break());
            }
            String line = lines[i].replace("\t", "    ");
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String s = "\u00a0".repeat(indent) + line.substring(indent);
            spans(out, code, s, FontStyle.REGULAR, color, null, onMissing);
        }
        return out;
    }

    private void append(List<Piece> out, List<Inline> inlines, FontStyle style, Rgb c, String link,
                        FontChain.MissingGlyphHandler onMissing) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                spans(out, text, t.text(), style, c, link, onMissing);
            } else if (in instanceof Inline.Emphasis e) {
                append(out, e.children(), style.withItalic(), c, link, onMissing);
            } else if (in instanceof Inline.Strong s) {
                append(out, s.children(), style.withBold(), c, link, onMissing);
            } else if (in instanceof Inline.Code k) {
                spans(out, code, k.text(), style.bold() ? FontStyle.BOLD : FontStyle.REGULAR, c, link, onMissing);
            } else if (in instanceof Inline.Link l) {
                append(out, l.children(), style, linkColor, l.destination(), onMissing);
            } else if (in instanceof Inline.SoftBreak) {
                spans(out, text, " ", style, c, link, onMissing);
            } else if (in instanceof Inline.HardBreak) {
                out.add(new Piece.Break());
            }
        }
    }

    private static void spans(List<Piece> out, FontChain chain, String s, FontStyle style, Rgb c, String link,
                              FontChain.MissingGlyphHandler onMissing) {
        for (FontChain.Run run : chain.runs(s, style, onMissing)) {
            out.add(new Piece.Span(run.face(), run.text(), c, link));
        }
    }
}
