/**
 * The exporter plug-in interface: an {@link org.lessonpress.export.Exporter} turns the lesson model plus an
 * {@link org.lessonpress.export.ExportContext} into bytes. Exporters are found with {@link java.util.ServiceLoader};
 * each lives in its own sub-package and the CLI does all file I/O.
 */
package org.lessonpress.export;
