package org.lessonpress.typeset;

import java.util.Objects;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/**
 * Text in one face, ready to be measured: its size as a part of the paragraph's type size ({@code scale} 1 for body
 * text, the theme's code scale for inline code), colour and link. A span of {@code "\n"} is a forced line break.
 * Text in a {@code literal} span (code) is never hyphenated; a URL or code may still be cut at its separators.
 *
 * @param text    the characters, each of which {@code face} has (format controls aside)
 * @param face    the face that draws them
 * @param scale   size relative to the paragraph's type size
 * @param color   the colour to draw in
 * @param link    the URI (or {@code #name} inside a document) the text points to, or null
 * @param literal true for code: no hyphenation, no ties
 */
public record Span(String text, FontFace face, double scale, Rgb color, String link, boolean literal) {
    /** The text of a forced line break. */
    public static final String LINE_BREAK = "\n";

    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(color, "color");
        if (!(scale > 0)) {
            throw new IllegalArgumentException("span scale must be positive: " + scale);
        }
    }

    public boolean isLineBreak() {
        return LINE_BREAK.equals(text);
    }

    /** The same text in another colour, links kept. */
    public Span withColor(Rgb c) {
        return new Span(text, face, scale, c, link, literal);
    }

    /** The same text pointing at {@code target} in {@code c}. */
    public Span withLink(String target, Rgb c) {
        return new Span(text, face, scale, c, target, literal);
    }

    /** The same text without its link, in {@code c}. */
    public Span unlinked(Rgb c) {
        return new Span(text, face, scale, c, null, literal);
    }

    public Span scaled(double factor) {
        return new Span(text, face, scale * factor, color, link, literal);
    }
}
