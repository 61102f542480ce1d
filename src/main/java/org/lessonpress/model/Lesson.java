package org.lessonpress.model;

import java.util.List;

/**
 * One numbered lesson.
 *
 * @param number       the number written in the source
 * @param lead         the lead: the first bold run of the item, or its first sentence when it has none
 * @param body         everything after the lead
 * @param leadInferred true when the item had no bold lead and the first sentence was taken instead
 * @param line         the source line of the list item, for messages
 */
public record Lesson(int number, List<Inline> lead, List<Block> body, boolean leadInferred, int line) {
    public Lesson {
        lead = List.copyOf(lead);
        body = List.copyOf(body);
    }

    /** A stable identifier, unique within a document: {@code lesson-12}. */
    public String id() {
        return "lesson-" + number;
    }

    /** The lead as plain text. */
    public String leadText() {
        return InlineText.plain(lead);
    }
}
