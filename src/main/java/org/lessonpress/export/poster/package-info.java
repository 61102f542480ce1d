/**
 * The {@code poster} format: every lesson on one large page, its grid and type size found by a pure fitting search
 * ({@link org.lessonpress.export.poster.PosterFitter}), drawn with PDFBox, optionally cut into tiles for home printers.
 */
package org.lessonpress.export.poster;
