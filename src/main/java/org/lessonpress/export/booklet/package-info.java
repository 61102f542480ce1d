/**
 * The {@code booklet} format: a typeset PDF handout (laid out here, painted with OpenPDF) and, on request, its
 * saddle-stitch imposition for printing and folding (PDFBox).
 */
package org.lessonpress.export.booklet;
