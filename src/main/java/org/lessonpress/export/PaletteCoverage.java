package org.lessonpress.export;

import java.util.List;
import org.lessonpress.Diagnostic;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.Theme;

/**
 * Whether a theme's palette tells a document's sections apart: with more top-level sections than section colours,
 * the colours repeat, and two sections look alike in every format. A warning at the first section that repeats one.
 */
public final class PaletteCoverage {
    private PaletteCoverage() {
    }

    public static List<Diagnostic> check(String file, LessonDocument doc, Theme theme) {
        int colours = theme.palette().sections().size();
        List<Section> sections = doc.sections();
        if (sections.size() <= colours) {
            return List.of();
        }
        Section first = sections.get(colours);
        int repeats = sections.size() - colours;
        String to = repeats == 2 ? " and " : " to ";
        String which = repeats == 1 ? "section " + (colours + 1) + " takes the colours of section 1"
                : "sections " + (colours + 1) + to + sections.size() + " take the colours of sections 1" + to + repeats;
        return List.of(Diagnostic.warning(file, first.line(), 0, sections.size() + " sections, but the theme has "
                + colours + " section colours: " + which + "; add colours to colors.sections in the theme to tell them apart"));
    }
}
