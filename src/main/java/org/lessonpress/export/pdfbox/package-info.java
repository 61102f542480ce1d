/**
 * PDFBox pages shared by the PDF exporters: embedded subset fonts per document and a painter that draws the
 * typesetting core's text boxes; the {@link org.lessonpress.export.pdfbox.Rect} geometry in points, printer's marks
 * ({@link org.lessonpress.export.pdfbox.CropMarks}) and WCAG colour choices ({@link org.lessonpress.export.pdfbox.Contrast}).
 */
package org.lessonpress.export.pdfbox;
