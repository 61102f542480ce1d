/**
 * The {@code json} exporter: the loaded lesson model as JSON, for other tools. Its shape is documented in the
 * README and versioned by the {@code format} field.
 */
package org.lessonpress.export.json;
