/**
 * PDFBox pages shared by the PDF exporters: embedded subset fonts per document, model inlines turned into styled
 * spans, a pure line breaker that measures with the embedded fonts and a painter that draws its lines; the
 * {@link org.lessonpress.export.pdfbox.Rect} geometry in points and printer's marks
 * ({@link org.lessonpress.export.pdfbox.CropMarks}). Colours come resolved from the theme's palette.
 */
package org.lessonpress.export.pdfbox;
