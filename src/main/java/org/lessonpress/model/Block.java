package org.lessonpress.model;

import java.util.List;
import java.util.Objects;

/** A block of content inside the intro, a section preamble, a lesson body or the closing. */
public sealed interface Block {

    /** The source line the block starts on (1-based), for messages. */
    int line();

    record Paragraph(List<Inline> content, int line) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A block quote. When its last paragraph starts with a dash ("— Andrej Karpathy"), that paragraph
     * is taken out as the {@code attribution} (without the dash); otherwise the attribution is empty.
     */
    record Quote(List<Block> content, List<Inline> attribution, int line) implements Block {
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
        public CodeBlock {
            language = language == null ? "" : language;
            Objects.requireNonNull(code, "code");
        }
    }

    /** A bullet or ordered list inside a lesson body or the intro (never itself a lesson list). */
    record ListBlock(boolean ordered, int start, List<List<Block>> items, int line) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A heading that appears in the intro or the closing (headings elsewhere are sections). */
    record Heading(int level, List<Inline> content, int line) implements Block {
        public Heading {
            content = List.copyOf(content);
        }
    }

    /** A thematic break ({@code ***}). */
    record Rule(int line) implements Block {
    }
}
