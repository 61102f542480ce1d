/**
 * The {@code lessonpress} command line: thin picocli commands that parse options, merge them with a project file and
 * hand the run to {@link org.lessonpress.export.pipeline.ExportRun}, which does all file I/O. No layout code lives here.
 */
package org.lessonpress.cli;
