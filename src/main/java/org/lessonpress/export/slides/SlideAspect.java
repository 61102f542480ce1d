package org.lessonpress.export.slides;

import java.util.Locale;
import org.lessonpress.theme.PageSize;
import org.lessonpress.theme.Units;

/** The slide shapes {@code --aspect} offers; every one is a landscape page. */
enum SlideAspect {
    WIDE("16:9", Units.inches(13.333), Units.inches(7.5)),
    STANDARD("4:3", Units.inches(10), Units.inches(7.5)),
    A4("a4", PageSize.parse("A4").height(), PageSize.parse("A4").width());

    private final String label;
    private final double width;
    private final double height;

    SlideAspect(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    static SlideAspect parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SlideAspect a : values()) {
            if (a.label.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a slide shape; use 16:9, 4:3 or a4");
    }

    /** Page width in points. */
    double width() {
        return width;
    }

    /** Page height in points. */
    double height() {
        return height;
    }
}
