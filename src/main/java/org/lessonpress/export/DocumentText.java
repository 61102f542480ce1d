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
        // Block and inline visitors: the compiler checks that every kind is walked (a rule has no text).
        Block.Visitor<Void> walk = new Block.Visitor<>() {
            @Override
            public Void paragraph(Block.Paragraph para) {
                inlines(para.content(), p, FontStyle.REGULAR, v);
                return null;
            }

            @Override
            public Void quote(Block.Quote q) {
                blocks(q.content(), p, v);
                inlines(q.attribution(), p, FontStyle.REGULAR, v);
                return null;
            }

            @Override
            public Void code(Block.CodeBlock c) {
                v.text(c.code(), p, true, FontStyle.REGULAR);
                return null;
            }

            @Override
            public Void list(Block.ListBlock l) {
                l.items().forEach(item -> blocks(item, p, v));
                return null;
            }

            @Override
            public Void heading(Block.Heading h) {
                inlines(h.content(), p, FontStyle.BOLD, v);
                return null;
            }

            @Override
            public Void rule(Block.Rule r) {
                return null;
            }
        };
        for (Block b : blocks) {
            b.accept(walk);
        }
    }

    private static void inlines(List<Inline> inlines, Place p, FontStyle style, Visitor v) {
        Inline.Visitor<Void> walk = new Inline.Visitor<>() {
            @Override
            public Void text(Inline.Text t) {
                v.text(InlineText.plain(List.of(t)), p, false, style);
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis e) {
                inlines(e.children(), p, style.withItalic(), v);
                return null;
            }

            @Override
            public Void strong(Inline.Strong s) {
                inlines(s.children(), p, style.withBold(), v);
                return null;
            }

            @Override
            public Void code(Inline.Code c) {
                v.text(c.text(), p, true, FontStyle.REGULAR);
                return null;
            }

            @Override
            public Void link(Inline.Link l) {
                inlines(l.children(), p, style, v);
                return null;
            }

            @Override
            public Void softBreak(Inline.SoftBreak b) {
                v.text(InlineText.plain(List.of(b)), p, false, style);
                return null;
            }

            @Override
            public Void hardBreak(Inline.HardBreak b) {
                v.text(InlineText.plain(List.of(b)), p, false, style);
                return null;
            }
        };
        for (Inline in : inlines) {
            in.accept(walk);
        }
    }
}
