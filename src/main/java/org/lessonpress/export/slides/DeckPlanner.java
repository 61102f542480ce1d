package org.lessonpress.export.slides;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.export.slides.Slide.Para;
import org.lessonpress.export.slides.StyleSheet.Scalable;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * Turns the lesson model into the deck's slides: title, agenda, a divider per section and sub-section, one slide per
 * lesson and a closing slide. Pure data in, data out; nothing here knows about DOCX or fonts.
 */
final class DeckPlanner {
    private final StyleSheet styles;
    private final String agendaTitle;
    /** Start numbers of the ordered lists met so far; list i gets numbering instance i + 2 (1 is the bullets). */
    private final List<Integer> orderedStarts = new ArrayList<>();

    DeckPlanner(StyleSheet styles, String agendaTitle) {
        this.styles = styles;
        this.agendaTitle = agendaTitle;
    }

    /** The numbering instance shared by every bullet list. */
    static final int BULLETS = 1;

    List<Slide> plan(LessonDocument doc) {
        List<Slide> slides = new ArrayList<>();
        slides.add(titleSlide(doc.metadata()));
        slides.add(agendaSlide(doc, true));
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

    private void addSection(Section s, int topIndex, String label, List<Slide> slides) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(styles.sectionNumber(topIndex), label));
        paras.add(Para.fixed(StyleSheet.HEADING_1, s.title()));
        blocks(s.preamble(), Scalable.BODY, 0, paras);
        slides.add(Slide.of(Slide.Kind.DIVIDER, "the divider slide of section '" + s.titleText() + "'", s.line(), paras));
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
        m.sourceIfAny().ifPresent(t -> paras.add(Para.fixed(StyleSheet.SOURCE, List.of(link(t)))));
        return Slide.of(Slide.Kind.TITLE, "the title slide", 1, paras);
    }

    /** The agenda: its title, the intro when {@code withIntro}, and the sections with their lesson ranges. */
    Slide agendaSlide(LessonDocument doc, boolean withIntro) {
        List<Para> head = new ArrayList<>();
        head.add(Para.text(StyleSheet.SLIDE_TITLE, agendaTitle));
        if (withIntro) {
            blocks(doc.intro(), Scalable.BODY, 0, head);
        }
        List<Para> full = new ArrayList<>(head);
        List<Para> topOnly = new ArrayList<>(head);
        if (doc.sections().isEmpty()) {
            // Without sections the agenda lists the leads when they fit, else the one range of lessons.
            for (Lesson l : doc.allLessons()) {
                full.add(agendaItem(l.leadText(), List.of(l)));
            }
            topOnly.add(agendaItem(doc.metadata().title(), doc.allLessons()));
        }
        for (Section s : doc.sections()) {
            Para item = agendaItem(s.titleText(), lessonsOf(s));
            full.add(item);
            topOnly.add(item);
            for (Section sub : s.subsections()) {
                addSubItems(sub, full);
            }
        }
        List<List<Para>> versions = full.size() == topOnly.size() ? List.of(full) : List.of(full, topOnly);
        return new Slide(Slide.Kind.AGENDA, "the agenda slide", 1, versions);
    }

    /** An agenda slide with some of the section lines, for a deck whose sections need more than one agenda slide. */
    Slide agendaPart(List<Para> items) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.SLIDE_TITLE, agendaTitle));
        paras.addAll(items);
        return Slide.of(Slide.Kind.AGENDA, "the agenda slide", 1, paras);
    }

    /** A slide of its own for an intro too long to share the agenda slide, headed by the document title. */
    Slide introSlide(LessonDocument doc) {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.SLIDE_TITLE, doc.metadata().title()));
        blocks(doc.intro(), Scalable.BODY, 0, paras);
        int line = doc.intro().isEmpty() ? 1 : doc.intro().get(0).line();
        return Slide.of(Slide.Kind.INTRO, "the intro", line, paras);
    }

    private void addSubItems(Section sub, List<Para> out) {
        out.add(Para.scalable(Scalable.AGENDA_SUB_ITEM, List.of(new Inline.Text(sub.titleText() + range(lessonsOf(sub), " · ")))));
        for (Section deeper : sub.subsections()) {
            addSubItems(deeper, out);
        }
    }

    private static Para agendaItem(String title, List<Lesson> lessons) {
        return Para.scalable(Scalable.AGENDA_ITEM, List.of(new Inline.Text(title + range(lessons, "\t"))));
    }

    /** "\t12–20" for a tab-separated range, "" when there are no lessons. */
    private static String range(List<Lesson> lessons, String separator) {
        if (lessons.isEmpty()) {
            return "";
        }
        int first = lessons.get(0).number();
        int last = lessons.get(lessons.size() - 1).number();
        return separator + (first == last ? Integer.toString(first) : first + "\u2013" + last);
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

    private Slide closingSlide(LessonDocument doc) {
        Metadata m = doc.metadata();
        List<Para> paras = new ArrayList<>();
        paras.add(Para.text(StyleSheet.SLIDE_TITLE, m.title()));
        blocks(doc.closing(), Scalable.CLOSING, 0, paras);
        String closingText = squash(InlineText.plainBlocks(doc.closing()));
        m.citationIfAny().filter(c -> !closingText.contains(squash(c)))
                .ifPresent(c -> paras.add(Para.scalable(Scalable.CITATION, List.of(new Inline.Text(c)))));
        if (paras.size() == 1) {
            m.authorIfAny().ifPresent(a -> paras.add(Para.text(StyleSheet.AUTHOR, a)));
            m.sourceIfAny().ifPresent(s -> paras.add(Para.fixed(StyleSheet.SOURCE, List.of(link(s)))));
        }
        int line = doc.closing().isEmpty() ? 1 : doc.closing().get(0).line();
        return Slide.of(Slide.Kind.CLOSING, "the closing slide", line, paras);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static Inline link(String url) {
        return new Inline.Link(url, "", List.of(new Inline.Text(url)));
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
