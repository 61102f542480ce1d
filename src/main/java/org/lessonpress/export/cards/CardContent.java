package org.lessonpress.export.cards;

import java.util.List;
import org.lessonpress.labels.Label;
import org.lessonpress.labels.Labels;
import org.lessonpress.model.LessonDocument;
import org.lessonpress.model.Section;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.colour.SectionColours;

/**
 * What one card shows besides the lesson itself: its section label and colour, the document title and source.
 *
 * @param entry        the lesson with its section trail
 * @param sectionLabel the innermost section title, or the document title for a lesson outside any section
 * @param colours      the colours of its top-level section (the accent's outside sections)
 * @param title        the document title for the front's footer; empty when the band already shows it
 * @param source       where the text comes from, for the back: the source URL, else the document title
 * @param sourceLink   the URL to link, or null
 * @param sourceLabel  what introduces the linked source, in the document's language ("Source:", "Source\u00a0:")
 */
record CardContent(LessonDocument.Entry entry, String sectionLabel, SectionColours colours, String title, String source,
                   String sourceLink, String sourceLabel) {

    static List<CardContent> of(LessonDocument doc, Theme theme) {
        String docTitle = doc.metadata().title();
        String source = doc.metadata().sourceIfAny().orElse(docTitle);
        String link = doc.metadata().sourceIfAny().orElse(null);
        String label = Labels.of(doc.metadata().language()).get(Label.SOURCE_PREFIX);
        return doc.entries().stream().map(e -> {
            Section top = e.topSection();
            if (top == null) {
                return new CardContent(e, docTitle, theme.palette().accent(), "", source, link, label);
            }
            return new CardContent(e, e.section().titleText(), theme.palette().section(doc.sections().indexOf(top)), docTitle,
                    source, link, label);
        }).toList();
    }
}
