package org.lessonpress.theme;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A family with the faces it really has. A face the family lacks is never synthesised: {@link #face} gives
 * the nearest real one (bold-italic → bold → regular; italic → regular), so symbol fonts with one face still
 * serve as fallbacks.
 */
public final class FontFamily {
    private final String name;
    private final Set<FontStyle> styles;
    private final Function<FontStyle, FontFace> loader;
    private final Map<FontStyle, FontFace> loaded = new ConcurrentHashMap<>();

    /** A family whose faces are read on first use: most documents need two or three of a chain's faces. */
    FontFamily(String name, Set<FontStyle> styles, Function<FontStyle, FontFace> loader) {
        this.name = name;
        this.styles = Set.copyOf(styles);
        this.loader = loader;
        if (!styles.contains(FontStyle.REGULAR)) {
            throw new IllegalArgumentException("font family " + name + " has no regular face");
        }
    }

    public String name() {
        return name;
    }

    public boolean has(FontStyle style) {
        return styles.contains(style);
    }

    public FontFace face(FontStyle style) {
        FontStyle real = style;
        if (!styles.contains(real) && real == FontStyle.BOLD_ITALIC) {
            real = FontStyle.BOLD;
        }
        if (!styles.contains(real)) {
            real = FontStyle.REGULAR;
        }
        return loaded.computeIfAbsent(real, loader);
    }

    /** Every face the family really has (loading them all). */
    public Map<FontStyle, FontFace> faces() {
        Map<FontStyle, FontFace> out = new EnumMap<>(FontStyle.class);
        styles.forEach(s -> out.put(s, face(s)));
        return out;
    }
}
