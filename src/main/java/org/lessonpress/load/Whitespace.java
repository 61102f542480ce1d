package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.model.Inline;

/**
 * White space as a browser shows HTML text: runs of spaces, tabs and line breaks are one space, none at the start
 * or end of a block nor around a forced line break; no-break spaces are kept as written.
 */
final class Whitespace {
    private Whitespace() {
    }

    static List<Inline> collapse(List<Inline> in) {
        boolean[] afterSpace = {true};
        List<Inline> out = hoist(pass(in, afterSpace));
        trimEnd(out);
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.HardBreak) {
            out.remove(out.size() - 1);
            trimEnd(out);
        }
        while (!out.isEmpty() && out.get(0) instanceof Inline.HardBreak) {
            out.remove(0);
        }
        return out;
    }

    /**
     * Moves a space at the edge of emphasis, strong or a link out of it ({@code <b>Lead. </b>Body} reads as
     * {@code <b>Lead.</b> Body}): it shows the same, and Markdown cannot mark text that starts or ends with one.
     */
    private static List<Inline> hoist(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            List<Inline> children = i instanceof Inline.Emphasis e ? e.children() : i instanceof Inline.Strong s ? s.children()
                    : i instanceof Inline.Link l ? l.children() : null;
            if (children == null) {
                add(out, i);
                continue;
            }
            List<Inline> inner = new ArrayList<>(hoist(children));
            boolean before = !inner.isEmpty() && inner.get(0) instanceof Inline.Text t && t.text().startsWith(" ");
            if (before) {
                String rest = ((Inline.Text) inner.get(0)).text().substring(1);
                if (rest.isEmpty()) {
                    inner.remove(0);
                } else {
                    inner.set(0, new Inline.Text(rest));
                }
                add(out, new Inline.Text(" "));
            }
            boolean after = !inner.isEmpty() && inner.get(inner.size() - 1) instanceof Inline.Text t && t.text().endsWith(" ");
            if (after) {
                trimEnd(inner);
            }
            if (!inner.isEmpty() || i instanceof Inline.Link) {
                out.add(i instanceof Inline.Emphasis ? new Inline.Emphasis(inner) : i instanceof Inline.Strong ? new Inline.Strong(inner)
                        : new Inline.Link(((Inline.Link) i).destination(), ((Inline.Link) i).title(), inner));
            }
            if (after) {
                add(out, new Inline.Text(" "));
            }
        }
        return out;
    }

    private static List<Inline> pass(List<Inline> in, boolean[] afterSpace) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Text t) {
                String s = t.text().replaceAll("[ \\t\\n\\r\\f]+", " ");
                if (afterSpace[0] && s.startsWith(" ")) {
                    s = s.substring(1);
                }
                if (!s.isEmpty()) {
                    afterSpace[0] = s.endsWith(" ");
                    add(out, new Inline.Text(s));
                }
            } else if (i instanceof Inline.HardBreak) {
                trimEnd(out);
                out.add(i);
                afterSpace[0] = true;
            } else if (i instanceof Inline.Emphasis e) {
                addContainer(out, pass(e.children(), afterSpace), Inline.Emphasis::new);
            } else if (i instanceof Inline.Strong s) {
                addContainer(out, pass(s.children(), afterSpace), Inline.Strong::new);
            } else if (i instanceof Inline.Link l) {
                List<Inline> children = pass(l.children(), afterSpace);
                out.add(new Inline.Link(l.destination(), l.title(), children));
            } else {
                out.add(i);
                afterSpace[0] = false;
            }
        }
        return out;
    }

    private static void addContainer(List<Inline> out, List<Inline> children, java.util.function.Function<List<Inline>, Inline> make) {
        if (!children.isEmpty()) {
            out.add(make.apply(children));
        }
    }

    private static void add(List<Inline> out, Inline i) {
        if (i instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
            out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
        } else {
            out.add(i);
        }
    }

    /** Removes the space that ends a run, inside the last emphasis or link if that is where it is. */
    private static void trimEnd(List<Inline> out) {
        while (!out.isEmpty()) {
            int last = out.size() - 1;
            Inline i = out.get(last);
            if (i instanceof Inline.Text t) {
                String s = t.text().endsWith(" ") ? t.text().substring(0, t.text().length() - 1) : t.text();
                if (s.isEmpty()) {
                    out.remove(last);
                    continue;
                }
                out.set(last, new Inline.Text(s));
            } else if (i instanceof Inline.Emphasis e) {
                out.set(last, new Inline.Emphasis(trimmed(e.children())));
            } else if (i instanceof Inline.Strong s) {
                out.set(last, new Inline.Strong(trimmed(s.children())));
            } else if (i instanceof Inline.Link l) {
                out.set(last, new Inline.Link(l.destination(), l.title(), trimmed(l.children())));
            }
            return;
        }
    }

    private static List<Inline> trimmed(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        trimEnd(out);
        return out;
    }

    /** The text of a {@code <pre>}: a first line break right after the tag is not content; it ends with one. */
    static String preformatted(String text) {
        String s = text.startsWith("\r\n") ? text.substring(2) : text.startsWith("\n") ? text.substring(1) : text;
        return s.endsWith("\n") ? s : s + "\n";
    }
}
