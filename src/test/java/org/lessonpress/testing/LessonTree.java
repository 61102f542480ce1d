package org.lessonpress.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A repository of lesson files as a team keeps it: {@code lessons/} with nested folders, and two files of the same
 * name ({@code handout.md}) in different folders. Small files, each a little different, so exports are quick.
 */
public final class LessonTree {
    private static final String[] FOLDERS = {"team-a", "team-b", "team-c/2024", "team-c/2025", ""};

    private LessonTree() {
    }

    /** Writes {@code count} lesson files below {@code root}/lessons and returns their paths relative to it. */
    public static List<String> write(Path root, int count) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String folder = FOLDERS[i % FOLDERS.length];
            String name = i == 0 || i == 1 ? "handout.md" : "lesson-" + i + ".md";
            String relative = folder.isEmpty() ? name : folder + "/" + name;
            Path p = root.resolve("lessons").resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, lessons(i));
            files.add(relative);
        }
        return files;
    }

    /** One small lesson file: two sections, three lessons. */
    public static String lessons(int i) {
        return "---\ntitle: Lessons of file " + i + "\nauthor: Team " + (i % 3) + "\n---\n\nWhat we learned, part " + i + ".\n\n"
                + "## Planning\n\n1. **Start small.** Ship the first version of item " + i + " early.\n"
                + "2. **Measure.** Count what matters, *not* what is easy.\n\n"
                + "## Review\n\n3. **Write it down.** A lesson not written is a lesson lost (" + i + ").\n";
    }
}
