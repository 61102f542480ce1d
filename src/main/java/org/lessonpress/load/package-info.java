/**
 * Reads a lesson file (YAML front matter + Markdown) into the immutable lesson model, with diagnostics that name
 * the file, line and fix. Nothing here knows about output formats.
 */
package org.lessonpress.load;
