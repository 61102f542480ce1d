/**
 * The lesson model: plain immutable data read from a lesson file, knowing nothing of any output format.
 * Every exporter reads this and nothing else of the source.
 */
package org.lessonpress.model;
