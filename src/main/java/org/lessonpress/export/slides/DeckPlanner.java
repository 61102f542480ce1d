package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.Citation;
import org.lessonpress.export.slides.Slide.Para;
import org.lessonpress.export.slides.StyleSheet.Scalable;
import org.lessonpress.labels.Label;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * Turns the lesson model into the deck's slides: the title, the intro on a slide of its own, an agenda of the
 * sections, a divider per section and sub-section (a divider directly followed by another merges with it, so no two
 * dividers come in a row), one slide per lesson, and a closing slide that thanks, cites and links the source. Pure
 * data in, data out; nothing here knows about DOCX or fonts.
 */
final class DeckPlanner {
    private final StyleSheet styles;
    private final Labels labels;
    /** Start numbers of the ordered lists met so far; list i gets numbering instance i + 2 (1 is the bullets). */
    private final List<Integer> orderedStarts = new ArrayList<>();

    DeckPlanner(StyleSheet styles, Labels labels) {
        this.styles = styles;
        this.labels = labels;
    }

    /** The numbering instance shared by every bullet list. */
    static final int BULLETS = 1;

    List<Slide> plan(LessonDocument doc) {
        List<Slide> slides = new ArrayList<>();
        slides.add(titleSlide(doc.metadata()));
        if (!doc.intro().isEmpty()) {
            slides.add(introSlide(doc));
        }
        if (!doc.sections().isEmpty()) {
            slides.add(agendaSlide(doc));
        }
        for (Lesson l : doc.lessons()) {
            slides.add(lessonSlide(l, -1));
        }
        for (int i = 0; i < doc.sections().size(); i++) {
            addSection(doc.sections().get(i), i, Integer.toString(i + 1), slides);
        }
        slides.add(closingSlide(doc));
        return List.copyOf(slides);
    }

    /** The start number of each ordered list, in numbering-instance order (instance 2 first). */
    List<Integer> orderedListStarts() {
        return List.copyOf(orderedStarts);
    }

    /**
     * A section's divider, its lessons and its sub-sections. A divider that would come right after another (a
     * section whose first lesson is in its first sub-section) joins that divider instead: one slide introduces
     * both, the section first.
     */
    private void addSection(Section s, int topIndex, String label, List<Slide> slides) {
        Slide previous = slides.get(slides.size() - 1);
        boolean merge = s.level() > 1 && previous.kind() == Slide.Kind.DIVIDER;
        List<Para> paras = new ArrayList<>();
        if (s.level() == 1) {
            paras.add(Para.text(styles.sectionNumber(topIndex), label));
            paras.add(Para.fixed(StyleSheet.HEADING_1, s.title()));
        } else {
            paras.add(Para.text(styles.subsectionNumber(topIndex, !merge), label));
            paras.add(Para.fixed(StyleSheet.SUBSECTION_TITLE, s.title()));
        }
        blocks(s.preamble(), Scalable.BODY, 0, paras);
        if (merge) {
            List<Para> joined = new ArrayList<>(previous.versions().get(0));
            joined.addAll(paras);
            slides.set(slides.size() - 1, Slide.of(Slide.Kind.DIVIDER, previous.where() + " and '" + s.titleText() + "'",
                    previous.line(), joined));
        } else {
            slides.add(Slide.of(Slide.Kind.DIVIDER, "the divider slide of section '" + s.titleText() + "'", s.line(), paras));
        }
        for (Lesson l : s.lessons()) {
            slides.add(lessonSlide(l, topIndex));
        }
        for (int i = 0; i < s.subsections().size(); i++) {
            addSection(s.subsections().get(i), topIndex, label + "." + (i + 1), slides);
        }
    }

