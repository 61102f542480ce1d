package org.lessonpress.export.pdfbox;

import java.util.Objects;
import org.lessonpress.theme.FontFace;
import org.lessonpress.theme.Rgb;

/** Styled text ready for line breaking: spans of text in one face and colour, and forced line breaks. */
public sealed interface Piece {

    /**
     * Text in one face. {@code link} is the URL the text points to, or null; the painter adds a link annotation.
     * Spaces inside {@code text} are break opportunities; no-break spaces are not.
     */
    record Span(FontFace face, String text, Rgb color, String link) implements Piece {
        public Span {
            Objects.requireNonNull(face, "face");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(color, "color");
        }
    }

    /** A forced line break (a Markdown hard break, a line of a code block). */
    record Break() implements Piece {
    }
}
