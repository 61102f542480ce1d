package org.lessonpress.load;

import java.util.Locale;

/**
 * What stands in the text for an image, since images are not set: its alt text, else its address, else (for an
 * image inlined as a {@code data:} URL, which may be megabytes of base64) a short label with its type and size.
 */
final class ImageText {
    private ImageText() {
    }

    static String visible(String alt, String src) {
        if (alt != null && !alt.isBlank()) {
            return alt.strip();
        }
        String s = src == null ? "" : src.strip();
        if (s.isEmpty()) {
            return "image";
        }
        if (s.regionMatches(true, 0, "data:", 0, 5)) {
            int end = s.indexOf(';') > 0 && s.indexOf(';') < s.indexOf(',') ? s.indexOf(';') : s.indexOf(',');
            String type = end > 5 ? s.substring(5, end) : "data";
            return String.format(Locale.ROOT, "image (%s, %.1f KB)", type.isEmpty() ? "data" : type, s.length() / 1024.0);
        }
        return s;
    }
}