    private Slide titleSlide(Metadata m) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.TITLE, m.title()));
        m.subtitleIfAny().ifPresent(t -> paras.add(Para.text(StyleSheet.SUBTITLE, t)));
        m.authorIfAny().ifPresent(t -> paras.add(Para.text(StyleSheet.AUTHOR, t)));
        m.dateIfAny().ifPresent(t -> paras.add(Para.text(StyleSheet.DATE, t)));
        m.sourceIfAny().ifPresent(t -> paras.add(Para.fixed(StyleSheet.SOURCE, List.of(link(t, t)))));
        return Slide.of(Slide.Kind.TITLE, "the title slide", 1, paras);
    }

    /** The intro, under the document language's "Introduction". */
    private Slide introSlide(LessonDocument doc) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.SLIDE_TITLE, labels.get(Label.INTRODUCTION)));
        blocks(doc.intro(), Scalable.BODY, 0, paras);
        return Slide.of(Slide.Kind.INTRO, "the intro", doc.intro().get(0).line(), paras);
    }

    /** The agenda: the sections, each with the range of its lessons. */
    Slide agendaSlide(LessonDocument doc) {
        List<Para> items = new ArrayList<>();
        for (Section s : doc.sections()) {
            items.add(Para.scalable(Scalable.AGENDA_ITEM, List.of(new Inline.Text(s.titleText() + range(lessonsOf(s))))));
        }
        return agendaPart(items);
    }

    /** An agenda slide with some of the section lines, for a deck whose sections need more than one agenda slide. */
    Slide agendaPart(List<Para> items) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.SLIDE_TITLE, labels.get(Label.AGENDA)));
        paras.addAll(items);
        return Slide.of(Slide.Kind.AGENDA, "the agenda slide", 1, paras);
    }

    /** "\t12–20", set right-aligned by the Agenda Item tab; "" when there are no lessons. */
    private static String range(List<Lesson> lessons) {
        if (lessons.isEmpty()) {
            return "";
        }
        int first = lessons.get(0).number();
        int last = lessons.get(lessons.size() - 1).number();
        return "\t" + (first == last ? Integer.toString(first) : first + "\u2013" + last);
    }

    private static List<Lesson> lessonsOf(Section s) {
        List<Lesson> out = new ArrayList<>(s.lessons());
        for (Section sub : s.subsections()) {
            out.addAll(lessonsOf(sub));
        }
        return out;
    }

    private Slide lessonSlide(Lesson l, int topIndex) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(styles.lessonNumber(topIndex), Integer.toString(l.number())));
        paras.add(Para.fixed(StyleSheet.HEADING_2, l.lead()));
        blocks(l.body(), Scalable.BODY, 0, paras);
        return Slide.of(Slide.Kind.LESSON, "lesson " + l.number(), l.line(), paras);
    }

    /**
     * The closing slide: "Thank you", the closing text as a slide shows it (see {@link ClosingText}), the citation
     * large and without the URL the source line gives, and the source link.
     */
    private Slide closingSlide(LessonDocument doc) {
        Metadata m = doc.metadata();
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.SLIDE_TITLE, labels.get(Label.THANKS)));
        ClosingText closing = ClosingText.of(doc.closing(), m.citation());
        String cited = Citation.withoutSource(m);
        for (int i = 0; i < closing.blocks().size(); i++) {
            if (i == closing.citationAt() && !cited.isEmpty()) {
                paras.add(Para.scalable(Scalable.CITATION, List.of(new Inline.Text(cited))));
            }
            blocks(List.of(closing.blocks().get(i)), Scalable.CLOSING, 0, paras);
        }
        if (closing.citationAt() >= closing.blocks().size() && !cited.isEmpty()) {
            paras.add(Para.scalable(Scalable.CITATION, List.of(new Inline.Text(cited))));
        }
        if (closing.blocks().isEmpty() && cited.isEmpty()) {
            m.authorIfAny().ifPresent(a -> paras.add(Para.text(StyleSheet.AUTHOR, a)));
        }
        m.sourceIfAny().ifPresent(url -> paras.add(Para.fixed(StyleSheet.SOURCE, List.of(
                new Inline.Text(labels.get(Label.SOURCE_PREFIX) + "\u00a0"), link(url, shortUrl(url))))));
        int line = doc.closing().isEmpty() ? 1 : doc.closing().get(0).line();
        return Slide.of(Slide.Kind.CLOSING, "the closing slide", line, paras);
    }

    /** A URL as a slide shows it: without the scheme, "www." and a final slash. */
    static String shortUrl(String url) {
        return url.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "").replaceFirst("/$", "");
    }

    private static Inline link(String url, String text) {
        return new Inline.Link(url, "", List.of(new Inline.Text(text)));
    }

    /** Blocks of a body, intro, preamble or closing; {@code text} is the family for plain paragraphs. */
    private void blocks(List<Block> blocks, Scalable text, int level, List<Para> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.add(Para.scalable(text, p.content()));
            } else if (b instanceof Block.Heading h) {
                out.add(Para.scalable(Scalable.BLOCK_HEADING, h.content()));
            } else if (b instanceof Block.Quote q) {
                blocks(q.content(), Scalable.QUOTE, level, out);
                if (q.hasAttribution()) {
                    List<Inline> a = new ArrayList<>();
                    a.add(new Inline.Text("\u2014\u00a0"));
                    a.addAll(q.attribution());
                    out.add(Para.scalable(Scalable.ATTRIBUTION, a));
                }
            } else if (b instanceof Block.CodeBlock c) {
                out.add(new Para(null, Scalable.SOURCE_CODE, List.of(), c.code().stripTrailing(), 0, 0));
            } else if (b instanceof Block.ListBlock l) {
                list(l, level, out);
            }
            // A thematic break carries no text; slides separate ideas by slide, so it adds nothing here.
        }
    }

    private void list(Block.ListBlock l, int level, List<Para> out) {
        int numId;
        if (l.ordered()) {
            orderedStarts.add(l.start());
            numId = orderedStarts.size() + 1;
        } else {
            numId = BULLETS;
        }
        Scalable family = l.ordered() ? Scalable.LIST_NUMBER : Scalable.LIST_BULLET;
        for (List<Block> item : l.items()) {
            boolean first = true;
            for (Block b : item) {
                if (b instanceof Block.Paragraph p) {
                    out.add(new Para(null, family, p.content(), null, first ? numId : 0, Math.min(level, 2)));
                    first = false;
                } else if (b instanceof Block.ListBlock nested) {
                    list(nested, level + 1, out);
                } else {
                    blocks(List.of(b), family, level + 1, out);
                }
            }
        }
    }
}
