package org.lessonpress.export.slides;

import java.util.List;
import org.lessonpress.model.Inline;

/**
 * One slide before it becomes DOCX: its paragraphs, in one or more versions (the agenda drops its sub-section lines
 * when they do not fit), with what to name in a message when nothing fits.
 *
 * @param kind     what the slide is, for tests and messages
 * @param where    "lesson 12", "the agenda slide"
 * @param line     the source line to report
 * @param versions the paragraph lists to try, fullest first
 */
record Slide(Kind kind, String where, int line, List<List<Para>> versions) {
    enum Kind { TITLE, INTRO, AGENDA, DIVIDER, LESSON, CLOSING }

    Slide {
        versions = versions.stream().map(List::copyOf).toList();
    }

    static Slide of(Kind kind, String where, int line, List<Para> paras) {
        return new Slide(kind, where, line, List.of(paras));
    }

    /**
     * One paragraph: a fixed style, or a {@link StyleSheet.Scalable} family whose size step the fitter picks.
     *
     * @param style    the style ID when {@code scalable} is null
     * @param scalable the style family that shrinks with the slide, or null
     * @param inlines  the content (a tab character in a Text sets the agenda's right-aligned lesson range)
     * @param code     the literal text of a code block (lines kept), or null
     * @param numId    the numbering instance of a list item's first paragraph, 0 for none
     * @param level    the list nesting level, 0 for the outermost
     */
    record Para(String style, StyleSheet.Scalable scalable, List<Inline> inlines, String code, int numId, int level) {
        Para {
            inlines = List.copyOf(inlines);
        }

        static Para fixed(String style, List<Inline> inlines) {
            return new Para(style, null, inlines, null, 0, 0);
        }

        static Para text(String style, String text) {
            return fixed(style, List.of(new Inline.Text(text)));
        }

        static Para scalable(StyleSheet.Scalable s, List<Inline> inlines) {
            return new Para(null, s, inlines, null, 0, 0);
        }

        /** The style ID at a size step. */
        String styleAt(int step) {
            return scalable == null ? style : scalable.id(step);
        }
    }
}
