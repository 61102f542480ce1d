package org.lessonpress.model;

import java.util.List;
import java.util.Objects;

/** A run of text inside a paragraph, lead or heading, with its markup kept as structure. */
public sealed interface Inline {

    /** Calls the visitor's method for this kind of inline. */
    <R> R accept(Visitor<R> visitor);

    /**
     * A walk over the kinds of inline: one method per record, so adding a kind breaks the compilation of every walk
     * that does not handle it.
     */
    interface Visitor<R> {
        R text(Text text);

        R emphasis(Emphasis emphasis);

        R strong(Strong strong);

        R code(Code code);

        R link(Link link);

        R softBreak(SoftBreak softBreak);

        R hardBreak(HardBreak hardBreak);
    }

    /** Plain text, exactly as written (typographic quotes and dashes included). */
    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }

        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasis ({@code *x*}), usually set in italic. */
    record Emphasis(List<Inline> children) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }

        public Emphasis {
            children = List.copyOf(children);
        }
    }

    /** Strong emphasis ({@code **x**}), usually set in bold. */
    record Strong(List<Inline> children) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }

        public Strong {
            children = List.copyOf(children);
        }
    }

    /** Inline code ({@code `x`}), set in the monospaced font. */
    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }

        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A hyperlink; {@code title} is empty when the source gives none. */
    record Link(String destination, String title, List<Inline> children) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }

        public Link {
            Objects.requireNonNull(destination, "destination");
            title = title == null ? "" : title;
            children = List.copyOf(children);
        }
    }

    /** A line break in the source that reflows as a space. */
    record SoftBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.softBreak(this);
        }

    }

    /** A forced line break (two trailing spaces or a backslash). */
    record HardBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hardBreak(this);
        }

    }
}
