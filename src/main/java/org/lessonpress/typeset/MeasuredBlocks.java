package org.lessonpress.typeset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.model.Block;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;

/**
 * A lesson body's blocks, styled and measured once, flattened in reading order for {@link BlockStack}: a list's
 * paragraphs become list items (the first of an item with its marker, "•" or "3."), nested one level deeper; a
 * quote's paragraphs are quote parts (emphasis toggled to italic) and its attribution ("— Name", the dash tied to
 * the name) follows them.
 */
public final class MeasuredBlocks {

    /** What a part was in the model. */
    public enum Kind { PARAGRAPH, QUOTE, ATTRIBUTION, CODE, LIST_ITEM, HEADING, RULE }

    /**
     * One part: its kind, its list nesting, the marker of a list item's first paragraph (else null), the text (null
     * for a rule) and the source line.
     */
    public record Part(Kind kind, int depth, MeasuredParagraph marker, MeasuredParagraph text, int line) {
    }

    private final List<Part> parts;

    private MeasuredBlocks(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Styles the blocks with {@code styler} (body face {@code style}; headings bold in {@code display}) and
     * measures each with {@code typesetter}.
     */
    public static MeasuredBlocks of(List<Block> blocks, Typesetter typesetter, Styler styler, Styler display, FontStyle style,
                                    FontChain.MissingGlyphHandler onMissing) {
        return of(blocks, typesetter, styler, display, style, b -> onMissing);
    }

    /** As above, each block reporting a missing glyph through its own handler (at its own source line). */
    public static MeasuredBlocks of(List<Block> blocks, Typesetter typesetter, Styler styler, Styler display, FontStyle style,
                                    Function<Block, FontChain.MissingGlyphHandler> onMissing) {
        List<Part> out = new ArrayList<>();
        for (Block b : blocks) {
            b.accept(new Walk(typesetter, styler, display, style, 0, false, false, null, onMissing.apply(b), out));
        }
        return new MeasuredBlocks(out);
    }

    public List<Part> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * The walk's state: nesting, the face, whether inside a quote or a list item, and the marker the next paragraph
     * of a list item carries.
     */
    private record Walk(Typesetter t, Styler styler, Styler display, FontStyle style, int depth, boolean inQuote, boolean inList,
                        MeasuredParagraph marker, FontChain.MissingGlyphHandler onMissing, List<Part> out)
            implements Block.Visitor<Void> {

        private MeasuredParagraph measure(List<Span> spans) {
            return t.measure(spans);
        }

        @Override
        public Void paragraph(Block.Paragraph p) {
            Kind kind = inQuote ? Kind.QUOTE : inList ? Kind.LIST_ITEM : Kind.PARAGRAPH;
            out.add(new Part(kind, depth, inQuote ? null : marker, measure(styler.inlines(p.content(), style, onMissing)),
                    p.line()));
            return null;
        }

        @Override
        public Void quote(Block.Quote q) {
            FontStyle italic = style.italic() ? FontStyle.of(style.bold(), false) : style.withItalic();
            Walk inside = new Walk(t, styler, display, italic, depth, true, inList, null, onMissing, out);
            for (Block b : q.content()) {
                b.accept(inside);
            }
            if (q.hasAttribution()) {
                List<Span> spans = new ArrayList<>(styler.plain("\u2014\u00a0", style, onMissing));
                spans.addAll(styler.inlines(q.attribution(), style, onMissing));
                out.add(new Part(Kind.ATTRIBUTION, depth, null, measure(spans), q.line()));
            }
            return null;
        }

        @Override
        public Void code(Block.CodeBlock c) {
            out.add(new Part(Kind.CODE, depth, null, measure(styler.codeLines(c.code(), onMissing)), c.line()));
            return null;
        }

        @Override
        public Void list(Block.ListBlock l) {
            Walk rest = new Walk(t, styler, display, style, depth + 1, false, true, null, onMissing, out);
            for (int i = 0; i < l.items().size(); i++) {
                String mark = l.ordered() ? (l.start() + i) + "." : "\u2022";
                MeasuredParagraph m = measure(styler.plain(mark, style, onMissing));
                Walk first = new Walk(t, styler, display, style, depth + 1, false, true, m, onMissing, out);
                List<Block> item = l.items().get(i);
                for (int k = 0; k < item.size(); k++) {
                    item.get(k).accept(k == 0 ? first : rest);
                }
            }
            return null;
        }

        @Override
        public Void heading(Block.Heading h) {
            out.add(new Part(Kind.HEADING, depth, null, measure(display.inlines(h.content(), FontStyle.BOLD, onMissing)),
                    h.line()));
            return null;
        }

        @Override
        public Void rule(Block.Rule r) {
            out.add(new Part(Kind.RULE, depth, null, null, r.line()));
            return null;
        }
    }
}
