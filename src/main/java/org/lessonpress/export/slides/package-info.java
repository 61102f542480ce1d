/**
 * The {@code slides} exporter: a slide-style DOCX (one lesson per landscape page) built on named Word styles, so a
 * deck can be presented from Word, LibreOffice or Google Docs and restyled by editing styles.
 */
package org.lessonpress.export.slides;
