package org.lessonpress.export.booklet;

import org.lessonpress.typeset.Hyphenator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.theme.FontStyle;

/**
 * Sets the model's blocks (paragraphs, quotes, code, lists, headings, rules) as rows of lines at a given left
 * offset and width. Paragraphs are justified and hyphenated; a paragraph never leaves one line alone at the foot
 * or the head of a page.
 */
final class BlockSetter {
    private final Typography type;
    private final LineBreaker breaker;

    BlockSetter(Typography type, LineBreaker breaker) {
        this.type = type;
        this.breaker = breaker;
    }

    Typography type() {
        return type;
    }

    LineBreaker breaker() {
        return breaker;
    }

    /** The same setter reporting missing glyphs for another place ("lesson 12"). */
    BlockSetter with(LineBreaker other) {
        return new BlockSetter(type, other);
    }

    // --- inlines

    List<Span> spans(List<Inline> inlines, TextStyle base) {
        List<Span> out = new ArrayList<>();
        addSpans(inlines, base, out);
        return out;
    }

    private void addSpans(List<Inline> inlines, TextStyle st, List<Span> out) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                out.add(new Span(t.text(), st));
            } else if (in instanceof Inline.Emphasis e) {
                FontStyle f = st.face().italic() ? FontStyle.of(st.face().bold(), false) : st.face().withItalic();
                addSpans(e.children(), st.withFace(f), out);
            } else if (in instanceof Inline.Strong s) {
                addSpans(s.children(), st.withFace(st.face().withBold()), out);
            } else if (in instanceof Inline.Code c) {
                out.add(new Span(c.text(), st.withChain(type.mono(), st.size() * 0.88)));
            } else if (in instanceof Inline.Link l) {
                TextStyle ls = st.withLink(l.destination(), type.link());
                if (l.children().isEmpty()) {
                    out.add(new Span(l.destination(), ls));
                } else {
                    addSpans(l.children(), ls, out);
                }
            } else if (in instanceof Inline.SoftBreak) {
                out.add(new Span(" ", st));
            } else if (in instanceof Inline.HardBreak) {
                out.add(new Span(Span.HARD_BREAK, st));
            }
        }
    }

    // --- lines to rows

    /** Lines as rows of the given height; breaks allowed only where neither part keeps a lone line. */
    List<Row> rows(List<LineBreaker.Line> lines, double x, double leading, double size) {
        List<Row> out = new ArrayList<>();
        int n = lines.size();
        double baseline = leading / 2 + size * 0.36;
        for (int i = 0; i < n; i++) {
            List<PageItem> items = new ArrayList<>();
            LineBreaker.Line line = lines.get(i);
            for (LineBreaker.Piece p : line.pieces()) {
                items.add(new PageItem.Text(x + p.x(), baseline, p.text(), p.face(), p.size(), p.color()));
            }
            links(line, x, leading, items);
            boolean breakable = i == 0 || (i >= 2 && n - i >= 2);
            out.add(new Row(leading, items, breakable, false, List.of(), null));
        }
        return out;
    }

    private static void links(LineBreaker.Line line, double x, double leading, List<PageItem> items) {
        String target = null;
        double start = 0;
        double end = 0;
        for (LineBreaker.Piece p : line.pieces()) {
            if (p.link() != null && p.link().equals(target) && p.x() - end < 8) {
                end = p.x() + p.width();
                continue;
            }
            if (target != null) {
                items.add(new PageItem.Link(x + start, 0, end - start, leading, target));
            }
            target = p.link();
            start = p.x();
            end = p.x() + p.width();
        }
        if (target != null) {
            items.add(new PageItem.Link(x + start, 0, end - start, leading, target));
        }
    }

    List<Row> paragraph(List<Span> spans, double x, double width, LineBreaker.Align align, double indent) {
        List<LineBreaker.Line> lines = breaker.lines(spans, width, align, indent);
        double size = spans.isEmpty() ? type.body() : spans.get(0).style().size();
        return rows(lines, x, type.leading(), size);
    }

    /** Display text (headings, attributions, colophon): broken only at spaces, never hyphenated. */
    List<Row> displayParagraph(List<Span> spans, double x, double width, LineBreaker.Align align) {
        List<LineBreaker.Line> lines = breaker.display().lines(spans, width, align);
        double size = spans.isEmpty() ? type.body() : spans.get(0).style().size();
        return rows(lines, x, type.leading(), size);
    }

    /**
     * Display spans set a step of the scale smaller at a time, no smaller than {@code minSize}, until their widest
     * word fits the width: a heading shrinks rather than cut a word.
     */
    List<Span> toFit(List<Span> spans, double width, double minSize) {
        List<Span> out = spans;
        while (!out.isEmpty() && breaker.widestWord(out) > width) {
            double size = out.get(0).style().size();
            double next = Math.max(minSize, size / type.ratio());
            if (next >= size) {
                break;
            }
            out = scaled(out, next / size);
        }
        return out;
    }

    static List<Span> scaled(List<Span> spans, double factor) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(new Span(s.text(), s.style().withSize(s.style().size() * factor)));
        }
        return out;
    }

    // --- blocks

    /** Blocks in the body style; consecutive paragraphs are indented rather than spaced. */
    List<Row> blocks(List<Block> blocks, double x, double width, TextStyle base) {
        return blocks(blocks, x, width, base, b -> this);
    }

    /** Blocks as above, each set by the setter {@code place} gives it (reporting missing glyphs at its line). */
    List<Row> blocks(List<Block> blocks, double x, double width, TextStyle base, Function<Block, BlockSetter> place) {
        List<Row> out = new ArrayList<>();
        Block previous = null;
        for (Block b : blocks) {
            boolean runOn = previous instanceof Block.Paragraph && b instanceof Block.Paragraph;
            boolean afterHeading = previous instanceof Block.Heading;
            if (previous != null && !runOn) {
                out.add(Row.space(type.leading() / 2).withBreak(!afterHeading));
            }
            List<Row> rows = place.apply(b).block(b, x, width, base, runOn ? base.size() : 0);
            // A heading keeps the first two lines of what it introduces.
            out.addAll(afterHeading ? BodySetter.keepFirst(rows, 2) : rows);
            previous = b;
        }
        return out;
    }

    private List<Row> block(Block b, double x, double width, TextStyle base, double indent) {
        if (b instanceof Block.Paragraph p) {
            return paragraph(spans(p.content(), base), x, width, LineBreaker.Align.JUSTIFY, indent);
        } else if (b instanceof Block.Quote q) {
            return quote(q, x, width, base);
        } else if (b instanceof Block.CodeBlock c) {
            return code(c, x, width);
        } else if (b instanceof Block.ListBlock l) {
            return list(l, x, width, base);
        } else if (b instanceof Block.Heading h) {
            TextStyle hs = type.sansStyle(FontStyle.BOLD, type.step(h.level() <= 2 ? 1 : 0), type.text());
            List<Row> rows = plain(displayParagraph(toFit(spans(h.content(), hs), width, type.body()), x, width,
                    LineBreaker.Align.LEFT));
            List<Row> out = new ArrayList<>();
            out.add(Row.space(type.leading() / 2));
            out.addAll(rows);
            return out;
        } else if (b instanceof Block.Rule) {
            double mid = x + width / 2;
            return List.of(new Row(type.leading(), List.of(new PageItem.Stroke(mid - 24, type.leading() / 2, mid + 24,
                    type.leading() / 2, 0.6, type.rule())), true, false, List.of(), null));
        }
        return List.of();
    }

    /** Rows that must stay together (headings, short runs). */
    static List<Row> plain(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i).withBreak(i == 0 && rows.get(i).breakBefore()));
        }
        return out;
    }

    private List<Row> quote(Block.Quote q, double x, double width, TextStyle base) {
        double indent = base.size() * 1.2;
        TextStyle qs = base.withFace(base.face().italic() ? FontStyle.REGULAR : FontStyle.ITALIC);
        List<Row> rows = new ArrayList<>(blocks(q.content(), x + indent, width - indent, qs));
        if (q.hasAttribution()) {
            List<Span> attr = new ArrayList<>();
            attr.add(new Span("\u2014\u00A0", base));
            attr.addAll(spans(q.attribution(), base));
            // The attribution never starts a page on its own.
            rows.addAll(plain(displayParagraph(attr, x + indent, width - indent, LineBreaker.Align.RIGHT)).stream()
                    .map(r -> r.withBreak(false)).toList());
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.withItems(List.of(new PageItem.Stroke(x + 1.5, 0, x + 1.5, r.height(), 1.2, type.rule()))));
        }
        return out;
    }

    private List<Row> code(Block.CodeBlock c, double x, double width) {
        double size = type.step(-1);
        double leading = type.leading() * 0.8;
        double pad = 4;
        TextStyle cs = new TextStyle(type.mono(), FontStyle.REGULAR, size, type.text(), null);
        LineBreaker plainBreaker = breaker.withHyphenator(Hyphenator.OFF);
        List<Row> out = new ArrayList<>();
        out.add(new Row(pad, List.of(new PageItem.Box(x, 0, width, pad, type.codeBackground())), true, false, List.of(), null));
        String[] lines = c.code().stripTrailing().split("\n", -1);
        for (String line : lines) {
            List<Span> spans = List.of(new Span(line.replace(' ', '\u00A0'), cs));
            for (Row r : rows(plainBreaker.lines(spans, width - 2 * pad, LineBreaker.Align.LEFT), x + pad, leading, size)) {
                List<PageItem> items = new ArrayList<>();
                items.add(new PageItem.Box(x, 0, width, leading, type.codeBackground()));
                items.addAll(r.items());
                out.add(new Row(leading, items, true, false, List.of(), null));
            }
        }
        out.add(new Row(pad, List.of(new PageItem.Box(x, 0, width, pad, type.codeBackground())), false, false, List.of(), null));
        return out;
    }

    private List<Row> list(Block.ListBlock l, double x, double width, TextStyle base) {
        double indent = base.size() * 1.4;
        List<Row> out = new ArrayList<>();
        int n = l.start();
        for (List<Block> item : l.items()) {
            List<Row> rows = blocks(item, x + indent, width - indent, base);
            if (rows.isEmpty()) {
                continue;
            }
            String marker = l.ordered() ? (n++) + "." : "\u2022";
            List<Span> ms = List.of(new Span(marker, base));
            double mw = breaker.width(ms);
            Row first = rows.get(0);
            List<PageItem> mark = new ArrayList<>();
            for (Row r : rows(breaker.lines(ms, indent, LineBreaker.Align.LEFT), x + indent - mw - base.size() * 0.5,
                    first.height(), base.size())) {
                mark.addAll(r.items());
            }
            rows.set(0, first.withItemsFirst(mark));
            out.addAll(rows);
        }
        return out;
    }
}
