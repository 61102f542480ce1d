package org.lessonpress.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A fallback chain of font families, as a theme names it ({@code fonts.serif: [Noto Serif, DejaVu Sans]}).
 * Text is split into runs, each in the first family that has the glyph; nothing is dropped silently.
 */
public final class FontChain {

    /** Text set in one face. */
    public record Run(FontFace face, String text) {
    }

    /** Called for a character no family of the chain has; returns the code point to draw instead, or throws. */
    @FunctionalInterface
    public interface MissingGlyphHandler {
        int missing(int codePoint, FontChain chain);
    }

    /** The replacement drawn for a missing character under {@link MissingGlyphs#REPLACE}. */
    public static final int REPLACEMENT = 0xFFFD;

    private final String name;
    private final List<FontFamily> families;

    public FontChain(String name, List<FontFamily> families) {
        this.name = Objects.requireNonNull(name);
        this.families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("font chain " + name + " is empty");
        }
    }

    public String name() {
        return name;
    }

    public List<FontFamily> families() {
        return families;
    }

    /** The first family: the face used for spaces and metrics. */
    public FontFace primary(FontStyle style) {
        return families.get(0).face(style);
    }

    /** The first face in the chain that has the glyph, or null. */
    public FontFace face(FontStyle style, int codePoint) {
        return face(new FontFace[families.size()], style, codePoint);
    }

    /** As {@link #face(FontStyle, int)}, with the families' faces in {@code style} kept in {@code faces}. */
    private FontFace face(FontFace[] faces, FontStyle style, int codePoint) {
        for (int k = 0; k < faces.length; k++) {
            if (faces[k] == null) {
                faces[k] = families.get(k).face(style);
            }
            if (faces[k].hasGlyph(codePoint)) {
                return faces[k];
            }
        }
        return null;
    }

    public boolean canDisplay(int codePoint) {
        return isIgnorable(codePoint) || face(FontStyle.REGULAR, codePoint) != null;
    }

    /**
     * Splits text into runs by face. Control characters become spaces; invisible format characters (soft hyphen,
     * zero-width space, joiners) are not drawn; a character no family has goes to {@code onMissing}.
     */
    public List<Run> runs(String text, FontStyle style, MissingGlyphHandler onMissing) {
        // Each family's face in this style, looked up when first needed rather than for every character (a family's
        // lookup checks its styles and its loaded faces, and showed in profiles of batches).
        FontFace[] faces = new FontFace[families.size()];
        FontFace only = oneFace(text, faces, style);
        if (only != null) {
            List<Run> one = new ArrayList<>(1);
            one.add(new Run(only, text));
            return one;
        }
        List<Run> out = new ArrayList<>();
        FontFace current = null;
        StringBuilder buf = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7f) {
                cp = ' ';
            } else if (isIgnorable(cp)) {
                continue;
            }
            FontFace face = face(faces, style, cp);
            if (face == null) {
                cp = onMissing.missing(cp, this);
                face = face(faces, style, cp);
                if (face == null) {
                    cp = '?';
                    face = primary(style);
                }
            }
            if (face != current && !buf.isEmpty()) {
                out.add(new Run(current, buf.toString()));
                buf.setLength(0);
            }
            current = face;
            buf.appendCodePoint(cp);
        }
        if (!buf.isEmpty()) {
            out.add(new Run(current, buf.toString()));
        }
        return out;
    }

    /**
     * The face that draws every character of {@code text} as it is (no control, invisible or missing character, one
     * face for all), or null: then {@link #runs} builds its runs character by character. Most text takes this way,
     * and is then not copied.
     */
    private FontFace oneFace(String text, FontFace[] faces, FontStyle style) {
        FontFace only = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7f || isIgnorable(cp)) {
                return null;
            }
            FontFace face = face(faces, style, cp);
            if (face == null || (only != null && face != only)) {
                return null;
            }
            only = face;
        }
        return only;
    }

    /** Characters that are not drawn at all: soft hyphen, zero-width space and joiners, other format controls. */
    public static boolean isIgnorable(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }

    /** The family names, for messages: {@code Noto Serif, DejaVu Sans}. */
    public String describe() {
        return families.stream().map(FontFamily::name).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name + " (" + describe() + ")";
    }
}
