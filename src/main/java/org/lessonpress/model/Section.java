package org.lessonpress.model;

import java.util.List;

/**
 * A {@code ##} section or a {@code ###} sub-section. A lesson belongs to the innermost heading above it, so
 * a section holds the lessons before its first sub-section, then its sub-sections.
 *
 * @param id          a slug unique within the document, e.g. {@code production-and-scaling}
 * @param level       1 for a section ({@code ##}), 2 for a sub-section ({@code ###}), and so on
 * @param title       the heading text
 * @param preamble    text between the heading and its first lesson or sub-section
 * @param lessons     the lessons directly under this heading
 * @param subsections the sub-sections, in source order
 * @param line        the source line of the heading
 */
public record Section(String id, int level, List<Inline> title, List<Block> preamble, List<Lesson> lessons,
                      List<Section> subsections, int line) {
    public Section {
        title = List.copyOf(title);
        preamble = List.copyOf(preamble);
        lessons = List.copyOf(lessons);
        subsections = List.copyOf(subsections);
    }

    public String titleText() {
        return InlineText.plain(title);
    }

    /** Number of lessons in this section and all its sub-sections. */
    public int lessonCount() {
        return lessons.size() + subsections.stream().mapToInt(Section::lessonCount).sum();
    }
}
