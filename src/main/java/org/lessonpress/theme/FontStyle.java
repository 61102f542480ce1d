package org.lessonpress.theme;

/** The four faces of a family. */
public enum FontStyle {
    REGULAR, BOLD, ITALIC, BOLD_ITALIC;

    public static FontStyle of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    public boolean bold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    public boolean italic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }

    public FontStyle withBold() {
        return of(true, italic());
    }

    public FontStyle withItalic() {
        return of(bold(), true);
    }

    /** The catalogue's key for this face: {@code regular}, {@code bold}, {@code italic}, {@code bold-italic}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
