package org.lessonpress.model;

import java.util.List;

/** Flattens inline runs to plain text, for bookmarks, metadata, messages and tests. */
public final class InlineText {
    private InlineText() {
    }

    public static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        append(sb, inlines);
        return sb.toString();
    }

    public static String plainBlocks(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            appendBlock(sb, b);
        }
        return sb.toString();
    }

    private static void appendBlock(StringBuilder sb, Block block) {
        if (block instanceof Block.Paragraph p) {
            append(sb, p.content());
        } else if (block instanceof Block.Heading h) {
            append(sb, h.content());
        } else if (block instanceof Block.Quote q) {
            sb.append(plainBlocks(q.content()));
            if (q.hasAttribution()) {
                sb.append("\n— ");
                append(sb, q.attribution());
            }
        } else if (block instanceof Block.CodeBlock c) {
            sb.append(c.code().stripTrailing());
        } else if (block instanceof Block.ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(plainBlocks(l.items().get(i)));
            }
        }
    }

    private static void append(StringBuilder sb, List<Inline> inlines) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (in instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (in instanceof Inline.Emphasis e) {
                append(sb, e.children());
            } else if (in instanceof Inline.Strong s) {
                append(sb, s.children());
            } else if (in instanceof Inline.Link l) {
                append(sb, l.children());
            } else if (in instanceof Inline.SoftBreak) {
                sb.append(' ');
            } else if (in instanceof Inline.HardBreak) {
                sb.append('\n');
            }
        }
    }
}
