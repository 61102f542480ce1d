package org.lessonpress.load;

import java.util.List;
import org.lessonpress.model.Block;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;

/**
 * A document with every source line set to 0 and no source name: what two readings of the same essay from
 * different files (a .txt and the .md import wrote of it) must agree on exactly. Everything else is compared.
 */
public final class ModelShape {
    private ModelShape() {
    }

    public static LessonDocument withoutLines(LessonDocument d) {
        return new LessonDocument(d.metadata(), blocks(d.intro()), lessons(d.lessons()),
                d.sections().stream().map(ModelShape::section).toList(), blocks(d.closing()), "");
    }

    private static Section section(Section s) {
        return new Section(s.id(), s.level(), s.title(), blocks(s.preamble()), lessons(s.lessons()),
                s.subsections().stream().map(ModelShape::section).toList(), 0);
    }

    private static List<Lesson> lessons(List<Lesson> lessons) {
        return lessons.stream().map(l -> new Lesson(l.number(), l.lead(), blocks(l.body()), l.leadInferred(), 0)).toList();
    }

    private static List<Block> blocks(List<Block> blocks) {
        return blocks.stream().map(ModelShape::block).toList();
    }

    private static Block block(Block b) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.content(), 0);
        } else if (b instanceof Block.Quote q) {
            return new Block.Quote(blocks(q.content()), q.attribution(), 0);
        } else if (b instanceof Block.CodeBlock c) {
            return new Block.CodeBlock(c.language(), c.code(), 0);
        } else if (b instanceof Block.ListBlock l) {
            return new Block.ListBlock(l.ordered(), l.start(), l.items().stream().map(ModelShape::blocks).toList(), 0);
        } else if (b instanceof Block.Heading h) {
            return new Block.Heading(h.level(), h.content(), 0);
        }
        return new Block.Rule(0);
    }
}
