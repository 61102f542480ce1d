/**
 * The {@code lessonpress} command line: thin picocli commands that parse options, call the loader and the
 * exporters, and do all file I/O (atomic writes into the output directory). No layout code lives here.
 */
package org.lessonpress.cli;
