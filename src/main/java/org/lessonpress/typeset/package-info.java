/**
 * Setting text, for every format and free of any PDF or Office library: font metrics read once per face, styled spans
 * from the model's inlines, hyphenation and ties in the document's language, one break-opportunity iterator and one
 * line breaker (Knuth–Plass total fit, first fit for word processors), measured once in ems and laid out at any size.
 * The formats only paint the {@link org.lessonpress.typeset.TextBox}es it returns.
 */
package org.lessonpress.typeset;
