/**
 * The readers: a {@link org.lessonpress.load.Reader} turns an input (a lesson file, a plain-text essay, a saved web
 * page, lessonpress JSON) into the immutable lesson model, with diagnostics that name the file, line and fix; the
 * {@link org.lessonpress.load.Readers} registry chooses one and puts every document through the same model checks.
 * Also the lesson-file writer {@code import} uses. Nothing here knows about output formats.
 */
package org.lessonpress.load;
