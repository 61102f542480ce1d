/**
 * One export run, from the command line's inputs to committed files: inputs found and read once, the formats of
 * each input run in parallel and committed together or not at all, incremental rebuilds, reports for CI. The
 * {@code export} and {@code build} commands only parse arguments and hand a {@link RunSettings} to {@link ExportRun}.
 */
package org.lessonpress.export.pipeline;
