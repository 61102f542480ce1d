/**
 * The words the formats print around the author's text ("Contents", "Agenda", "Source"...), translated, and looked
 * up by the document's {@code language}. Every format takes its labels from here, so a deck, a booklet, cards and a
 * poster of one file speak one language.
 */
package org.lessonpress.labels;
