package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.colour.SectionColours;
import org.lessonpress.typeset.MeasuredParagraph;
import org.lessonpress.typeset.Setting;
import org.lessonpress.typeset.TextBox;

/**
 * Sets sections and lessons as groups for the paginator. A lesson hangs its number in a column left of the text,
 * its bold lead beside the number and its body below; the number, the lead and the first two body lines stay
 * together, and a lesson of at most {@code keepLines} lines is never split. A section heading stays with what
 * follows it.
 */
final class BodySetter {
    private final BlockSetter setter;
    private final Places places;
    private final double width;
    private final double numberColumn;
    private final int keepLines;
    private final BookletLayout.SectionStart sectionStart;
    private final double sectionSpace;
    private final Function<Integer, SectionColours> sectionColor;
    private final List<Group> out = new ArrayList<>();
    private Group pending;

    BodySetter(BlockSetter setter, Places places, double width, double numberColumn,
               int keepLines, BookletLayout.SectionStart sectionStart, double sectionSpace,
               Function<Integer, SectionColours> sectionColor) {
        this.setter = setter;
        this.places = places;
        this.width = width;
        this.numberColumn = numberColumn;
        this.keepLines = keepLines;
        this.sectionStart = sectionStart;
        this.sectionSpace = sectionSpace;
        this.sectionColor = sectionColor;
    }

    static String anchor(Section s) {
        return "section-" + s.id();
    }

    List<Group> groups(LessonDocument doc) {
        boolean first = true;
        for (Lesson l : doc.lessons()) {
            Group g = lesson(l, setter.type().accent(), first);
            if (first) {
                // Lessons before any section run under the document title, not the contents' head.
                List<Row> rows = new ArrayList<>(g.rows());
                rows.set(0, rows.get(0).withMark(doc.metadata().title()));
                g = new Group(rows, g.spaceBefore(), g.newPage());
            }
            add(g);
            first = false;
        }
        for (int i = 0; i < doc.sections().size(); i++) {
            section(doc.sections().get(i), i, first);
            first = false;
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private void add(Group g) {
        if (pending != null) {
            g = pending.keptWith(g);
            pending = null;
        }
        out.add(g);
    }

    private void section(Section s, int index, boolean first) {
        BlockSetter hset = places.section(s);
        Typography t = setter.type();
        SectionColours color = sectionColor.apply(index);
        List<Row> rows = new ArrayList<>();
        String mark = s.level() == 1 ? s.titleText() : null;
        if (s.level() == 1) {
            rows.add(new Row(t.leading(), List.of(t.bar(t.leading(), color.rule())), true, false,
                    List.of(anchor(s)), mark));
            TextStyle hs = t.sansStyle(FontStyle.BOLD, t.step(3), t.text());
            MeasuredParagraph title = hset.measure(s.title(), hs);
            double size = hset.fitted(title, hs.size(), width, t.step(1));
            rows.addAll(BlockSetter.plain(hset.display(title, size, 0, width, Setting.Align.LEFT, 2 * t.leading())).stream()
                    .map(r -> r.withBreak(false)).toList());
        } else {
            TextStyle hs = t.sansStyle(FontStyle.BOLD, t.step(1), color.text());
            MeasuredParagraph title = hset.measure(s.title(), hs);
            double size = hset.fitted(title, hs.size(), width, t.body());
            // A whole line per line of heading, so the body stays on its grid.
            List<Row> hr = new ArrayList<>(BlockSetter.plain(hset.display(title, size, 0, width, Setting.Align.LEFT,
                    t.leading())));
            hr.set(0, hr.get(0).withAnchor(anchor(s)));
            rows.addAll(hr);
        }
        if (!s.preamble().isEmpty()) {
            TextStyle ps = t.serifStyle(FontStyle.ITALIC, t.body(), t.text());
            List<Row> pre = setter.blocks(s.preamble(), 0, width, ps, b -> places.at(b.line(), "a section preamble").glyphs());
            rows.addAll(keepFirst(pre, 2));
        }
        boolean newPage = s.level() == 1 && (sectionStart == BookletLayout.SectionStart.NEW_PAGE || first);
        double before = 2 * t.leading();
        if (s.level() == 1 && !newPage) {
            // A rule between sections on one page; spacing, so it is dropped where the section opens a page, and
            // kept with the section's first row, so it never ends a page alone.
            rows.set(0, rows.get(0).withBreak(false));
            rows.add(0, new Row(t.leading(), List.of(new PageItem.Stroke(0, t.leading() / 2, width, t.leading() / 2,
                    0.5, t.rule())), true, true, List.of(), null));
        }
        double startIfFree = s.level() == 1 && !first && sectionStart == BookletLayout.SectionStart.AUTO ? sectionSpace : 0;
        Group heading = new Group(rows, before, newPage, startIfFree);
        pending = pending == null ? heading : pending.keptWith(heading);
        for (Lesson l : s.lessons()) {
            add(lesson(l, color, false));
        }
        for (Section sub : s.subsections()) {
            section(sub, index, false);
        }
    }

    Group lesson(Lesson lesson, SectionColours color, boolean newPage) {
        BlockSetter ls = places.lesson(lesson);
        Typography t = ls.type();
        double textX = numberColumn;
        double textWidth = width - numberColumn;
        TextStyle leadStyle = t.serifStyle(FontStyle.BOLD, t.body(), t.text());
        List<Row> rows = new ArrayList<>(BlockSetter.plain(ls.display(ls.measure(lesson.lead(), leadStyle), t.body(), textX,
                textWidth, Setting.Align.LEFT, t.leading())));
        Row first = rows.get(0).withAnchor(lesson.id()).withItemsFirst(List.of(number(lesson, ls, color)));
        rows.set(0, first);
        List<Row> body = ls.blocks(lesson.body(), textX, textWidth, t.bodyStyle(), b -> ls.glyphs());
        rows.addAll(keepFirst(body, 2));
        long lines = rows.stream().filter(r -> !r.space()).count();
        Group g = new Group(rows, t.leading(), newPage);
        return lines <= keepLines ? g.unbreakable() : g;
    }

    /** The number in its section's text colour: the same role, so the same colour, as in every other format. */
    private PageItem number(Lesson lesson, BlockSetter ls, SectionColours color) {
        Typography t = ls.type();
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, t.step(2), color.text());
        TextBox.Line line = ls.measure(Integer.toString(lesson.number()), ns)
                .layout(Setting.DISPLAY, ns.size(), t.leading(), numberColumn).lines().get(0);
        TextBox.Run r = line.runs().get(0);
        double x = numberColumn - t.body() * 0.8 - line.width();
        // On the lead's baseline, whatever its size.
        double baseline = t.leading() / 2 + t.body() * t.type().baseline();
        return new PageItem.Text(x, baseline, r.text(), r.face(), r.size(), r.color());
    }

    /** Forbids a page break among the first {@code n} rows (they stay with what precedes them). */
    static List<Row> keepFirst(List<Row> rows, int n) {
        List<Row> out = new ArrayList<>();
        int text = 0;
        for (Row r : rows) {
            boolean keep = text < n;
            out.add(keep ? r.withBreak(false) : r);
            if (!r.space()) {
                text++;
            }
        }
        return out;
    }
}
