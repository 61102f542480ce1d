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
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * The table of contents: section names and, under them, each lesson's number and lead, dot leaders and the page
 * number right-aligned; every entry links to its destination. Page numbers are left as {@link PageItem.PageRef}s
 * because the contents are set before the pages they point to.
 */
final class TocSetter {
    private final BlockSetter setter;
    private final Places places;
    private final int maxLessons;
    private final double width;
    private final Function<Integer, SectionColours> sectionColor;
    private final double size;
    private final double leading;
    private final double numberColumn;
    private final double pageColumn;

    TocSetter(BlockSetter setter, Places places, double width, Function<Integer, SectionColours> sectionColor,
              int maxNumber, int maxLessons) {
        this.setter = setter;
        this.maxLessons = maxLessons;
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
        return Labels.of(language).get(Label.CONTENTS);
    }

    /** "Lessons 1–12": the lessons of a section, in the document's language. */
    static String range(String language, Section s) {
        List<Lesson> all = new ArrayList<>(s.lessons());
        collect(s.subsections(), all);
        if (all.isEmpty()) {
            return "";
        }
        int first = all.stream().mapToInt(Lesson::number).min().orElse(0);
        int last = all.stream().mapToInt(Lesson::number).max().orElse(0);
        return Labels.of(language).format(Label.LESSONS, "range",
                first == last ? Integer.toString(first) : first + "\u2013" + last);
    }

    private static void collect(List<Section> sections, List<Lesson> out) {
        for (Section s : sections) {
            out.addAll(s.lessons());
            collect(s.subsections(), out);
        }
    }

    /**
     * The contents as groups; they open a new page, or with {@code startIfFree} above 0 follow a short intro on its
     * page when that much of it is left.
     */
    List<Group> groups(LessonDocument doc, double startIfFree) {
        Typography t = setter.type();
        List<Group> out = new ArrayList<>();
        TextStyle hs = t.sansStyle(FontStyle.BOLD, t.step(3), t.text());
        List<Row> head = new ArrayList<>();
        head.add(new Row(t.leading(), List.of(t.bar(t.leading(), t.accent().rule())), true, false,
                List.of("contents"), title(doc.metadata().language())));
        head.addAll(BlockSetter.plain(setter.display(setter.measure(title(doc.metadata().language()), hs), hs.size(), 0, width,
                Setting.Align.LEFT, 2 * t.leading())).stream().map(r -> r.withBreak(false)).toList());
        head.add(Row.space(t.leading()).withBreak(false));
        Group pending = new Group(head, 2 * t.leading(), startIfFree <= 0, startIfFree);
        // A long file lists its sections only, each with its lessons' numbers: the contents stay a page or two.
        boolean sectionsOnly = doc.allLessons().size() > maxLessons && !doc.sections().isEmpty();
        String language = doc.metadata().language();
        for (Lesson l : doc.lessons()) {
            out.add(pending == null ? entry(l) : pending.keptWith(entry(l)));
            pending = null;
        }
        for (int i = 0; i < doc.sections().size(); i++) {
            pending = section(doc.sections().get(i), i, pending, out, sectionsOnly ? language : null);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /** A section's entry and its lessons' (or, {@code rangesIn} a language, the section's lesson range instead). */
    private Group section(Section s, int index, Group pending, List<Group> out, String rangesIn) {
        Typography t = setter.type();
        Rgb color = sectionColor.apply(index).text();
        TextStyle st = t.sansStyle(s.level() == 1 ? FontStyle.BOLD : FontStyle.BOLD_ITALIC, size, s.level() == 1 ? color : t.text());
        double indent = s.level() == 1 ? 0 : numberColumn;
        BlockSetter ss = places.section(s);
        List<org.lessonpress.typeset.Span> spans = new ArrayList<>(st.styler().inlines(s.title(), st.face(), ss.glyphs()));
        if (rangesIn != null && !range(rangesIn, s).isEmpty()) {
            TextStyle rs = t.sansStyle(FontStyle.REGULAR, size, t.muted());
            spans.addAll(rs.styler().plain("\u2003" + range(rangesIn, s), rs.face(), ss.glyphs()));
        }
        Group g = new Group(entryRows(t.type().measure(spans), indent, BodySetter.anchor(s), st, null),
                s.level() == 1 ? leading : leading / 2, false);
        Group heading = pending == null ? g : pending.keptWith(g);
        if (rangesIn != null) {
            out.add(heading);
            heading = null;
        } else {
            for (Lesson l : s.lessons()) {
                out.add(heading == null ? entry(l) : heading.keptWith(entry(l)));
                heading = null;
            }
        }
        for (Section sub : s.subsections()) {
            heading = section(sub, index, heading, out, rangesIn);
        }
        return heading;
    }

    private Group entry(Lesson l) {
        BlockSetter ls = places.lesson(l);
        Typography t = ls.type();
        // Links inside a lead would compete with the entry's own link: they are set as plain text.
        TextStyle st = t.serifStyle(FontStyle.REGULAR, size, t.text()).withLinkColor(t.text());
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, size, t.muted());
        MeasuredParagraph lead = ls.measure(l.lead(), st);
        if (l.leadInferred()) {
            // No bold lead: the "lead" is the item's first sentence, body text; one line of it names the entry.
            lead = oneLine(ls, l, st, width - numberColumn - pageColumn - size * 2);
        }
        List<Row> rows = entryRows(lead, numberColumn, l.id(), st, ns);
        String num = Integer.toString(l.number());
        TextBox.Line line = ls.measure(num, ns).layout(Setting.DISPLAY, size, leading, numberColumn).lines().get(0);
        List<PageItem> number = new ArrayList<>();
        BlockSetter.addLine(number, line, numberColumn - size * 0.8 - line.width(), line.baseline(), leading);
        rows.set(0, rows.get(0).withItemsFirst(number.stream().filter(i -> i instanceof PageItem.Text).toList()));
        return new Group(rows, 0, false);
    }

    /** The lead's first words that fit one line, and an ellipsis when some are left out. */
    private MeasuredParagraph oneLine(BlockSetter ls, Lesson l, TextStyle st, double textWidth) {
        String text = org.lessonpress.model.InlineText.plain(l.lead()).strip();
        double ellipsis = ls.width("\u2026", st);
        TextBox box = ls.measure(text, st).layout(Setting.WORD_PROCESSOR.withBreaking(Setting.Breaking.FIRST_FIT), size,
                leading, textWidth - ellipsis);
        if (box.lines().size() <= 1) {
            return ls.measure(text, st);
        }
        String head = box.lines().get(0).text().replaceAll("[\\s,;:.\u2013\u2014-]+$", "");
        return ls.measure(head + "\u2026", st);
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
