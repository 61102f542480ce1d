package org.lessonpress.theme;

/**
 * What happens to a character that no font of a chain has. It is never dropped: either the export fails
 * ({@link #ERROR}, the default) or the character is drawn as a visible replacement with a warning ({@link #REPLACE}).
 */
public enum MissingGlyphs {
    ERROR, REPLACE
}
