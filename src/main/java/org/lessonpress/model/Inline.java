package org.lessonpress.model;

import java.util.List;
import java.util.Objects;

/** A run of text inside a paragraph, lead or heading, with its markup kept as structure. */
public sealed interface Inline {

    /** Plain text, exactly as written (typographic quotes and dashes included). */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasis ({@code *x*}), usually set in italic. */
    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis {
            children = List.copyOf(children);
        }
    }

    /** Strong emphasis ({@code **x**}), usually set in bold. */
    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }
    }

    /** Inline code ({@code `x`}), set in the monospaced font. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A hyperlink; {@code title} is empty when the source gives none. */
    record Link(String destination, String title, List<Inline> children) implements Inline {
        public Link {
            Objects.requireNonNull(destination, "destination");
            title = title == null ? "" : title;
            children = List.copyOf(children);
        }
    }

    /** A line break in the source that reflows as a space. */
    record SoftBreak() implements Inline {
    }

    /** A forced line break (two trailing spaces or a backslash). */
    record HardBreak() implements Inline {
    }
}
