package org.lessonpress.typeset;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.theme.Rgb;

/**
 * Stacks a body's blocks from the top down at one type size, the one way every PDF format does: paragraphs; quotes
 * indented with a bar beside them and their attribution; code on a tinted ground; list items with hanging markers;
 * headings; short rules. Spacing follows the line height: half a line between blocks, list items and a quote's
 * parts closer. Pure: measured blocks and a width in, boxes and fills out, in points, y growing down from the top.
 * A search that only needs the height asks {@link #height}, which counts lines and lays nothing out.
 */
public final class BlockStack {
    /** Gap between blocks, in line heights. */
    static final double BLOCK_GAP = 0.5;
    static final double LIST_ITEM_GAP = 0.15;
    static final double QUOTE_GAP = 0.3;
    static final double ATTRIBUTION_GAP = 0.1;
    /** Indents and marks in ems of the body size. */
    static final double LIST_INDENT = 1.2;
    static final double MARKER_GAP = 0.35;
    static final double QUOTE_INDENT = 1.0;
    static final double QUOTE_BAR_AT = 0.25;
    static final double CODE_PAD = 0.4;
    static final double CODE_LEADING = 1.25;
    static final double RULE_LENGTH = 6;
    /** A column narrower than this many ems cannot hold running text. */
    static final double MIN_WIDTH = 4;

    /**
     * How one format colours and sets its blocks.
     *
     * @param body             the setting of paragraphs, quotes and list items
     * @param display          the setting of headings and list markers
     * @param attribution      the setting of attributions (ragged or set right)
     * @param codeScale        code size relative to the body
     * @param paragraphIndent  0 to space paragraphs apart; else the first-line indent, in ems, of a paragraph that
     *                         follows another (a book's way), with no space between them
     * @param grid             keep running text on a grid of whole line heights, so facing pages back up
     * @param quoteBar         the colour of the bar beside a quote
     * @param attributionColor the colour of attributions, or null to keep the text's
     * @param codeBackground   the ground behind code
     * @param rule             the colour of rules
     */
    public record Look(Setting body, Setting display, Setting attribution, double codeScale, double paragraphIndent,
                       boolean grid, Rgb quoteBar, Rgb attributionColor, Rgb codeBackground, Rgb rule) {

        /** The look with the quote bar and rules in a section's colours. */
        public Look inColors(Rgb bar, Rgb ruleColor) {
            return new Look(body, display, attribution, codeScale, paragraphIndent, grid, bar, attributionColor,
                    codeBackground, ruleColor);
        }
    }

    /**
     * A text box with its top-left corner at ({@code x}, {@code y}) from the stack's top-left: the text of the
     * {@code part}-th part (of {@code kind}), or its list marker.
     */
    public record Placed(TextBox box, double x, double y, int part, MeasuredBlocks.Kind kind, boolean marker) {
    }

    /** A filled area (a quote bar, a code ground, a rule). */
    public record Fill(double x, double y, double width, double height, Rgb color) {
    }

    /** The stacked blocks: their total height, whether every line fits, and (when laid out) what to draw. */
    public record Stack(double height, boolean fits, List<Placed> texts, List<Fill> fills) {
        public Stack {
            texts = List.copyOf(texts);
            fills = List.copyOf(fills);
        }
    }

    private final Look look;

    public BlockStack(Look look) {
        this.look = look;
    }

    /** The height of the blocks at {@code size} in lines {@code lineHeight} apart, {@code width} wide; NaN if they do not fit. */
    public double height(MeasuredBlocks blocks, double size, double lineHeight, double width) {
        Stack s = stack(blocks, size, lineHeight, width, false);
        return s.fits() ? s.height() : Double.NaN;
    }

    /** The blocks laid out. */
    public Stack layout(MeasuredBlocks blocks, double size, double lineHeight, double width) {
        return stack(blocks, size, lineHeight, width, true);
    }

