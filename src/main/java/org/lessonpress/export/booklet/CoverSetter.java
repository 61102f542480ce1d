package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.labels.Label;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.colour.SectionColours;

/**
 * The cover (a designed page: a band of section colours, the title large in the display face, the subtitle, and
 * author, date and source at the foot) and the closing page (closing text, citation, source, colophon).
 */
final class CoverSetter {
    private final BlockSetter setter;
    private final Places places;
    private final Geometry geo;
    private final Function<Integer, SectionColours> sectionColor;

    CoverSetter(BlockSetter setter, Places places, Geometry geo, Function<Integer, SectionColours> sectionColor) {
        this.setter = setter;
        this.places = places;
        this.geo = geo;
        this.sectionColor = sectionColor;
    }

    /**
     * Items of page 1, in page coordinates. The title hangs a third of the way down in the display face, as large as
     * the scale allows while every word fits whole on a line (titles are never hyphenated or cut) and it takes at most
     * four balanced lines; the subtitle follows in the text face; author, date and source stand at the foot.
     */
    List<PageItem> cover(LessonDocument doc) {
        Typography t = setter.type();
        Metadata m = doc.metadata();
        double left = geo.left(1);
        double width = geo.textWidth();
        List<PageItem> items = new ArrayList<>();
        int bands = Math.max(1, Math.min(doc.sections().size(), 6));
        double bandY = geo.top();
        double bandW = (width - (bands - 1) * 3) / bands;
        for (int i = 0; i < bands; i++) {
            items.add(new PageItem.Box(left + i * (bandW + 3), bandY, bandW, 5,
                    (doc.sections().isEmpty() ? t.accent() : sectionColor.apply(i)).fill()));
        }
        LineBreaker plain = setter.breaker().display();
        double titleSize = titleSize(m.title(), plain, width);
        TextStyle ts = t.sansStyle(FontStyle.BOLD, titleSize, t.text());
        double y = geo.height() * 0.3;
        y = place(items, balanced(plain, List.of(new Span(m.title(), ts)), width), left, y, titleSize * 1.12, titleSize);
        if (m.subtitleIfAny().isPresent()) {
            double ss = Math.min(t.step(2), titleSize / t.ratio());
            TextStyle sub = t.serifStyle(FontStyle.ITALIC, ss, t.muted());
            List<Span> spans = setter.toFit(List.of(new Span(m.subtitle(), sub)), width, t.body());
            ss = spans.get(0).style().size();
            y += t.leading() * 0.75;
            y = place(items, balanced(plain, spans, width), left, y, ss * 1.3, ss);
        }
        y += t.leading() * 1.5;
        items.add(new PageItem.Box(left, y, 28, 3.5, t.accent().rule()));
        double foot = geo.height() - geo.bottom();
        List<List<LineBreaker.Line>> lines = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        if (m.authorIfAny().isPresent()) {
            TextStyle as = t.sansStyle(FontStyle.BOLD, t.step(1), t.text());
            lines.add(plain.lines(setter.toFit(List.of(new Span(m.author(), as)), width, t.body()), width, LineBreaker.Align.LEFT));
            sizes.add(as.size());
        }
        if (m.dateIfAny().isPresent()) {
            TextStyle ds = t.sansStyle(FontStyle.REGULAR, t.body(), t.muted());
            lines.add(plain.lines(List.of(new Span(m.date(), ds)), width, LineBreaker.Align.LEFT));
            sizes.add(ds.size());
        }
        if (m.sourceIfAny().isPresent()) {
            TextStyle us = t.sansStyle(FontStyle.REGULAR, t.step(-1), t.muted()).withLink(m.source(), t.muted());
            lines.add(plain.lines(List.of(new Span(m.source(), us)), width, LineBreaker.Align.LEFT));
            sizes.add(us.size());
        }
        double total = 0;
        for (int i = 0; i < lines.size(); i++) {
            total += lines.get(i).size() * sizes.get(i) * 1.5;
        }
        double fy = foot - total;
        for (int i = 0; i < lines.size(); i++) {
            fy = place(items, lines.get(i), left, fy, sizes.get(i) * 1.5, sizes.get(i));
        }
        return items;
    }

    /**
     * The largest step of the scale, from the fifth down to the second, at which the title's widest word fits the
     * width and the title takes at most four lines; below that, whatever size fits its widest word.
     */
    private double titleSize(String title, LineBreaker plain, double width) {
        Typography t = setter.type();
        for (int step = 5; step >= 2; step--) {
            TextStyle ts = t.sansStyle(FontStyle.BOLD, t.step(step), t.text());
            List<Span> spans = List.of(new Span(title, ts));
            if (plain.widestWord(spans) <= width && plain.lines(spans, width, LineBreaker.Align.LEFT).size() <= 4) {
                return ts.size();
            }
        }
        TextStyle ts = t.sansStyle(FontStyle.BOLD, t.step(2), t.text());
        return setter.toFit(List.of(new Span(title, ts)), width, t.step(-1)).get(0).style().size();
    }

