package org.lessonpress.load;

import java.util.List;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * Writes a document as a lesson file, the inverse of the markdown reader: front matter, intro, {@code ##} and
 * {@code ###} sections, lessons numbered as they are with their lead in bold (a lead taken from a first sentence
 * stays unmarked, so it is taken again), and the closing. Text is escaped wherever Markdown would read it as markup
 * ({@link MarkdownText}), so reading the file gives the same model, source lines aside.
 */
public final class MarkdownWriter {
    private final StringBuilder out = new StringBuilder();

    private MarkdownWriter() {
    }

    public static String write(LessonDocument doc) {
        MarkdownWriter w = new MarkdownWriter();
        w.frontMatter(doc.metadata());
        w.blocks(doc.intro(), "");
        w.lessons(doc.lessons());
        for (Section s : doc.sections()) {
            w.section(s);
        }
        w.blocks(doc.closing(), "");
        return w.out.toString();
    }

    /**
     * The lesson file for a document read from {@code name}, checked by reading it back: if Markdown cannot say
     * something of the document exactly (a rare shape, such as an ordered list in the intro), an error names the
     * first place that would change, and nothing is written.
     */
    public static String writeChecked(LessonDocument doc, String name) {
        String md = write(doc);
        LessonLoader.Result back = new LessonLoader(new ReadOptions("markdown", false, Long.MAX_VALUE))
                .load(Readers.stem(name) + ".md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LessonDocument want = ModelShape.withoutLines(doc);
        LessonDocument got = back.ok() ? ModelShape.withoutLines(back.document()) : null;
        if (!want.equals(got)) {
            throw new org.lessonpress.BadInputException(org.lessonpress.Diagnostic.error(name, firstDifference(doc, got), 0,
                    "Markdown cannot write " + where(want, got) + " so that it reads back the same"
                    + (back.ok() ? "" : " (read back: " + back.errors().get(0).message() + ")")
                    + "; nothing is written (export it with -f json to keep it exactly)"));
        }
        return md;
    }

    private static String where(LessonDocument want, LessonDocument got) {
        if (got == null) {
            return "this document";
        }
        if (!want.metadata().equals(got.metadata())) {
            return "the front matter";
        }
        if (!want.intro().equals(got.intro())) {
            return "the intro";
        }
        List<Lesson> a = want.allLessons();
        List<Lesson> b = got.allLessons();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "lesson " + a.get(i).number();
            }
        }
        return want.closing().equals(got.closing()) ? "the sections" : "the closing";
    }

    private static int firstDifference(LessonDocument doc, LessonDocument got) {
        if (got == null) {
            return 1;
        }
        List<Lesson> a = ModelShape.withoutLines(doc).allLessons();
        List<Lesson> b = got.allLessons();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return doc.allLessons().get(i).line();
            }
        }
        return 1;
    }

    private void frontMatter(Metadata m) {
        out.append("---\n");
        field("title", m.title());
        field("subtitle", m.subtitle());
        field("author", m.author());
        field("date", m.date());
        field("source", m.source());
        field("language", m.language());
        field("citation", m.citation());
        if (!m.keywords().isEmpty()) {
            out.append("keywords: [").append(String.join(", ", m.keywords().stream().map(MarkdownWriter::yaml).toList())).append("]\n");
        }
        out.append("---\n");
    }

    private void field(String key, String value) {
        if (!value.isEmpty()) {
            out.append(key).append(": ").append(yaml(value)).append('\n');
        }
    }

    /** A YAML double-quoted scalar: the one form in which any text reads back as written. */
    static String yaml(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void section(Section s) {
        out.append('\n').append("#".repeat(s.level() + 1)).append(' ').append(MarkdownText.line(s.title(), "")).append('\n');
        blocks(s.preamble(), "");
        lessons(s.lessons());
        for (Section sub : s.subsections()) {
            section(sub);
        }
    }

    private void lessons(List<Lesson> lessons) {
        for (Lesson l : lessons) {
            String marker = l.number() + ". ";
            String indent = " ".repeat(marker.length());
            out.append('\n').append(marker);
            String lead = MarkdownText.inlines(l.lead(), indent);
            out.append(l.leadInferred() ? lead : "**" + lead + "**");
            List<Block> body = l.body();
            int from = 0;
            if (!body.isEmpty() && body.get(0) instanceof Block.Paragraph p) {
                out.append(' ').append(MarkdownText.inlines(p.content(), indent));
                from = 1;
            }
            out.append('\n');
            blocks(body.subList(from, body.size()), indent);
        }
    }

    private void blocks(List<Block> blocks, String indent) {
        for (Block b : blocks) {
            out.append('\n');
            block(b, indent);
        }
    }

    private void block(Block b, String indent) {
        if (b instanceof Block.Paragraph p) {
            out.append(indent).append(MarkdownText.inlines(p.content(), indent)).append('\n');
        } else if (b instanceof Block.Heading h) {
            out.append(indent).append("#".repeat(Math.max(1, Math.min(6, h.level())))).append(' ')
                    .append(MarkdownText.line(h.content(), indent)).append('\n');
        } else if (b instanceof Block.Rule) {
            out.append(indent).append("***\n");
        } else if (b instanceof Block.CodeBlock c) {
            code(c, indent);
        } else if (b instanceof Block.Quote q) {
            quote(q, indent);
        } else if (b instanceof Block.ListBlock l) {
            list(l, indent);
        }
    }

    private void code(Block.CodeBlock c, String indent) {
        String fence = "`".repeat(Math.max(3, MarkdownText.longestRun(c.code(), '`') + 1));
        out.append(indent).append(fence).append(c.language()).append('\n');
        String code = c.code().endsWith("\n") ? c.code().substring(0, c.code().length() - 1) : c.code();
        if (!c.code().isEmpty()) {
            for (String line : code.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : indent + line).append('\n');
            }
        }
        out.append(indent).append(fence).append('\n');
    }

    /** A quote: its blocks behind {@code > }, the attribution as a last "— Name" paragraph. */
    private void quote(Block.Quote q, String indent) {
        String inner = indent + "> ";
        boolean first = true;
        for (Block b : q.content()) {
            if (!first) {
                out.append(indent).append(">\n");
            }
            block(b, inner);
            first = false;
        }
        if (q.hasAttribution()) {
            out.append(indent).append(">\n").append(inner).append("— ").append(MarkdownText.inlines(q.attribution(), inner)).append('\n');
        }
    }

    private void list(Block.ListBlock l, String indent) {
        int n = l.start();
        for (List<Block> item : l.items()) {
            String marker = l.ordered() ? n++ + ". " : "- ";
            String inner = indent + " ".repeat(marker.length());
            if (item.isEmpty()) {
                out.append(indent).append(marker.strip()).append('\n');
                continue;
            }
            out.append(indent).append(marker);
            int at = out.length();
            block(item.get(0), inner);
            out.delete(at, at + inner.length()); // the first block starts on the marker's line
            for (Block b : item.subList(1, item.size())) {
                out.append('\n');
                block(b, inner);
            }
        }
    }
}
