package org.lessonpress.export.cards;

import java.util.Locale;
import org.lessonpress.export.pdfbox.Rect;

/** How the printer turns the sheet over between front and back. */
public enum Duplex {
    /** Turned about its long edge, like a book page: on a portrait sheet the columns swap sides. */
    LONG_EDGE,
    /** Turned about its short edge, like a wall calendar: on a portrait sheet the rows swap. */
    SHORT_EDGE,
    /** Printed one side at a time: all fronts, then all backs, each back in the same place as its front. */
    NONE;

    public static Duplex parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "long-edge":
            case "long":
                return LONG_EDGE;
            case "short-edge":
            case "short":
                return SHORT_EDGE;
            case "none":
            case "off":
                return NONE;
            default:
                throw new IllegalArgumentException("'" + text + "' is not a duplex mode; use long-edge, short-edge or none");
        }
    }

    /**
     * Where the back of something printed at {@code r} on the front must go so that the flip brings it behind
     * {@code r}. The long edge of a landscape sheet runs across, so there long-edge mirrors the rows.
     */
    public Rect behind(Rect r, double pageWidth, double pageHeight) {
        boolean landscape = pageWidth > pageHeight;
        if (this == NONE) {
            return r;
        }
        boolean mirrorColumns = (this == LONG_EDGE) != landscape;
        return mirrorColumns ? r.mirrorX(pageWidth) : r.mirrorY(pageHeight);
    }
}