    /** Lines as even as the words allow: the narrowest measure that still gives the same number of lines. */
    static List<LineBreaker.Line> balanced(LineBreaker plain, List<Span> spans, double width) {
        List<LineBreaker.Line> lines = plain.lines(spans, width, LineBreaker.Align.LEFT);
        if (lines.size() < 2) {
            return lines;
        }
        double lo = Math.max(plain.widestWord(spans), width / lines.size());
        double hi = width;
        for (int i = 0; i < 12 && hi - lo > 0.5; i++) {
            double mid = (lo + hi) / 2;
            if (plain.lines(spans, mid, LineBreaker.Align.LEFT).size() == lines.size()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return plain.lines(spans, hi, LineBreaker.Align.LEFT);
    }

    private double place(List<PageItem> items, List<LineBreaker.Line> lines, double left, double y, double leading, double size) {
        for (Row r : setter.rows(lines, left, leading, size)) {
            for (PageItem it : r.items()) {
                items.add(it.moved(0, y));
            }
            y += leading;
        }
        return y;
    }

    /** The closing page's flowing part: the closing text, on a new page (possibly only the opening bar). */
    List<Group> closing(LessonDocument doc) {
        Typography t = setter.type();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(t.leading(), List.of(new PageItem.Box(0, t.leading() - 4, 28, 3.5, t.accent().rule())), true, false,
                List.of("closing"), doc.metadata().title()));
        if (!doc.closing().isEmpty()) {
            rows.add(Row.space(t.leading()).withBreak(false));
            rows.addAll(BodySetter.keepFirst(setter.blocks(doc.closing(), 0, geo.textWidth(), t.bodyStyle(),
                    b -> places.at(b.line(), "the closing text")), 2));
        }
        return List.of(new Group(rows, 0, true));
    }

    /**
     * The colophon set at the foot of the back page: title, author and date, how to cite (unless the closing text
     * already gives the citation) and the source.
     */
    List<Row> colophon(LessonDocument doc) {
        Typography t = setter.type();
        Metadata m = doc.metadata();
        Labels labels = Labels.of(m.language());
        double width = geo.textWidth();
        List<Row> rows = new ArrayList<>();
        TextStyle small = t.serifStyle(FontStyle.REGULAR, t.step(-0.5), t.text());
        TextStyle label = t.sansStyle(FontStyle.BOLD, t.step(-1), t.muted());
        TextStyle colo = t.sansStyle(FontStyle.BOLD, t.step(-0.5), t.text());
        rows.add(new Row(t.leading(), List.of(new PageItem.Stroke(0, t.leading() / 2, 40, t.leading() / 2, 0.6, t.rule())),
                false, false, List.of(), null));
        rows.addAll(setter.displayParagraph(List.of(new Span(m.title(), colo)), 0, width, LineBreaker.Align.LEFT));
        String by = String.join(" \u00B7 ", nonEmpty(m.author(), m.date()));
        if (!by.isEmpty()) {
            rows.addAll(setter.displayParagraph(List.of(new Span(by, small.withColor(t.muted()))), 0, width, LineBreaker.Align.LEFT));
        }
        String closingText = org.lessonpress.model.InlineText.plainBlocks(doc.closing()).replaceAll("\\s+", " ");
        if (m.citationIfAny().isPresent() && !closingText.contains(m.citation().replaceAll("\\s+", " "))) {
            rows.add(Row.space(t.leading() / 2));
            rows.addAll(setter.displayParagraph(List.of(new Span(labels.get(Label.CITE_AS), label)), 0, width, LineBreaker.Align.LEFT));
            rows.addAll(setter.displayParagraph(List.of(new Span(m.citation(), small.withFace(FontStyle.ITALIC))), 0, width,
                    LineBreaker.Align.LEFT));
        }
        if (m.sourceIfAny().isPresent()) {
            rows.add(Row.space(t.leading() / 2));
            rows.addAll(setter.displayParagraph(List.of(new Span(labels.get(Label.SOURCE), label)), 0, width, LineBreaker.Align.LEFT));
            rows.addAll(setter.displayParagraph(List.of(new Span(m.source(), small.withLink(m.source(), t.link()))), 0, width,
                    LineBreaker.Align.LEFT));
        }
        return rows;
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}
