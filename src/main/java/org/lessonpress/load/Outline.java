package org.lessonpress.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lessonpress.BadInputException;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.Block;
import org.lessonpress.model.Inline;
import org.lessonpress.model.InlineText;
import org.lessonpress.model.Lesson;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Metadata;
import org.lessonpress.model.Section;

/**
 * Builds the document from what a reader meets in reading order: headings, lessons and other blocks. Text before
 * the first heading or lesson is the intro, text right under a heading its preamble, and a lesson belongs to the
 * innermost heading above it. What follows a lesson waits: if another lesson comes before the next heading, it was
 * part of the earlier lesson (with a warning); if no lesson comes at all, it is the closing, headings included.
 * Every reader uses this, so the same source shape gives the same model whatever the format.
 */
final class Outline {
    /**
     * How a format words what the messages say: text that is not inside a lesson ("not indented under"), how to put
     * it inside ("indent it by 3 spaces to say so"), how a top-level section heading is written ("'##'"), and what
     * to say of a title heading (level 0) met where a section should be ({@code %s}: its text).
     */
    record Wording(String notInside, String keepInLesson, String sectionHeading, String titleHeading) {
    }

    private final String file;
    private final List<Diagnostic> diagnostics;
    private final Wording wording;
    private final List<Block> intro = new ArrayList<>();
    private final List<LessonDraft> topLessons = new ArrayList<>();
    private final List<SectionDraft> roots = new ArrayList<>();
    private final Deque<SectionDraft> stack = new ArrayDeque<>();
    /** What came after the last lesson, not placed yet: blocks, and headings as {@link HeadingDraft}s. */
    private final List<Object> tail = new ArrayList<>();
    private final Set<String> slugs = new HashSet<>();
    private LessonDraft last;
    private boolean seenAnything;

    /** A heading: its section level (1 for a top-level section) and the block it is in an intro or closing. */
    private record HeadingDraft(int level, Block.Heading block) {
    }

