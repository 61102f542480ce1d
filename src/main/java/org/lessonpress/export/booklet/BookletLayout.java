package org.lessonpress.export.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.FontStyle;
import org.lessonpress.theme.colour.SectionColours;

/**
 * Lays out the whole booklet without touching a PDF: cover, intro, contents, sections and lessons, closing page;
 * then pages with running heads and folios, and the outline.
 */
final class BookletLayout {

    /** How a top-level section opens: always on a new page, after a rule, or after a rule when enough page is left. */
    enum SectionStart {
        NEW_PAGE, RULE, AUTO;

        static SectionStart of(String themeValue) {
            return valueOf(themeValue.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * The choices layout needs besides type and geometry.
     *
     * @param keepLines       a lesson of at most this many lines is never split
     * @param sectionStart    how a section opens
     * @param sectionSpace    with {@link SectionStart#AUTO}, the part of the page that must be left for a section to open on it
     * @param contentsLessons the contents list lessons up to this many, sections only above
     */
    record Settings(int keepLines, SectionStart sectionStart, double sectionSpace, int contentsLessons) {
    }

    private final Geometry geo;
    private final BlockSetter setter;
    private final Places places;
    private final Function<Integer, SectionColours> sectionColor;
    private final Settings settings;

    BookletLayout(Geometry geo, BlockSetter setter, Places places,
                  Function<Integer, SectionColours> sectionColor, Settings settings) {
        this.geo = geo;
        this.setter = setter;
        this.places = places;
        this.sectionColor = sectionColor;
        this.settings = settings;
    }

    Layout layout(LessonDocument doc) {
        int maxNumber = doc.allLessons().stream().mapToInt(Lesson::number).max().orElse(1);
        List<Group> flow = new ArrayList<>();
        if (!doc.intro().isEmpty()) {
            flow.add(intro(doc));
        }
        // After a short intro the contents follow on its page, as a section would; else they open a page of their own.
        double tocIfFree = doc.intro().isEmpty() || settings.sectionStart() != SectionStart.AUTO ? 0
                : settings.sectionSpace() * geo.bodyHeight();
        flow.addAll(new TocSetter(setter, places, geo.textWidth(), sectionColor, maxNumber, settings.contentsLessons())
                .groups(doc, tocIfFree));
        BodySetter body = new BodySetter(setter, places, geo.textWidth(), numberColumn(maxNumber),
                settings.keepLines(), settings.sectionStart(), settings.sectionSpace() * geo.bodyHeight(), sectionColor);
        flow.addAll(body.groups(doc));
        CoverSetter cover = new CoverSetter(setter, places, geo, sectionColor);
        flow.addAll(cover.closing(doc));
        List<Paginator.Placed> placed = atFoot(new ArrayList<>(Paginator.paginate(flow, geo.bodyHeight())), cover.colophon(doc));
        List<Layout.Page> pages = new PageAssembler(geo, setter, doc.metadata().title()).pages(cover.cover(doc), placed);
        return new Layout(geo, pages, outline(doc));
    }

    /** The intro opens its page a few lines down, a step larger than the body, like a foreword. */
    private Group intro(LessonDocument doc) {
        Typography t = setter.type();
        Typography larger = t.larger(0.5, 1.25);
        BlockSetter s = setter.with(larger);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(4 * t.leading(), List.of(t.bar(4 * t.leading(), t.accent().rule())),
                true, false, List.of("intro"), doc.metadata().title()));
        rows.add(new Row(t.leading(), List.of(), false, false, List.of(), null));
        rows.addAll(BodySetter.keepFirst(s.blocks(doc.intro(), 0, geo.textWidth(), larger.bodyStyle(),
                b -> places.at(b.line(), "the introduction").glyphs()), 2));
        return new Group(rows, 0, true);
    }

    /** Sets rows at the foot of the last page, or of a page of their own when the last one has no room. */
    private List<Paginator.Placed> atFoot(List<Paginator.Placed> placed, List<Row> rows) {
        double height = 0;
        for (Row r : rows) {
            height += r.height();
        }
        Paginator.Placed last = placed.get(placed.size() - 1);
        double end = last.y() + last.row().height();
        int page = last.page();
        if (end + setter.type().leading() + height > geo.bodyHeight()) {
            page++;
        }
        double y = Math.max(0, geo.bodyHeight() - height);
        for (Row r : rows) {
            placed.add(new Paginator.Placed(r, page, y));
            y += r.height();
        }
        return placed;
    }

    /** Room for the widest lesson number in the display size, plus a gap: 1 and 39 (and 390) align on the right. */
    private double numberColumn(int maxNumber) {
        Typography t = setter.type();
        TextStyle ns = t.sansStyle(FontStyle.REGULAR, t.step(2), t.text());
        String widest = "8".repeat(Integer.toString(Math.max(maxNumber, 10)).length());
        return setter.width(widest, ns) + t.body() * 0.8;
    }

    static List<Layout.OutlineNode> outline(LessonDocument doc) {
        List<Layout.OutlineNode> out = new ArrayList<>();
        for (Lesson l : doc.lessons()) {
            out.add(node(l));
        }
        for (Section s : doc.sections()) {
            out.add(node(s));
        }
        return out;
    }

    private static Layout.OutlineNode node(Section s) {
        List<Layout.OutlineNode> children = new ArrayList<>();
        for (Lesson l : s.lessons()) {
            children.add(node(l));
        }
        for (Section sub : s.subsections()) {
            children.add(node(sub));
        }
        return new Layout.OutlineNode(s.titleText(), BodySetter.anchor(s), children);
    }

    private static Layout.OutlineNode node(Lesson l) {
        return new Layout.OutlineNode(l.number() + ". " + l.leadText().strip(), l.id(), List.of());
    }
}
