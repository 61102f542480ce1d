/**
 * Themes as data: YAML files with {@code extends}, units and colours, resolved once into immutable values in
 * points; and the bundled fonts with their fallback chains. Drawing code reads only resolved values.
 */
package org.lessonpress.theme;
