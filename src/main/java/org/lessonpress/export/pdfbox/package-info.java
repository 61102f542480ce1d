/**
 * PDFBox pages shared by the PDF exporters: embedded subset fonts per document, model inlines turned into styled
 * spans, a pure line breaker that measures with the embedded fonts and a painter that draws its lines; the
 * {@link org.lessonpress.export.pdfbox.Rect} geometry in points, printer's marks
 * ({@link org.lessonpress.export.pdfbox.CropMarks}) and WCAG colour choices ({@link org.lessonpress.export.pdfbox.Contrast}).
 */
package org.lessonpress.export.pdfbox;
