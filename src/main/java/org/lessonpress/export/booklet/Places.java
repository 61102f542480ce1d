package org.lessonpress.export.booklet;

import org.lessonpress.model.Lesson;
import org.lessonpress.model.Section;

/**
 * The setter for each part of the document: each reports a character no font has at the part's own source line
 * ("lesson 12" at the lesson's line, a section heading at the heading's line), never at the front matter.
 */
interface Places {

    BlockSetter lesson(Lesson lesson);

    BlockSetter section(Section section);

    /** Text outside lessons and headings (intro, preamble, closing) at {@code line}, described as {@code where}. */
    BlockSetter at(int line, String where);
}
