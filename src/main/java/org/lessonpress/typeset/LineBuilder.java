package org.lessonpress.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the line breaker's breaks into a {@link TextBox}: runs of text per span, positioned in points, justified
 * lines' spaces stretched or shrunk by their ratio, ragged lines shifted for their alignment, a hyphen where the
 * breaker broke a word. Between two runs of one span a natural space is drawn as a space, so text extracts as
 * written and the file stays small.
 */
final class LineBuilder {
    private final MeasuredParagraph p;
    private final LineBreaker.Result result;
    private final double size;
    private final double lineHeight;
    private final double maxWidth;
    private final double indent;
    private final double baselineRatio;
    private final Setting setting;
    /** The letter spacing of the line being built, in points. */
    private double tracking;

    LineBuilder(MeasuredParagraph p, LineBreaker.Result result, Setting setting, double size, double lineHeight,
                double maxWidth, double indent, double baselineRatio) {
        this.p = p;
        this.result = result;
        this.setting = setting;
        this.size = size;
        this.lineHeight = lineHeight;
        this.maxWidth = maxWidth;
        this.indent = indent;
        this.baselineRatio = baselineRatio;
    }

    TextBox box() {
        List<TextBox.Line> lines = new ArrayList<>();
        int prevEnd = -1;
        for (int j = 0; j < result.ends().length; j++) {
            int end = result.ends()[j];
            int start = LineBreaker.skip(p, prevEnd + 1, p.size);
            lines.add(line(j, Math.min(start, end), end, result.ratios()[j]));
            prevEnd = end;
        }
        return new TextBox(lines, size, lineHeight, maxWidth);
    }

    private TextBox.Line line(int index, int start, int breakItem, double ratio) {
        boolean endOfText = breakItem >= p.size || (p.kind[breakItem] == MeasuredParagraph.PENALTY
                && p.sub[breakItem] == MeasuredParagraph.FORCED);
        int end = breakItem;
        if (endOfText) {
            while (end > start && p.kind[end - 1] != MeasuredParagraph.BOX) {
                end--;
            }
        }
        List<TextBox.Run> runs = new ArrayList<>();
        double scaleX = 1 + LineBreaker.expansion(ratio);
        // Letter spacing follows every glyph of a word but its last: added per glyph, taken back where a word ends.
        double tc = LineBreaker.tracking(ratio) * size;
        this.tracking = tc;
        StringBuilder text = new StringBuilder();
        int runSpan = -1;
        double runX = 0;
        double x = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            byte kind = p.kind[i];
            if (kind == MeasuredParagraph.BOX) {
                double w = p.width[i] * size * scaleX;
                if (runSpan != p.span[i]) {
                    flush(runs, text, runSpan, runX, x, scaleX);
                    runSpan = p.span[i];
                    runX = x;
                }
                text.append(p.text, p.from[i], p.to[i]);
                x += w + p.text.codePointCount(p.from[i], p.to[i]) * tc;
                inWord = true;
            } else if (kind == MeasuredParagraph.GLUE) {
                if (inWord) {
                    x -= tc;
                    inWord = false;
                }
                double natural = p.width[i] * size;
                boolean stretchable = p.sub[i] != Ties.Space.THIN_TIE.ordinal();
                double gap = stretchable ? natural * (1 + ratio * (ratio > 0 ? LineBreaker.STRETCH : LineBreaker.SHRINK))
                        : natural * scaleX;
                char c = p.text.charAt(p.from[i]);
                boolean plainSpace = (c == ' ' || c == '\u00a0') && gap == natural;
                boolean sameAround = i + 1 < end && p.kind[i + 1] == MeasuredParagraph.BOX && p.span[i + 1] == runSpan
                        && p.span[i] == runSpan;
                if (plainSpace && sameAround) {
                    text.append(' ');
                } else {
                    flush(runs, text, runSpan, runX, x, scaleX);
                    runSpan = -1;
                }
                x += gap;
                if (runSpan == -1) {
                    runX = x;
                }
            }
        }
        boolean hyphen = !endOfText && p.addsHyphen(breakItem, setting);
        if (hyphen) {
            int s = p.span[breakItem];
            if (s != runSpan) {
                flush(runs, text, runSpan, runX, x, scaleX);
                runSpan = s;
                runX = x;
            }
            text.append('-');
            x += p.width[breakItem] * size * scaleX + tc;
            inWord = true;
        }
        if (inWord) {
            x -= tc;
        }
        flush(runs, text, runSpan, runX, x, scaleX);
        double measure = maxWidth - (index == 0 ? indent : 0);
        double shift = index == 0 ? indent : 0;
        if (ratio == 0) {
            shift += switch (setting.align()) {
                case LEFT -> 0;
                case RIGHT -> Math.max(0, measure - x);
                case CENTER -> Math.max(0, measure - x) / 2;
            };
        }
        if (shift != 0) {
            List<TextBox.Run> moved = new ArrayList<>(runs.size());
            for (TextBox.Run r : runs) {
                moved.add(r.movedBy(shift));
            }
            runs = moved;
        }
        double baseline = index * lineHeight + lineHeight / 2 + baselineRatio * size;
        return new TextBox.Line(runs, shift + x, baseline, hyphen);
    }

    private void flush(List<TextBox.Run> runs, StringBuilder text, int span, double runX, double x, double scaleX) {
        if (span >= 0 && !text.isEmpty()) {
            Span s = p.spans.get(span);
            runs.add(new TextBox.Run(s.face(), text.toString(), size * s.scale(), s.color(), s.link(), runX, x - runX, scaleX,
                    tracking));
        }
        text.setLength(0);
    }
}
