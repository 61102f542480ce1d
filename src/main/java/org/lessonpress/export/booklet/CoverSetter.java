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
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * The cover (a designed page: a band of section colours, the title large in the display face, the subtitle, and
 * author, date and source at the foot) and the closing page (closing text, citation, source, colophon).
 */
final class CoverSetter {
    /** Citations and URLs: ragged-right, never hyphenated. */
    private static final Setting CITATION = Setting.RAGGED.withHyphenation(false);
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
        TextStyle ts = t.sansStyle(FontStyle.BOLD, t.step(2), t.text());
        MeasuredParagraph title = setter.measure(m.title(), ts);
        double titleSize = titleSize(title, width);
        double y = geo.height() * 0.3;
        y = place(items, title.layout(Setting.DISPLAY, titleSize, titleSize * 1.12, width), left, y);
        if (m.subtitleIfAny().isPresent()) {
            double ss = Math.min(t.step(2), titleSize / t.ratio());
            TextStyle sub = t.serifStyle(FontStyle.ITALIC, ss, t.muted());
            MeasuredParagraph subtitle = setter.measure(m.subtitle(), sub);
            ss = setter.fitted(subtitle, ss, width, t.body());
            y += t.leading() * 0.75;
            y = place(items, subtitle.layout(Setting.DISPLAY, ss, ss * 1.3, width), left, y);
        }
        y += t.leading() * 1.5;
        items.add(t.bar(0, t.accent().rule()).moved(left, y + t.barHeight() + 0.5));
        double foot = geo.height() - geo.bottom();
        List<TextBox> lines = new ArrayList<>();
        if (m.authorIfAny().isPresent()) {
            TextStyle as = t.sansStyle(FontStyle.BOLD, t.step(1), t.text());
            MeasuredParagraph author = setter.measure(m.author(), as);
            double size = setter.fitted(author, as.size(), width, t.body());
            lines.add(author.layout(Setting.DISPLAY, size, size * 1.5, width));
        }
        if (m.dateIfAny().isPresent()) {
            TextStyle ds = t.sansStyle(FontStyle.REGULAR, t.body(), t.muted());
            lines.add(setter.measure(m.date(), ds).layout(Setting.DISPLAY, ds.size(), ds.size() * 1.5, width));
        }
        if (m.sourceIfAny().isPresent()) {
            TextStyle us = t.sansStyle(FontStyle.REGULAR, t.step(-1), t.muted()).withLinkColor(t.muted());
            lines.add(setter.measure(List.of(link(m.source())), us).layout(CITATION, us.size(), us.size() * 1.5, width));
        }
        double total = 0;
        for (TextBox box : lines) {
            total += box.height();
        }
        double fy = foot - total;
        for (TextBox box : lines) {
            fy = place(items, box, left, fy);
        }
        return items;
    }

    /** The source as a link to itself. */
    private static org.lessonpress.model.Inline link(String url) {
        return new org.lessonpress.model.Inline.Link(url, "", List.of(new org.lessonpress.model.Inline.Text(url)));
    }

    /**
     * The largest step of the scale, from the fifth down to the second, at which the title's widest word fits the
     * width and the title takes at most four lines; below that, whatever size fits its widest word.
     */
    private double titleSize(MeasuredParagraph title, double width) {
        Typography t = setter.type();
        for (int step = 5; step >= 2; step--) {
            double size = t.step(step);
            if (title.widestUnbreakableEm(Setting.DISPLAY) * size <= width && title.fit(Setting.DISPLAY, size, width).lines() <= 4) {
                return size;
            }
        }
        return setter.fitted(title, t.step(2), width, t.step(-1));
    }

    /** Draws a box's lines from {@code y} down; returns where it ends. */
    private static double place(List<PageItem> items, TextBox box, double left, double y) {
        for (int i = 0; i < box.lines().size(); i++) {
            TextBox.Line line = box.lines().get(i);
            List<PageItem> row = new ArrayList<>();
            BlockSetter.addLine(row, line, left, line.baseline(), box.lineHeight());
            for (PageItem it : row) {
                items.add(it instanceof PageItem.Link l ? l.moved(0, y + i * box.lineHeight()) : it.moved(0, y));
            }
        }
        return y + box.height();
    }

    /** The closing page's flowing part: the closing text, on a new page (possibly only the opening bar). */
    List<Group> closing(LessonDocument doc) {
        Typography t = setter.type();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(t.leading(), List.of(t.bar(t.leading(), t.accent().rule())), true, false,
                List.of("closing"), doc.metadata().title()));
        if (!doc.closing().isEmpty()) {
            rows.add(Row.space(t.leading()).withBreak(false));
            rows.addAll(BodySetter.keepFirst(setter.blocks(doc.closing(), 0, geo.textWidth(), t.bodyStyle(),
                    b -> places.at(b.line(), "the closing text").glyphs()), 2));
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
        rows.addAll(line(m.title(), colo, width));
        String by = String.join(" \u00B7 ", nonEmpty(m.author(), m.date()));
        if (!by.isEmpty()) {
            rows.addAll(line(by, small.withColor(t.muted()), width));
        }
        String closingText = org.lessonpress.model.InlineText.plainBlocks(doc.closing()).replaceAll("\\s+", " ");
        if (m.citationIfAny().isPresent() && !closingText.contains(m.citation().replaceAll("\\s+", " "))) {
            rows.add(Row.space(t.leading() / 2));
            rows.addAll(line(labels.get(Label.CITE_AS), label, width));
            // A citation is set ragged-right, never hyphenated.
            TextStyle cs = small.withFace(FontStyle.ITALIC);
            rows.addAll(setter.rows(setter.measure(m.citation(), cs).layout(CITATION, cs.size(), t.leading(), width), 0));
        }
        if (m.sourceIfAny().isPresent()) {
            rows.add(Row.space(t.leading() / 2));
            rows.addAll(line(labels.get(Label.SOURCE), label, width));
            rows.addAll(setter.rows(setter.measure(List.of(link(m.source())), small).layout(CITATION, small.size(),
                    t.leading(), width), 0));
        }
        return rows;
    }

    /** Display text in rows of the body leading. */
    private List<Row> line(String text, TextStyle st, double width) {
        return setter.display(setter.measure(text, st), st.size(), 0, width, Setting.Align.LEFT, setter.type().leading());
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
