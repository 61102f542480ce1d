package org.lessonpress.theme;

import java.util.EnumMap;
import java.util.Map;

/**
 * A family with the faces it really has. A face the family lacks is never synthesised: {@link #face} gives
 * the nearest real one (bold-italic → bold → regular; italic → regular), so symbol fonts with one face still
 * serve as fallbacks.
 */
public final class FontFamily {
    private final String name;
    private final Map<FontStyle, FontFace> faces;

    FontFamily(String name, Map<FontStyle, FontFace> faces) {
        this.name = name;
        this.faces = new EnumMap<>(faces);
        if (!faces.containsKey(FontStyle.REGULAR)) {
            throw new IllegalArgumentException("font family " + name + " has no regular face");
        }
    }

    public String name() {
        return name;
    }

    public boolean has(FontStyle style) {
        return faces.containsKey(style);
    }

    public FontFace face(FontStyle style) {
        FontFace f = faces.get(style);
        if (f == null && style == FontStyle.BOLD_ITALIC) {
            f = faces.get(FontStyle.BOLD);
        }
        return f != null ? f : faces.get(FontStyle.REGULAR);
    }

    public Map<FontStyle, FontFace> faces() {
        return Map.copyOf(faces);
    }
}
