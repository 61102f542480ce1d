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
            b.accept(new BlockText(sb));
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, List<Inline> inlines) {
        InlinePlainText walk = new InlinePlainText(sb);
        for (Inline in : inlines) {
            in.accept(walk);
        }
    }

    /** A block as lines of text; a rule has none. */
    private record BlockText(StringBuilder sb) implements Block.Visitor<Void> {
        @Override
        public Void paragraph(Block.Paragraph p) {
            append(sb, p.content());
            return null;
        }

        @Override
        public Void quote(Block.Quote q) {
            sb.append(plainBlocks(q.content()));
            if (q.hasAttribution()) {
                sb.append("\n— ");
                append(sb, q.attribution());
            }
            return null;
        }

        @Override
        public Void code(Block.CodeBlock c) {
            sb.append(c.code().stripTrailing());
            return null;
        }

        @Override
        public Void list(Block.ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(plainBlocks(l.items().get(i)));
            }
            return null;
        }

        @Override
        public Void heading(Block.Heading h) {
            append(sb, h.content());
            return null;
        }

        @Override
        public Void rule(Block.Rule r) {
            return null;
        }
    }

    /** Inline text as read: soft breaks are spaces, hard breaks new lines. */
    private record InlinePlainText(StringBuilder sb) implements Inline.Visitor<Void> {
        @Override
        public Void text(Inline.Text t) {
            sb.append(t.text());
            return null;
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            append(sb, e.children());
            return null;
        }

        @Override
        public Void strong(Inline.Strong s) {
            append(sb, s.children());
            return null;
        }

        @Override
        public Void code(Inline.Code c) {
            sb.append(c.text());
            return null;
        }

        @Override
        public Void link(Inline.Link l) {
            append(sb, l.children());
            return null;
        }

        @Override
        public Void softBreak(Inline.SoftBreak s) {
            sb.append(' ');
            return null;
        }

        @Override
        public Void hardBreak(Inline.HardBreak h) {
            sb.append('\n');
            return null;
        }
    }
}
