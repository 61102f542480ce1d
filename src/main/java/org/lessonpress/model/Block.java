package org.lessonpress.model;

import java.util.List;
import java.util.Objects;

/** A block of content inside the intro, a section preamble, a lesson body or the closing. */
public sealed interface Block {

    /** The source line the block starts on (1-based), for messages. */
    int line();

    /** Calls the visitor's method for this kind of block. */
    <R> R accept(Visitor<R> visitor);

    /**
     * A walk over the kinds of block: one method per record, so adding a kind of block breaks the compilation of
     * every walk that does not handle it, instead of being skipped silently by one format.
     */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R quote(Quote quote);

        R code(CodeBlock code);

        R list(ListBlock list);

        R heading(Heading heading);

        R rule(Rule rule);
    }

    record Paragraph(List<Inline> content, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }

        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A block quote. When its last paragraph starts with a dash ("— Andrej Karpathy"), that paragraph
     * is taken out as the {@code attribution} (without the dash); otherwise the attribution is empty.
     */
    record Quote(List<Block> content, List<Inline> attribution, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }

        public Quote {
            content = List.copyOf(content);
            attribution = List.copyOf(attribution);
        }

        public boolean hasAttribution() {
            return !attribution.isEmpty();
        }
    }

    /** A fenced or indented code block; {@code language} is the fence's info string, maybe empty. */
    record CodeBlock(String language, String code, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }

        public CodeBlock {
            language = language == null ? "" : language;
            Objects.requireNonNull(code, "code");
        }
    }

    /** A bullet or ordered list inside a lesson body or the intro (never itself a lesson list). */
    record ListBlock(boolean ordered, int start, List<List<Block>> items, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }

        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A heading that appears in the intro or the closing (headings elsewhere are sections). */
    record Heading(int level, List<Inline> content, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }

        public Heading {
            content = List.copyOf(content);
        }
    }

    /** A thematic break ({@code ***}). */
    record Rule(int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rule(this);
        }

    }
}