    private Stack stack(MeasuredBlocks blocks, double size, double lh, double width, boolean build) {
        List<Placed> texts = new ArrayList<>();
        List<Fill> fills = new ArrayList<>();
        double y = 0;
        boolean fits = true;
        MeasuredBlocks.Kind prev = null;
        int bar = -1;
        List<MeasuredBlocks.Part> parts = blocks.parts();
        for (int index = 0; index < parts.size(); index++) {
            MeasuredBlocks.Part part = parts.get(index);
            MeasuredBlocks.Kind kind = part.kind();
            boolean runOn = look.paragraphIndent() > 0 && prev == kind
                    && (kind == MeasuredBlocks.Kind.PARAGRAPH || kind == MeasuredBlocks.Kind.QUOTE);
            // On a grid an attribution takes the next line: any gap would cost a whole line.
            boolean onGridAttribution = look.grid() && kind == MeasuredBlocks.Kind.ATTRIBUTION;
            if (prev != null && !runOn && !onGridAttribution) {
                y += gap(prev, kind) * lh;
            }
            // Running text starts on the grid; code and rules need not.
            if (look.grid() && kind != MeasuredBlocks.Kind.CODE && kind != MeasuredBlocks.Kind.RULE) {
                y = onGrid(y, lh);
            }
            double indent = runOn ? look.paragraphIndent() * size : 0;
            double x = part.depth() * LIST_INDENT * size;
            if (width - x < MIN_WIDTH * size) {
                fits = false;
                x = Math.max(0, width - MIN_WIDTH * size);
            }
            Text at = new Text(index, kind, build, texts);
            switch (kind) {
                case RULE -> {
                    double t = Math.max(0.5, 0.06 * size);
                    if (build) {
                        fills.add(new Fill(x, y + lh / 2 - t / 2, Math.min(width - x, RULE_LENGTH * size), t, look.rule()));
                    }
                    y += lh;
                }
                case CODE -> {
                    double pad = CODE_PAD * size;
                    double cs = size * look.codeScale();
                    double h = at.set(part.text(), Setting.RAGGED, cs, cs * CODE_LEADING, width - x - 2 * pad, x + pad, y + pad, 0);
                    fits &= !Double.isNaN(h);
                    h = Double.isNaN(h) ? 0 : h;
                    if (build) {
                        fills.add(new Fill(x, y, width - x, h + 2 * pad, look.codeBackground()));
                    }
                    y += h + 2 * pad;
                }
                case QUOTE, ATTRIBUTION -> {
                    double qx = x + QUOTE_INDENT * size;
                    boolean quote = kind == MeasuredBlocks.Kind.QUOTE;
                    int first = texts.size();
                    double h = at.set(part.text(), quote ? look.body() : look.attribution(), size, lh, width - qx, qx, y, indent);
                    fits &= !Double.isNaN(h);
                    h = Double.isNaN(h) ? 0 : h;
                    if (build && !quote && look.attributionColor() != null && first < texts.size()) {
                        Placed p = texts.get(first);
                        texts.set(first, new Placed(p.box().withColor(look.attributionColor()), p.x(), p.y(), p.part(),
                                p.kind(), false));
                    }
                    if (build) {
                        boolean continued = prev == MeasuredBlocks.Kind.QUOTE || prev == MeasuredBlocks.Kind.ATTRIBUTION;
                        if (continued && bar >= 0) {
                            Fill b = fills.get(bar);
                            fills.set(bar, new Fill(b.x(), b.y(), b.width(), y + h - b.y(), b.color()));
                        } else {
                            fills.add(new Fill(x + QUOTE_BAR_AT * size, y, Math.max(0.75, 0.12 * size), h, look.quoteBar()));
                            bar = fills.size() - 1;
                        }
                    }
                    y += h;
                }
                case LIST_ITEM -> {
                    if (part.marker() != null && build) {
                        TextBox mark = part.marker().layout(look.display(), size, lh, x);
                        texts.add(new Placed(mark, x - MARKER_GAP * size - mark.width(), y, index, kind, true));
                    }
                    double h = at.set(part.text(), look.body(), size, lh, width - x, x, y, 0);
                    fits &= !Double.isNaN(h);
                    y += Double.isNaN(h) ? 0 : h;
                }
                case PARAGRAPH, HEADING -> {
                    Setting setting = kind == MeasuredBlocks.Kind.HEADING ? look.display() : look.body();
                    double h = at.set(part.text(), setting, size, lh, width - x, x, y, indent);
                    fits &= !Double.isNaN(h);
                    y += Double.isNaN(h) ? 0 : h;
                }
            }
            prev = kind;
        }
        return new Stack(look.grid() ? onGrid(y, lh) : y, fits, texts, fills);
    }

    /** The next whole line height at or below {@code y}. */
    private static double onGrid(double y, double lh) {
        return Math.ceil(y / lh - 1e-9) * lh;
    }

    /** Sets or counts the text of one part. */
    private record Text(int part, MeasuredBlocks.Kind kind, boolean build, List<Placed> out) {
        /** The text's height, or NaN when a line does not fit. */
        double set(MeasuredParagraph text, Setting setting, double size, double lh, double width, double x, double y,
                   double indent) {
            if (!build) {
                MeasuredParagraph.Fit fit = text.fit(setting, size, width, indent);
                return fit.fits() ? fit.lines() * lh : Double.NaN;
            }
            TextBox box = text.layout(setting, size, lh, width, indent);
            out.add(new Placed(box, x, y, part, kind, false));
            return box.fits() ? box.height() : Double.NaN;
        }
    }

    /** Space between two blocks, in line heights: list items and a quote's parts stay close. */
    static double gap(MeasuredBlocks.Kind prev, MeasuredBlocks.Kind next) {
        if (prev == MeasuredBlocks.Kind.RULE || next == MeasuredBlocks.Kind.RULE) {
            return 0;
        }
        if (prev == MeasuredBlocks.Kind.LIST_ITEM && next == MeasuredBlocks.Kind.LIST_ITEM) {
            return LIST_ITEM_GAP;
        }
        if (next == MeasuredBlocks.Kind.ATTRIBUTION) {
            return ATTRIBUTION_GAP;
        }
        if (prev == MeasuredBlocks.Kind.QUOTE && next == MeasuredBlocks.Kind.QUOTE) {
            return QUOTE_GAP;
        }
        return BLOCK_GAP;
    }
}
