package org.lessonpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole lesson file: front matter, intro, the lessons (some before any section, the rest in sections)
 * and the closing.
 *
 * @param metadata      the front matter
 * @param intro         text before the first section or lesson
 * @param lessons       lessons that come before any section heading (the whole list when a file has none)
 * @param sections      the {@code ##} sections in order
 * @param closing       text after the last lesson (credits, citation)
 * @param sourceName    the file name it was read from, for messages ({@code conf-lessons-2024.md})
 */
public record LessonDocument(Metadata metadata, List<Block> intro, List<Lesson> lessons, List<Section> sections,
                             List<Block> closing, String sourceName) {
    public LessonDocument {
        Objects.requireNonNull(metadata, "metadata");
        intro = List.copyOf(intro);
        lessons = List.copyOf(lessons);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        Objects.requireNonNull(sourceName, "sourceName");
    }

    /** A lesson with the chain of headings it sits under (outermost first; empty when it has none). */
    public record Entry(Lesson lesson, List<Section> trail) {
        public Entry {
            trail = List.copyOf(trail);
        }

        /** The innermost heading above the lesson, or null. */
        public Section section() {
            return trail.isEmpty() ? null : trail.get(trail.size() - 1);
        }

        /** The top-level ({@code ##}) section the lesson is in, or null. */
        public Section topSection() {
            return trail.isEmpty() ? null : trail.get(0);
        }
    }

    /** Every lesson in reading order, each with its section trail. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Lesson l : lessons) {
            out.add(new Entry(l, List.of()));
        }
        for (Section s : sections) {
            collect(s, new ArrayList<>(), out);
        }
        return List.copyOf(out);
    }

    /** Every lesson in reading order. */
    public List<Lesson> allLessons() {
        return entries().stream().map(Entry::lesson).toList();
    }

    /** Every section and sub-section in reading order (depth first). */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            flatten(s, out);
        }
        return List.copyOf(out);
    }

    private static void flatten(Section s, List<Section> out) {
        out.add(s);
        for (Section sub : s.subsections()) {
            flatten(sub, out);
        }
    }

    private static void collect(Section s, List<Section> trail, List<Entry> out) {
        trail.add(s);
        for (Lesson l : s.lessons()) {
            out.add(new Entry(l, trail));
        }
        for (Section sub : s.subsections()) {
            collect(sub, trail, out);
        }
        trail.remove(trail.size() - 1);
    }
}
