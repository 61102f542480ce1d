package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.theme.FontChain;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.typeset.BlockStack;
import org.lessonpress.typeset.MeasuredBlocks;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * Turns text set by the core into the booklet's rows: a paragraph's lines, display lines, and whole bodies stacked by
 * the core's {@link BlockStack} on the body's baseline grid (paragraphs that follow one another indented rather than
 * spaced, justified and hyphenated). A paragraph never leaves one line alone at the foot or the head of a page.
 */
final class BlockSetter {
    private final Typography type;
    private final FontChain.MissingGlyphHandler glyphs;
    private final boolean hyphenate;

    BlockSetter(Typography type, FontChain.MissingGlyphHandler glyphs, boolean hyphenate) {
        this.type = type;
        this.glyphs = glyphs;
        this.hyphenate = hyphenate;
    }

    Typography type() {
        return type;
    }

    /** The same setter reporting missing glyphs for another place ("lesson 12"). */
    BlockSetter with(FontChain.MissingGlyphHandler other) {
        return new BlockSetter(type, other, hyphenate);
    }

    /** The same setter with other type (the intro's, a step larger). */
    BlockSetter with(Typography other) {
        return new BlockSetter(other, glyphs, hyphenate);
    }

    FontChain.MissingGlyphHandler glyphs() {
        return glyphs;
    }

    /** Justified body text, hyphenated unless the theme says not. */
    Setting body() {
        return Setting.JUSTIFIED.withHyphenation(hyphenate);
    }

    // --- measuring

    MeasuredParagraph measure(List<Inline> inlines, TextStyle st) {
        return type.type().measure(st.styler().inlines(inlines, st.face(), glyphs));
    }

    MeasuredParagraph measure(String text, TextStyle st) {
        return type.type().measure(st.styler().plain(text, st.face(), glyphs));
    }

    /** The width of a text set on one line. */
    double width(String text, TextStyle st) {
        return measure(text, st).naturalWidthEm() * st.size();
    }

    /**
     * The size, a step of the scale smaller at a time and no smaller than {@code minSize}, at which display text's
     * widest word fits the width: a heading shrinks rather than cut a word.
     */
    double fitted(MeasuredParagraph text, double size, double width, double minSize) {
        double widest = text.widestUnbreakableEm(Setting.DISPLAY);
        double s = size;
        while (widest * s > width && s > minSize) {
            s = Math.max(minSize, s / type.ratio());
        }
        return s;
    }

    // --- lines to rows

    /** Display text (headings, leads, attributions, colophon): balanced lines broken at spaces, never hyphenated. */
    List<Row> display(MeasuredParagraph text, double size, double x, double width, Setting.Align align, double leading) {
        return rows(text.layout(Setting.DISPLAY.aligned(align), size, leading, width), x);
    }

    /** One row per line, as high as the box's line height; a page may break only where neither part keeps a lone line. */
    List<Row> rows(TextBox box, double x) {
        List<Row> out = new ArrayList<>();
        int n = box.lines().size();
        for (int i = 0; i < n; i++) {
            TextBox.Line line = box.lines().get(i);
            List<PageItem> items = new ArrayList<>();
            addLine(items, line, x, line.baseline() - i * box.lineHeight(), box.lineHeight());
            out.add(new Row(box.lineHeight(), items, breakableBefore(i, n), false, List.of(), null));
        }
        return out;
    }

    /** Lines 2 to n-1 of a paragraph may start a page only with two lines before and after them. */
    static boolean breakableBefore(int i, int n) {
        return i == 0 || (i >= 2 && n - i >= 2);
    }

    /** A line's runs as text items on {@code baseline} (row coordinates) and its links as clickable areas. */
    static void addLine(List<PageItem> items, TextBox.Line line, double x, double baseline, double height) {
        for (TextBox.Run r : line.runs()) {
            items.add(new PageItem.Text(x + r.x(), baseline, r.text(), r.face(), r.size(), r.color(), r.scaleX(), r.tracking()));
        }
        String target = null;
        double start = 0;
        double end = 0;
        for (TextBox.Run r : line.runs()) {
            if (r.link() != null && r.link().equals(target) && r.x() - end < 8) {
                end = r.x() + r.width();
                continue;
            }
            if (target != null) {
                items.add(new PageItem.Link(x + start, 0, end - start, height, target));
            }
            target = r.link();
            start = r.x();
            end = r.x() + r.width();
        }
        if (target != null) {
            items.add(new PageItem.Link(x + start, 0, end - start, height, target));
        }
    }