    Outline(String file, List<Diagnostic> diagnostics, Wording wording) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.wording = wording;
    }

    /** True until the first heading, lesson or block. */
    boolean isEmpty() {
        return !seenAnything && last == null && roots.isEmpty();
    }

    /** Something was read that takes no place in the document (a title heading at the top). */
    void seen() {
        seenAnything = true;
    }

    boolean hasLessons() {
        return last != null;
    }

    /**
     * A heading of section level {@code level} (1 = section, 2 = sub-section...; 0 = a title heading, an error unless
     * it ends up in the closing), kept as {@code block} in a closing.
     */
    void heading(int level, Block.Heading block) {
        if (last != null) {
            tail.add(new HeadingDraft(level, block));
        } else {
            place(new HeadingDraft(level, block));
        }
    }

    void block(Block b) {
        if (last != null) {
            tail.add(b);
        } else {
            place(b);
        }
    }

    /** A lesson; {@code body} is copied and may still grow with text that turns out to belong to it. */
    void lesson(int number, List<Inline> lead, boolean inferred, List<Block> body, int line) {
        resolveTail();
        LessonDraft d = new LessonDraft(number, lead, inferred, body, line);
        if (stack.isEmpty()) {
            topLessons.add(d);
        } else {
            stack.peek().lessons.add(d);
        }
        last = d;
        seenAnything = true;
    }

    /** The document, or null when no lesson was met (the reader says what to write instead). */
    LessonDocument build(Metadata metadata, String sourceName) {
        if (last == null) {
            return null;
        }
        List<Block> closing = new ArrayList<>();
        for (Object o : tail) {
            closing.add(o instanceof HeadingDraft h ? h.block() : (Block) o);
        }
        List<Section> sections = sections(roots);
        for (Section s : sections) {
            warnEmpty(s);
        }
        return new LessonDocument(metadata, intro, lessons(topLessons), sections,
                closing, sourceName);
    }

    private void place(Object o) {
        seenAnything = true;
        if (o instanceof HeadingDraft h) {
            open(h);
        } else if (stack.isEmpty()) {
            intro.add((Block) o);
        } else {
            stack.peek().preamble.add((Block) o);
        }
    }

    /** Text between two lessons: what comes before the next heading belongs to the earlier lesson. */
    private void resolveTail() {
        boolean warned = false;
        boolean afterHeading = false;
        for (Object o : tail) {
            if (o instanceof HeadingDraft) {
                afterHeading = true;
            }
            if (afterHeading) {
                place(o);
                continue;
            }
            Block b = (Block) o;
            if (!warned) {
                diagnostics.add(Diagnostic.warning(file, b.line(), 0, "this text between lessons " + last.number
                        + " and the next is " + wording.notInside() + " lesson " + last.number + "; it is kept as part of it ("
                        + wording.keepInLesson() + ")"));
                warned = true;
            }
            last.body.add(b);
        }
        tail.clear();
    }

    private void open(HeadingDraft h) {
        int line = h.block().line();
        String title = InlineText.plain(h.block().content()).strip();
        if (h.level() < 1) {
            throw BadInputException.at(file, line, wording.titleHeading().replace("%s", Echo.of(title)));
        }
        while (!stack.isEmpty() && stack.peek().level >= h.level()) {
            stack.pop();
        }
        if (stack.isEmpty() && h.level() > 1) {
            throw BadInputException.at(file, line, "the sub-section '" + Echo.of(title) + "' has no " + wording.sectionHeading()
                    + " section above it; add one or make it " + wording.sectionHeading());
        }
        if (title.isEmpty()) {
            throw BadInputException.at(file, line, "this heading is empty; give the section a name");
        }
        SectionDraft s = new SectionDraft(slug(title), h.level(), h.block().content(), line);
        if (stack.isEmpty()) {
            roots.add(s);
        } else {
            stack.peek().subsections.add(s);
        }
        stack.push(s);
    }

    private String slug(String title) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "section";
        }
        String s = base;
        for (int i = 2; !slugs.add(s); i++) {
            s = base + "-" + i;
        }
        return s;
    }

    private static Section section(SectionDraft d) {
        return new Section(d.id, d.level, d.title, d.preamble, lessons(d.lessons), sections(d.subsections), d.line);
    }

    private static List<Section> sections(List<SectionDraft> drafts) {
        List<Section> out = new ArrayList<>(drafts.size());
        for (SectionDraft d : drafts) {
            out.add(section(d));
        }
        return out;
    }

    private static List<Lesson> lessons(List<LessonDraft> drafts) {
        List<Lesson> out = new ArrayList<>(drafts.size());
        for (LessonDraft d : drafts) {
            out.add(d.build());
        }
        return out;
    }

    private void warnEmpty(Section s) {
        if (s.lessonCount() == 0) {
            diagnostics.add(Diagnostic.warning(file, s.line(), 0, "section '" + Echo.of(s.titleText()) + "' has no lessons"));
        }
        for (Section sub : s.subsections()) {
            warnEmpty(sub);
        }
    }

    private static final class LessonDraft {
        final int number;
        final List<Inline> lead;
        final boolean inferred;
        final List<Block> body;
        final int line;

        LessonDraft(int number, List<Inline> lead, boolean inferred, List<Block> body, int line) {
            this.number = number;
            this.lead = lead;
            this.inferred = inferred;
            this.body = new ArrayList<>(body);
            this.line = line;
        }

        Lesson build() {
            return new Lesson(number, lead, body, inferred, line);
        }
    }

    private static final class SectionDraft {
        final String id;
        final int level;
        final List<Inline> title;
        final int line;
        final List<Block> preamble = new ArrayList<>();
        final List<LessonDraft> lessons = new ArrayList<>();
        final List<SectionDraft> subsections = new ArrayList<>();

        SectionDraft(String id, int level, List<Inline> title, int line) {
            this.id = id;
            this.level = level;
            this.title = title;
            this.line = line;
        }
    }
}
