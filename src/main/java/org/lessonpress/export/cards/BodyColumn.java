package org.lessonpress.export.cards;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.pdfbox.MeasuredText;
import org.lessonpress.export.pdfbox.Rect;
import org.lessonpress.export.pdfbox.StyledBlock;
import org.lessonpress.export.pdfbox.TextBox;
import org.lessonpress.theme.Rgb;

/**
 * Stacks the body blocks of a card back from the top down at one type size: paragraphs, quotes with a rule in
 * the section colour and a muted attribution, code on a tinted ground, list items with hanging markers.
 * Spacing follows the leading: a paragraph gap is under half a line, items of one list sit closer.
 */
final class BodyColumn {

    /** A body block measured once, laid out at each size the fitting tries. */
    record Measured(StyledBlock block, MeasuredText text, MeasuredText marker) {
    }

    private final CardStyle style;
    private final double size;
    private final double left;
    private final double right;
    private final Rgb quoteRule;
    private final double lineHeight;
    private final double indent;
    final List<CardFace.Text> texts = new ArrayList<>();
    final List<CardFace.Fill> fills = new ArrayList<>();
    final List<CardFace.Rule> rules = new ArrayList<>();
    private double y;

    BodyColumn(CardStyle style, double size, double left, double right, double top, Rgb quoteRule) {
        this.style = style;
        this.size = size;
        this.left = left;
        this.right = right;
        this.y = top;
        this.quoteRule = quoteRule;
        this.lineHeight = size * style.leading();
        this.indent = size * 1.4;
    }

    /** Places the blocks; returns where the last one ends. */
    double place(List<Measured> body) {
        for (int i = 0; i < body.size(); i++) {
            Measured m = body.get(i);
            StyledBlock.Kind kind = m.block().kind();
            StyledBlock.Kind next = i + 1 < body.size() ? body.get(i + 1).block().kind() : null;
            double x = left + m.block().depth() * indent;
            if (kind == StyledBlock.Kind.QUOTE || kind == StyledBlock.Kind.ATTRIBUTION) {
                quote(m, x);
            } else if (kind == StyledBlock.Kind.CODE) {
                code(m, x);
            } else if (kind == StyledBlock.Kind.LIST_ITEM) {
                listItem(m, x);
            } else if (kind == StyledBlock.Kind.RULE) {
                rule(x);
            } else {
                text(m.text().layout(size, style.leading(), right - x), x);
            }
            if (next != null) {
                y -= gap(kind, next);
            }
        }
        return y;
    }

    private double gap(StyledBlock.Kind kind, StyledBlock.Kind next) {
        if (kind == StyledBlock.Kind.RULE) {
            return 0;
        }
        if (kind == StyledBlock.Kind.QUOTE && next == StyledBlock.Kind.ATTRIBUTION) {
            return lineHeight * 0.1;
        }
        if (kind == StyledBlock.Kind.QUOTE && next == StyledBlock.Kind.QUOTE) {
            return lineHeight * 0.3;
        }
        if (kind == StyledBlock.Kind.LIST_ITEM && next == StyledBlock.Kind.LIST_ITEM) {
            return lineHeight * 0.15;
        }
        return lineHeight * 0.45;
    }

    private void text(TextBox box, double x) {
        texts.add(new CardFace.Text(box, x, y));
        y -= box.height();
    }

    private void quote(Measured m, double x) {
        double qx = x + size;
        TextBox box = m.text().layout(size, style.leading(), right - qx);
        if (m.block().kind() == StyledBlock.Kind.QUOTE) {
            double ruleX = x + size * 0.3;
            rules.add(new CardFace.Rule(ruleX, y - box.height() + size * 0.15, ruleX, y - size * 0.15, 1.2, quoteRule));
        } else {
            box = recolor(box, style.muted());
        }
        text(box, qx);
    }

    private void code(Measured m, double x) {
        double pad = size * 0.4;
        TextBox box = m.text().layout(size * 0.88, 1.25, right - x - 2 * pad);
        double height = box.height() + 2 * pad;
        fills.add(new CardFace.Fill(new Rect(x, y - height, right - x, height), style.codeBackground()));
        texts.add(new CardFace.Text(box, x + pad, y - pad));
        y -= height;
    }

    /** The text hangs at its depth; the marker sits in the indent before it. */
    private void listItem(Measured m, double x) {
        if (!m.marker().isEmpty()) {
            TextBox marker = m.marker().layout(size, style.leading(), indent);
            texts.add(new CardFace.Text(marker, x - indent + size * 0.2, y));
        }
        text(m.text().layout(size, style.leading(), right - x), x);
    }

    private void rule(double x) {
        double ry = y - lineHeight * 0.4;
        rules.add(new CardFace.Rule(x, ry, right, ry, 0.5, style.rule()));
        y -= lineHeight * 0.8;
    }

    /** The same text in another colour, links kept in theirs. */
    private static TextBox recolor(TextBox box, Rgb color) {
        List<TextBox.Line> lines = box.lines().stream().map(l -> new TextBox.Line(l.runs().stream()
                .map(r -> new TextBox.Run(r.face(), r.text(), r.link() == null ? color : r.color(), r.link(), r.x(), r.width()))
                .toList(), l.width(), l.baseline())).toList();
        return new TextBox(lines, box.size(), box.lineHeight(), box.maxWidth());
    }
}
