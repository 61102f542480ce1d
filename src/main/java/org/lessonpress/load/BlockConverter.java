package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.lessonpress.BadInputException;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;

/** commonmark block nodes → model blocks, with a depth limit so hostile nesting is an error, not a crash. */
final class BlockConverter {
    static final int MAX_DEPTH = Limits.BLOCK_DEPTH;
    private static final String DASHES = "—―–";

    private final Lines lines;
    private final InlineConverter inlines;

    BlockConverter(Lines lines) {
        this.lines = lines;
        this.inlines = new InlineConverter(lines);
    }

    InlineConverter inlines() {
        return inlines;
    }

    List<Block> children(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Block b = convert(n, depth);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /** Converts one block; null for nodes that carry no content (link reference definitions). */
    Block convert(Node n, int depth) {
        int line = lines.line(n);
        if (depth > MAX_DEPTH) {
            throw BadInputException.at(lines.file(), line, "lists or quotes are nested more than " + MAX_DEPTH
                    + " levels deep; flatten them");
        }
        if (n instanceof Paragraph) {
            return new Block.Paragraph(inlines.children(n, 0), line);
        } else if (n instanceof BlockQuote) {
            return quote(children(n, depth + 1), line);
        } else if (n instanceof FencedCodeBlock f) {
            return new Block.CodeBlock(f.getInfo(), f.getLiteral(), line);
        } else if (n instanceof IndentedCodeBlock c) {
            return new Block.CodeBlock("", c.getLiteral(), line);
        } else if (n instanceof ListBlock list) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(children(item, depth + 1));
                }
            }
            boolean ordered = n instanceof OrderedList;
            int start = ordered && ((OrderedList) n).getMarkerStartNumber() != null ? ((OrderedList) n).getMarkerStartNumber() : 1;
            return new Block.ListBlock(ordered, start, items, line);
        } else if (n instanceof Heading h) {
            return new Block.Heading(h.getLevel(), inlines.children(n, 0), line);
        } else if (n instanceof ThematicBreak) {
            return new Block.Rule(line);
        } else if (n instanceof HtmlBlock h) {
            lines.warn(n, "raw HTML is not interpreted; it is kept as text");
            return new Block.Paragraph(List.of(new Inline.Text(h.getLiteral().strip())), line);
        } else if (n instanceof LinkReferenceDefinition) {
            return null;
        }
        lines.warn(n, "unsupported Markdown block (" + n.getClass().getSimpleName() + ") is left out");
        return null;
    }

    /** A quote whose last paragraph starts with a dash has that paragraph as its attribution. */
    static Block.Quote quote(List<Block> content, int line) {
        if (content.size() >= 2 && content.get(content.size() - 1) instanceof Block.Paragraph last) {
            List<Inline> attribution = afterDash(last.content());
            if (attribution != null && !attribution.isEmpty()) {
                return new Block.Quote(content.subList(0, content.size() - 1), attribution, line);
            }
        }
        return new Block.Quote(content, List.of(), line);
    }

    /** "— Name" without its dash (an em, horizontal-bar or en dash, or "--"), or null when it does not start with one. */
    static List<Inline> afterDash(List<Inline> content) {
        if (content.isEmpty() || !(content.get(0) instanceof Inline.Text first)) {
            return null;
        }
        String t = first.text();
        String rest;
        if (!t.isEmpty() && DASHES.indexOf(t.charAt(0)) >= 0) {
            rest = t.substring(1);
        } else if (t.startsWith("--")) {
            rest = t.substring(2);
        } else {
            return null;
        }
        rest = rest.replaceFirst("^[\\s\u00a0\u202f]+", "");
        List<Inline> out = new ArrayList<>(content);
        if (rest.isEmpty()) {
            out.remove(0);
        } else {
            out.set(0, new Inline.Text(rest));
        }
        return out;
    }
}
