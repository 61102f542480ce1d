package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.Rgb;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * The table of contents: section names and, under them, each lesson's number and lead, dot leaders and the page
 * number right-aligned; every entry links to its destination. Page numbers are left as {@link PageItem.PageRef}s
 * because the contents are set before the pages they point to.
 */
final class TocSetter {
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("en", "Contents"), Map.entry("fr", "Sommaire"), Map.entry("de", "Inhalt"),
            Map.entry("pl", "Spis treści"), Map.entry("el", "Περιεχόμενα"), Map.entry("ru", "Содержание"),
            Map.entry("tr", "İçindekiler"), Map.entry("vi", "Mục lục"), Map.entry("es", "Índice"),
            Map.entry("it", "Indice"), Map.entry("pt", "Sumário"), Map.entry("nl", "Inhoud"));

    private final BlockSetter setter;
    private final Places places;
    private final double width;
    private final Function<Integer, Rgb> sectionColor;
    private final double size;
    private final double leading;
    private final double numberColumn;
    private final double pageColumn;

    TocSetter(BlockSetter setter, Places places, double width, Function<Integer, Rgb> sectionColor,
              int maxNumber) {
        this.setter = setter;
        this.places = places;
        this.width = width;
        this.sectionColor = sectionColor;
        Typography t = setter.type();
        this.size = t.step(-0.5);
        this.leading = t.leading() * 6 / 7;
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, size, t.muted());
        this.numberColumn = setter.width(Integer.toString(Math.max(maxNumber, 10)), ns) + size;
        this.pageColumn = setter.width("0000", ns);
    }

    static String title(String language) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        return TITLES.getOrDefault(lang, TITLES.get("en"));
    }

    List<Group> groups(LessonDocument doc) {
        Typography t = setter.type();
        List<Group> out = new ArrayList<>();
        TextStyle hs = t.sansStyle(FontStyle.BOLD, t.step(3), t.text());
        List<Row> head = new ArrayList<>();
        head.add(new Row(t.leading(), List.of(new PageItem.Box(0, t.leading() - 4, 28, 3.5, t.accent())), true, false,
                List.of("contents"), title(doc.metadata().language())));
        head.addAll(BlockSetter.plain(setter.display(setter.measure(title(doc.metadata().language()), hs), hs.size(), 0, width,
                Setting.Align.LEFT, 2 * t.leading())).stream().map(r -> r.withBreak(false)).toList());
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
        Rgb color = t.readable(sectionColor.apply(index), 4.5);
        TextStyle st = t.sansStyle(s.level() == 1 ? FontStyle.BOLD : FontStyle.BOLD_ITALIC, size, s.level() == 1 ? color : t.text());
        double indent = s.level() == 1 ? 0 : numberColumn;
        BlockSetter ss = places.section(s);
        Group g = new Group(entryRows(ss.measure(s.title(), st), indent, BodySetter.anchor(s), st, null),
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
        // Links inside a lead would compete with the entry's own link: they are set as plain text.
        TextStyle st = t.serifStyle(FontStyle.REGULAR, size, t.text()).withLinkColor(t.text());
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, size, t.muted());
        List<Row> rows = entryRows(ls.measure(l.lead(), st), numberColumn, l.id(), st, ns);
        String num = Integer.toString(l.number());
        TextBox.Line line = ls.measure(num, ns).layout(Setting.DISPLAY, size, leading, numberColumn).lines().get(0);
        List<PageItem> number = new ArrayList<>();
        BlockSetter.addLine(number, line, numberColumn - size * 0.8 - line.width(), line.baseline(), leading);
        rows.set(0, rows.get(0).withItemsFirst(number.stream().filter(i -> i instanceof PageItem.Text).toList()));
        return new Group(rows, 0, false);
    }

    private List<Row> entryRows(MeasuredParagraph text, double indent, String anchor, TextStyle st, TextStyle numberStyle) {
        Typography t = setter.type();
        double textWidth = width - indent - pageColumn - size * 2;
        TextBox box = text.layout(Setting.DISPLAY, size, leading, textWidth);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < box.lines().size(); i++) {
            TextBox.Line line = box.lines().get(i);
            double baseline = line.baseline() - i * leading;
            List<PageItem> items = new ArrayList<>();
            for (TextBox.Run r : line.runs()) {
                items.add(new PageItem.Text(indent + r.x(), baseline, r.text(), r.face(), r.size(), r.color()));
            }
            if (i == box.lines().size() - 1) {
                TextStyle ds = t.serifStyle(FontStyle.REGULAR, size, t.muted());
                double dot = setter.width(". .", ds) - setter.width(".", ds);
                double from = indent + line.width() + size * 0.6;
                double to = width - pageColumn - size * 0.6;
                int n = (int) Math.floor((to - from) / dot);
                if (n > 0) {
                    TextBox.Line dl = setter.measure(" .".repeat(n).trim(), ds).layout(Setting.WORD_PROCESSOR, size, leading,
                            Double.MAX_VALUE / 4).lines().get(0);
                    for (TextBox.Run r : dl.runs()) {
                        items.add(new PageItem.Text(to - dl.width() + r.x(), baseline, r.text(), r.face(), r.size(), r.color()));
                    }
                }
                TextStyle ps = numberStyle != null ? numberStyle : st;
                items.add(new PageItem.PageRef(width, baseline, anchor, ps.styler().text().primary(ps.face()), ps.size(),
                        ps.styler().color()));
            }
            items.add(new PageItem.Link(indent, 0, width - indent, leading, "#" + anchor));
            rows.add(new Row(leading, items, i == 0, false, List.of(), null));
        }
        return rows;
    }
}
