package org.lessonpress.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;

/**
 * Splits a lesson's first paragraph into lead and rest: the leading bold run when there is one, else the first
 * sentence (see {@link Sentences}), else the whole paragraph. The split keeps the inline structure: emphasis or a
 * link that the sentence end falls inside is cut in two, each half keeping its markup.
 */
final class LeadSplitter {

    record Split(List<Inline> lead, List<Inline> rest, boolean inferred) {
    }

    private LeadSplitter() {
    }

    static Split split(List<Inline> content, String language) {
        if (!content.isEmpty() && content.get(0) instanceof Inline.Strong strong) {
            return new Split(strong.children(), trimStart(content.subList(1, content.size())), false);
        }
        return firstSentence(content, language);
    }

    /** The first sentence as lead, whatever the markup. */
    static Split firstSentence(List<Inline> content, String language) {
        int end = Sentences.firstEnd(InlineText.plain(content), language);
        if (end < 0) {
            return new Split(content, List.of(), true);
        }
        List<Inline> lead = new ArrayList<>();
        List<Inline> rest = new ArrayList<>();
        cut(content, end, 0, lead, rest);
        return new Split(lead, trimStart(rest), true);
    }

    /** What follows plain-text offset {@code at} (a number written before the text, say). */
    static List<Inline> after(List<Inline> content, int at) {
        List<Inline> before = new ArrayList<>();
        List<Inline> rest = new ArrayList<>();
        cut(content, at, 0, before, rest);
        return rest;
    }

    /**
     * Puts what lies before plain-text offset {@code at} into {@code before}, the rest into {@code after}; returns
     * the offset after {@code inlines}. Offsets count as {@link InlineText#plain} does.
     */
    private static int cut(List<Inline> inlines, int at, int pos, List<Inline> before, List<Inline> after) {
        for (Inline in : inlines) {
            int length = InlineText.plain(List.of(in)).length();
            if (pos + length <= at) {
                before.add(in);
            } else if (pos >= at) {
                after.add(in);
            } else if (in instanceof Inline.Text t) {
                before.add(new Inline.Text(t.text().substring(0, at - pos)));
                after.add(new Inline.Text(t.text().substring(at - pos)));
            } else if (in instanceof Inline.Emphasis e) {
                cutInside(e.children(), at, pos, before, after, Inline.Emphasis::new);
            } else if (in instanceof Inline.Strong s) {
                cutInside(s.children(), at, pos, before, after, Inline.Strong::new);
            } else if (in instanceof Inline.Link l) {
                cutInside(l.children(), at, pos, before, after, c -> new Inline.Link(l.destination(), l.title(), c));
            } else {
                before.add(in); // code is never cut
            }
            pos += length;
        }
        return pos;
    }

    /** Cuts a marked run in two, each half keeping the mark. */
    private static void cutInside(List<Inline> children, int at, int pos, List<Inline> before, List<Inline> after,
                                  Function<List<Inline>, Inline> mark) {
        List<Inline> b = new ArrayList<>();
        List<Inline> a = new ArrayList<>();
        cut(children, at, pos, b, a);
        before.add(mark.apply(b));
        after.add(mark.apply(a));
    }

    static List<Inline> trimStart(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty()) {
            Inline f = out.get(0);
            if (f instanceof Inline.SoftBreak || f instanceof Inline.HardBreak) {
                out.remove(0);
            } else if (f instanceof Inline.Text t) {
                String s = t.text().stripLeading();
                if (s.isEmpty()) {
                    out.remove(0);
                } else {
                    out.set(0, new Inline.Text(s));
                    break;
                }
            } else {
                break;
            }
        }
        return out;
    }
}
