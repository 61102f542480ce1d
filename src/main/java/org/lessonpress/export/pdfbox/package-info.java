/**
 * Text on PDFBox pages, shared by the PDF exporters: embedded subset fonts per document, model inlines turned into
 * styled spans, a pure line breaker that measures with the embedded fonts, and a painter that draws its lines.
 */
package org.lessonpress.export.pdfbox;
