package org.lessonpress.export;

import java.util.List;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;
import org.lessonpress.theme.FontStyle;

/**
 * Every piece of text of a document with the place it comes from ("lesson 12", line 40), in reading order: what the
 * checks that run on the model before any format ({@link GlyphCoverage}, {@link ScriptCheck}) look at.
 */
public final class DocumentText {
    private DocumentText() {
    }

    /** Where text is: a line of the lesson file and what it is, for messages. */
    public record Place(int line, String where) {
    }

    /**
     * Receives each piece of text; {@code code} is true for code spans and blocks, set in the mono chain; {@code style}
     * is the face the formats set it in: titles, headings and leads bold, emphasis italic.
     */
    @FunctionalInterface
    public interface Visitor {
        void text(String text, Place place, boolean code, FontStyle style);
    }

    public static void walk(LessonDocument doc, Visitor v) {
        Place front = new Place(1, "the front matter");
        Metadata m = doc.metadata();
        v.text(m.title(), front, false, FontStyle.BOLD);
        for (String s : List.of(m.subtitle(), m.author(), m.date(), m.source(), m.citation())) {
            v.text(s, front, false, FontStyle.REGULAR);
        }
        m.keywords().forEach(k -> v.text(k, front, false, FontStyle.REGULAR));
        blocks(doc.intro(), new Place(1, "the intro"), v);
        lessons(doc.lessons(), v);
        for (Section s : doc.allSections()) {
            Place p = new Place(s.line(), "section '" + s.titleText() + "'");
            inlines(s.title(), p, FontStyle.BOLD, v);
            blocks(s.preamble(), p, v);
            lessons(s.lessons(), v);
        }
        blocks(doc.closing(), new Place(doc.closing().isEmpty() ? 0 : doc.closing().get(0).line(), "the closing"), v);
    }

    private static void lessons(List<Lesson> lessons, Visitor v) {
        for (Lesson l : lessons) {
            Place p = new Place(l.line(), "lesson " + l.number());
            inlines(l.lead(), p, FontStyle.BOLD, v);
            blocks(l.body(), p, v);
        }
    }

    private static void blocks(List<Block> blocks, Place p, Visitor v) {
        for (Block b : blocks) {
            if (b instanceof Block.CodeBlock c) {
                v.text(c.code(), p, true, FontStyle.REGULAR);
            } else if (b instanceof Block.Paragraph para) {
                inlines(para.content(), p, FontStyle.REGULAR, v);
            } else if (b instanceof Block.Heading h) {
                inlines(h.content(), p, FontStyle.BOLD, v);
            } else if (b instanceof Block.Quote q) {
                blocks(q.content(), p, v);
                inlines(q.attribution(), p, FontStyle.REGULAR, v);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> blocks(item, p, v));
            }
        }
    }

    private static void inlines(List<Inline> inlines, Place p, FontStyle style, Visitor v) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Code c) {
                v.text(c.text(), p, true, FontStyle.REGULAR);
            } else if (in instanceof Inline.Emphasis e) {
                inlines(e.children(), p, style.withItalic(), v);
            } else if (in instanceof Inline.Strong s) {
                inlines(s.children(), p, style.withBold(), v);
            } else if (in instanceof Inline.Link l) {
                inlines(l.children(), p, style, v);
            } else {
                v.text(InlineText.plain(List.of(in)), p, false, style);
            }
        }
    }
}
