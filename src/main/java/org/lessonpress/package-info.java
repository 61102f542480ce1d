/**
 * lessonpress: turns a lesson file (numbered lessons in sections, in Markdown) into print-ready files.
 * The root holds what every layer shares: diagnostics and the bad-input exception.
 */
package org.lessonpress;
