/**
 * PDFBox pages shared by the PDF exporters: embedded subset fonts per document and a painter that draws the
 * typesetting core's text boxes; the {@link org.lessonpress.export.pdfbox.Rect} geometry in points and printer's
 * marks ({@link org.lessonpress.export.pdfbox.CropMarks}). Colours come resolved from the theme's palette.
 */
package org.lessonpress.export.pdfbox;