    /** Rows that must stay together (headings, short runs). */
    static List<Row> plain(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i).withBreak(i == 0 && rows.get(i).breakBefore()));
        }
        return out;
    }

    // --- blocks

    /** Blocks in the body style, each reporting missing glyphs where {@code place} says. */
    List<Row> blocks(List<Block> blocks, double x, double width, TextStyle base, Function<Block, FontChain.MissingGlyphHandler> place) {
        TextStyle heading = type.sansStyle(FontStyle.BOLD, base.size(), type.text());
        MeasuredBlocks measured = MeasuredBlocks.of(blocks, type.type(), base.styler(), heading.styler(), base.face(), place);
        BlockStack.Look look = new BlockStack.Look(body(), Setting.DISPLAY, Setting.DISPLAY.aligned(Setting.Align.RIGHT),
                type.type().codeScale(), 1.0, true, type.rule(), null, type.codeBackground(), type.rule());
        BlockStack.Stack stack = new BlockStack(look).layout(measured, base.size(), type.leading(), width);
        return rows(stack, x);
    }

    /** A text line of a stack, top-down. */
    private record StackLine(double top, double height, List<PageItem> items, int part, MeasuredBlocks.Kind kind,
                             int index, int count) {
    }

    /**
     * The stack as rows: each line a row of its own height, the space between lines rows of space, and the fills
     * (quote bars, code grounds, rules) cut to the rows they cross, so a quote or code block may run onto the next page.
     */
    private static List<Row> rows(BlockStack.Stack stack, double x) {
        List<StackLine> lines = new ArrayList<>();
        List<BlockStack.Placed> markers = new ArrayList<>();
        for (BlockStack.Placed p : stack.texts()) {
            if (p.marker()) {
                markers.add(p);
                continue;
            }
            TextBox box = p.box();
            for (int i = 0; i < box.lines().size(); i++) {
                TextBox.Line line = box.lines().get(i);
                List<PageItem> items = new ArrayList<>();
                addLine(items, line, x + p.x(), line.baseline() - i * box.lineHeight(), box.lineHeight());
                lines.add(new StackLine(p.y() + i * box.lineHeight(), box.lineHeight(), items, p.part(), p.kind(), i,
                        box.lines().size()));
            }
        }
        lines.sort(Comparator.comparingDouble(StackLine::top));
        List<Row> out = new ArrayList<>();
        double y = 0;
        int keep = 0;
        for (StackLine l : lines) {
            if (l.top() > y + 1e-6) {
                out.add(fillRow(stack, x, y, l.top()));
            }
            // Grounds and bars first, so they lie under the text; the marker before its item's text.
            List<PageItem> items = new ArrayList<>(fills(stack, x, l.top(), l.top() + l.height()));
            for (BlockStack.Placed m : markers) {
                if (m.part() == l.part() && l.index() == 0) {
                    TextBox.Line ml = m.box().lines().get(0);
                    addLine(items, ml, x + m.x(), ml.baseline(), l.height());
                }
            }
            items.addAll(l.items());
            // A heading keeps its lines and the first two lines after it; an attribution stays with its quote.
            boolean heading = l.kind() == MeasuredBlocks.Kind.HEADING;
            boolean allowed = heading ? l.index() == 0
                    : l.kind() == MeasuredBlocks.Kind.CODE || breakableBefore(l.index(), l.count());
            boolean breakable = allowed && l.kind() != MeasuredBlocks.Kind.ATTRIBUTION && (heading || keep == 0);
            if (heading) {
                keep = 2;
            } else if (keep > 0) {
                keep--;
            }
            out.add(new Row(l.height(), items, breakable, false, List.of(), null));
            y = l.top() + l.height();
        }
        if (stack.height() > y + 1e-6) {
            out.add(fillRow(stack, x, y, stack.height()));
        }
        return out;
    }

    /** Space between lines; it carries the parts of fills that cross it (a rule, code padding). */
    private static Row fillRow(BlockStack.Stack stack, double x, double top, double bottom) {
        List<PageItem> pieces = fills(stack, x, top, bottom);
        Row r = Row.space(bottom - top);
        return pieces.isEmpty() ? r : new Row(bottom - top, pieces, true, false, List.of(), null);
    }

    private static List<PageItem> fills(BlockStack.Stack stack, double x, double top, double bottom) {
        List<PageItem> out = new ArrayList<>();
        for (BlockStack.Fill f : stack.fills()) {
            double a = Math.max(top, f.y());
            double b = Math.min(bottom, f.y() + f.height());
            if (b - a > 1e-6) {
                out.add(new PageItem.Box(x + f.x(), a - top, f.width(), b - a, f.color()));
            }
        }
        return out;
    }
}
