package org.lessonpress.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;

/**
 * The {@code markdown} reader: a lesson file, YAML front matter then Markdown (commonmark-java). Text before the first
 * section or lesson is the intro; {@code ##} headings open sections and {@code ###} sub-sections; ordered-list items
 * are lessons, numbered as written in the source (commonmark keeps only a list's first number, so each item's marker
 * is read back from the text); what follows the last lesson is the closing.
 */
public final class MarkdownReader implements Reader {
    static final Outline.Wording WORDING = new Outline.Wording("not indented under", "indent it by 3 spaces to say so", "'##'",
            "'# %s' is a title heading; use '##' for sections and '###' for sub-sections");

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String description() {
        return "lesson file: Markdown with YAML front matter (the format lessonpress writes with import)";
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown", "mdown", "mkd");
    }

    /** Certain of a file that opens with a front-matter line; otherwise it leaves the input to the others. */
    @Override
    public int sniff(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 8), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return start.startsWith("---\n") || start.startsWith("---\r\n") ? 90 : 0;
    }

    @Override
    public LessonLoader.Result read(String name, byte[] bytes, ReadOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            String text = SourceText.decode(name, bytes, "a UTF-8 Markdown file");
            if (text.isBlank()) {
                throw BadInputException.at(name, 1, "the file is empty; a lesson file has front matter ('---', 'title: ...', '---') and numbered lessons");
            }
            FrontMatter.Split split = FrontMatter.split(name, text, diagnostics);
            LessonDocument doc = new Builder(name, split, diagnostics).build();
            return ModelCheck.apply(Readers.result(name, doc, diagnostics), Places.of(text).withFields(split.fieldLines()));
        } catch (BadInputException e) {
            diagnostics.add(e.diagnostic());
            return Readers.result(name, null, diagnostics);
        }
    }

    /** The walk over the top-level Markdown blocks, feeding the outline. */
    private static final class Builder {
        private final String file;
        private final Metadata metadata;
        private final String body;
        private final int bodyStartLine;
        private final Lines lines;
        private final BlockConverter blocks;
        private final Outline outline;

        Builder(String file, FrontMatter.Split split, List<Diagnostic> diagnostics) {
            this.file = file;
            this.metadata = split.metadata();
            this.body = split.body();
            this.bodyStartLine = split.bodyStartLine();
            this.lines = new Lines(file, diagnostics);
            this.blocks = new BlockConverter(lines);
            this.outline = new Outline(file, diagnostics, WORDING);
        }

        LessonDocument build() {
            Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
            Document md = (Document) parser.parse(body);
            for (Node n = md.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof OrderedList list) {
                    lessons(list);
                } else if (n instanceof Heading h) {
                    heading(h);
                } else {
                    Block b = blocks.convert(n, 0);
                    if (b != null) {
                        outline.block(b);
                    }
                }
            }
            LessonDocument doc = outline.build(metadata, Path.of(file).getFileName().toString());
            if (doc == null) {
                throw BadInputException.at(file, bodyStartLine, "no lessons found; write them as a numbered list: '1. **Lead.** Body'");
            }
            return doc;
        }

        private void heading(Heading h) {
            int line = lines.line(h);
            List<Inline> content = blocks.inlines().children(h, 0);
            if (h.getLevel() == 1 && outline.isEmpty()) {
                String title = InlineText.plain(content).strip();
                if (!title.equalsIgnoreCase(metadata.title())) {
                    lines.warn(line, "the '#' heading '" + Echo.of(title) + "' is left out: the title comes from the front matter; use '##' for sections");
                }
                outline.seen();
                return;
            }
            outline.heading(h.getLevel() - 1, new Block.Heading(h.getLevel(), content, line));
        }

        private void lessons(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            int position = start == null ? 1 : start;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext(), position++) {
                if (item instanceof ListItem li) {
                    int line = lines.line(li);
                    lesson(li, writtenNumber(li, position), line);
                }
            }
        }

        /** The number as written before the item's delimiter, read from the source at the item's marker. */
        private int writtenNumber(ListItem li, int position) {
            List<SourceSpan> spans = li.getSourceSpans();
            if (spans.isEmpty()) {
                return position;
            }
            int at = spans.get(0).getInputIndex() + (li.getMarkerIndent() == null ? 0 : li.getMarkerIndent());
            int end = at;
            while (end < body.length() && end - at < 9 && Character.isDigit(body.charAt(end))) {
                end++;
            }
            return end == at ? position : Integer.parseInt(body.substring(at, end));
        }

        private void lesson(ListItem item, int number, int line) {
            Node first = item.getFirstChild();
            if (first == null) {
                throw BadInputException.at(file, line, "lesson " + number + " is empty; write '" + number + ". **Lead.** Body' or remove it");
            }
            if (!(first instanceof org.commonmark.node.Paragraph)) {
                throw BadInputException.at(file, line, "lesson " + number + " starts with a " + kind(first)
                        + "; start it with its lead: '" + number + ". **Lead.** Body'");
            }
            List<Inline> content = LeadSplitter.trimStart(blocks.inlines().children(first, 0));
            LeadSplitter.Split split = LeadSplitter.split(content, metadata.language());
            if (split.lead().isEmpty() || InlineText.plain(split.lead()).isBlank()) {
                throw BadInputException.at(file, line, "lesson " + number + " is empty; write '" + number + ". **Lead.** Body' or remove it");
            }
            if (split.inferred()) {
                lines.warn(line, "lesson " + number + " has no bold lead; its first sentence is used. Write '" + number
                        + ". **Lead.** Body' to choose it");
            }
            List<Block> body = new ArrayList<>();
            if (!split.rest().isEmpty()) {
                body.add(new Block.Paragraph(split.rest(), lines.line(first)));
            }
            for (Node n = first.getNext(); n != null; n = n.getNext()) {
                Block b = blocks.convert(n, 1);
                if (b != null) {
                    body.add(b);
                }
            }
            outline.lesson(number, split.lead(), split.inferred(), body, line);
        }

        private static String kind(Node n) {
            return n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
    }
}
