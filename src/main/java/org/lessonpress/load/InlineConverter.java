package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.lessonpress.BadInputException;
import org.lessonpress.model.Inline;

/** commonmark inline nodes → model inlines; adjacent text is merged, raw HTML and images are kept visibly. */
final class InlineConverter {
    static final int MAX_DEPTH = Limits.INLINE_DEPTH;

    private final Lines lines;

    InlineConverter(Lines lines) {
        this.lines = lines;
    }

    List<Inline> children(Node parent, int depth) {
        if (depth > MAX_DEPTH) {
            throw BadInputException.at(lines.file(), lines.line(parent), "inline markup is nested more than " + MAX_DEPTH
                    + " levels deep; simplify the emphasis and links here");
        }
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Inline in = convert(n, depth);
            if (in == null) {
                continue;
            }
            if (in instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private Inline convert(Node n, int depth) {
        if (n instanceof Text t) {
            return new Inline.Text(t.getLiteral());
        } else if (n instanceof Emphasis) {
            return new Inline.Emphasis(children(n, depth + 1));
        } else if (n instanceof StrongEmphasis) {
            return new Inline.Strong(children(n, depth + 1));
        } else if (n instanceof Code c) {
            return new Inline.Code(c.getLiteral());
        } else if (n instanceof Link l) {
            return new Inline.Link(l.getDestination(), l.getTitle(), children(n, depth + 1));
        } else if (n instanceof Image img) {
            lines.warn(n, "images are not supported; the image's alt text is kept as a link to it");
            List<Inline> alt = children(n, depth + 1);
            return new Inline.Link(img.getDestination(), img.getTitle(), alt.isEmpty() ? List.of(new Inline.Text(ImageText.visible("", img.getDestination()))) : alt);
        } else if (n instanceof SoftLineBreak) {
            return new Inline.SoftBreak();
        } else if (n instanceof HardLineBreak) {
            return new Inline.HardBreak();
        } else if (n instanceof HtmlInline h) {
            lines.warn(n, "raw HTML is not interpreted; '" + h.getLiteral() + "' is kept as text");
            return new Inline.Text(h.getLiteral());
        }
        lines.warn(n, "unsupported Markdown (" + n.getClass().getSimpleName() + ") is kept as plain text");
        return new Inline.Text(plain(n));
    }

    private static String plain(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else {
                sb.append(plain(c));
            }
        }
        return sb.toString();
    }
}
