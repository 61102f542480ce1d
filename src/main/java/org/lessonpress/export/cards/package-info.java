/**
 * The {@code cards} exporter: one card per lesson (lead on the front, body on the back) as print-shop-ready PDF,
 * laid out N-up on sheets with bleed, crop marks, page boxes and duplex-aligned backs, or one card per page.
 */
package org.lessonpress.export.cards;
