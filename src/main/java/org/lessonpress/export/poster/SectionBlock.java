package org.lessonpress.export.poster;

import java.util.ArrayList;
import java.util.List;
import org.lessonpress.theme.colour.SectionColours;
import org.lessonpress.typeset.MeasuredParagraph;

/**
 * The lessons of one section, in reading order, as the poster shows them: one block under its own band and name,
 * so that no name ever sits above or beside another section's lessons. Lessons before the first section (or in a
 * file without sections) make a block without a name.
 *
 * @param label   the section's name (its trail where a top-level section starts), or null
 * @param colours its top-level section's colours
 * @param first   the index of its first lesson among the poster's items
 * @param items   its lessons
 */
record SectionBlock(MeasuredParagraph label, SectionColours colours, int first, List<PosterContent.Item> items) {

    SectionBlock {
        items = List.copyOf(items);
    }

    /** The blocks of a poster: a new one wherever a lesson carries a section name. */
    static List<SectionBlock> of(List<PosterContent.Item> items) {
        List<SectionBlock> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= items.size(); i++) {
            if (i == items.size() || items.get(i).label() != null) {
                PosterContent.Item head = items.get(start);
                out.add(new SectionBlock(head.label(), head.colours(), start, items.subList(start, i)));
                start = i;
            }
        }
        return out;
    }
}
