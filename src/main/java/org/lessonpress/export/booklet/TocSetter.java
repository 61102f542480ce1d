package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.labels.Label;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.theme.colour.SectionColours;

/**
 * The table of contents: section names and, under them, each lesson's number and lead, dot leaders and the page
 * number right-aligned; every entry links to its destination. Page numbers are left as {@link PageItem.PageRef}s
 * because the contents are set before the pages they point to.
 */
final class TocSetter {
    private final BlockSetter setter;
    private final Places places;
    private final double width;
    private final Function<Integer, SectionColours> sectionColor;
    private final double size;
    private final double leading;
    private final double numberColumn;
    private final double pageColumn;

    TocSetter(BlockSetter setter, Places places, double width, Function<Integer, SectionColours> sectionColor,
              int maxNumber) {
        this.setter = setter;
        this.places = places;
        this.width = width;
        this.sectionColor = sectionColor;
        Typography t = setter.type();
        this.size = t.step(-0.5);
        this.leading = t.leading() * 6 / 7;
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, size, t.muted());
        this.numberColumn = setter.breaker().width(List.of(new Span(Integer.toString(Math.max(maxNumber, 10)), ns))) + size;
        this.pageColumn = setter.breaker().width(List.of(new Span("0000", ns)));
    }

    static String title(String language) {
        return Labels.of(language).get(Label.CONTENTS);
    }

    List<Group> groups(LessonDocument doc) {
        Typography t = setter.type();
        List<Group> out = new ArrayList<>();
        TextStyle hs = t.sansStyle(FontStyle.BOLD, t.step(3), t.text());
        List<Row> head = new ArrayList<>();
        head.add(new Row(t.leading(), List.of(new PageItem.Box(0, t.leading() - 4, 28, 3.5, t.accent().rule())), true, false,
                List.of("contents"), title(doc.metadata().language())));
        List<LineBreaker.Line> lines = setter.breaker().display()
                .lines(List.of(new Span(title(doc.metadata().language()), hs)), width, LineBreaker.Align.LEFT);
        head.addAll(BlockSetter.plain(setter.rows(lines, 0, 2 * t.leading(), hs.size())).stream().map(r -> r.withBreak(false)).toList());
        head.add(Row.space(t.leading()).withBreak(false));
        Group pending = new Group(head, 0, true);
        for (Lesson l : doc.lessons()) {
            out.add(pending == null ? entry(l) : pending.keptWith(entry(l)));
            pending = null;
        }
        for (int i = 0; i < doc.sections().size(); i++) {
            pending = section(doc.sections().get(i), i, pending, out);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private Group section(Section s, int index, Group pending, List<Group> out) {
        Typography t = setter.type();
        Rgb color = sectionColor.apply(index).text();
        TextStyle st = t.sansStyle(s.level() == 1 ? FontStyle.BOLD : FontStyle.BOLD_ITALIC, size, s.level() == 1 ? color : t.text());
        double indent = s.level() == 1 ? 0 : numberColumn;
        Group g = new Group(entryRows(places.section(s).breaker(), setter.spans(s.title(), st), indent, BodySetter.anchor(s), st, null),
                s.level() == 1 ? leading : leading / 2, false);
        Group heading = pending == null ? g : pending.keptWith(g);
        for (Lesson l : s.lessons()) {
            out.add(heading == null ? entry(l) : heading.keptWith(entry(l)));
            heading = null;
        }
        for (Section sub : s.subsections()) {
            heading = section(sub, index, heading, out);
        }
        return heading;
    }

    private Group entry(Lesson l) {
        BlockSetter ls = places.lesson(l);
        Typography t = ls.type();
        TextStyle st = t.serifStyle(FontStyle.REGULAR, size, t.text());
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, size, t.muted());
        List<Row> rows = entryRows(ls.breaker(), plainLinks(ls.spans(l.lead(), st), t.text()), numberColumn, l.id(), st, ns);
        String num = Integer.toString(l.number());
        double nw = ls.breaker().width(List.of(new Span(num, ns)));
        LineBreaker.Line line = ls.breaker().lines(List.of(new Span(num, ns)), numberColumn, LineBreaker.Align.LEFT).get(0);
        LineBreaker.Piece p = line.pieces().get(0);
        Row first = rows.get(0).withItemsFirst(List.of(new PageItem.Text(numberColumn - size * 0.8 - nw,
                baseline(), p.text(), p.face(), p.size(), p.color())));
        rows.set(0, first);
        return new Group(rows, 0, false);
    }

    /** Links inside a lead would compete with the entry's own link: set them as plain text. */
    private static List<Span> plainLinks(List<Span> spans, Rgb color) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            TextStyle st = s.style();
            out.add(st.link() == null ? s : new Span(s.text(), new TextStyle(st.chain(), st.face(), st.size(), color, null)));
        }
        return out;
    }

    private double baseline() {
        return leading / 2 + size * 0.36;
    }

    private List<Row> entryRows(LineBreaker breaker, List<Span> spans, double indent, String anchor, TextStyle st, TextStyle numberStyle) {
        Typography t = setter.type();
        double textWidth = width - indent - pageColumn - size * 2;
        List<LineBreaker.Line> lines = breaker.display().lines(spans, textWidth, LineBreaker.Align.LEFT);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            List<PageItem> items = new ArrayList<>();
            for (LineBreaker.Piece p : line.pieces()) {
                items.add(new PageItem.Text(indent + p.x(), baseline(), p.text(), p.face(), p.size(), p.color()));
            }
            if (i == lines.size() - 1) {
                TextStyle ds = t.serifStyle(FontStyle.REGULAR, size, t.muted());
                double dot = setter.breaker().width(List.of(new Span(". .", ds))) - setter.breaker().width(List.of(new Span(".", ds)));
                double from = indent + line.width() + size * 0.6;
                double to = width - pageColumn - size * 0.6;
                int n = (int) Math.floor((to - from) / dot);
                if (n > 0) {
                    LineBreaker.Line dl = setter.breaker().lines(List.of(new Span(" .".repeat(n).trim(), ds)),
                            Double.MAX_VALUE / 4, LineBreaker.Align.LEFT).get(0);
                    for (LineBreaker.Piece p : dl.pieces()) {
                        items.add(new PageItem.Text(to - dl.width() + p.x(), baseline(), p.text(), p.face(), p.size(), p.color()));
                    }
                }
                TextStyle ps = numberStyle != null ? numberStyle : st;
                items.add(new PageItem.PageRef(width, baseline(), anchor, ps.chain().primary(ps.face()), ps.size(), ps.color()));
            }
            items.add(new PageItem.Link(indent, 0, width - indent, leading, "#" + anchor));
            rows.add(new Row(leading, items, i == 0, false, List.of(), null));
        }
        return rows;
    }
}
