package org.lessonpress.export.pdfbox;

import java.util.List;
import org.lessonpress.theme.Rgb;

/** WCAG AA colour choices for text on the section colours, so any palette a theme sets stays readable. */
public final class Contrast {
    /** WCAG AA for normal text. */
    public static final double AA = 4.5;
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final Rgb WHITE = new Rgb(255, 255, 255);

    private Contrast() {
    }

    /**
     * The colour for text on {@code background}: the theme's paper or text colour when one reaches 4.5:1,
     * else black or white, whichever contrasts more.
     */
    public static Rgb textOn(Rgb background, Rgb paper, Rgb text) {
        for (Rgb c : List.of(paper, text)) {
            if (c.contrast(background) >= AA) {
                return c;
            }
        }
        return BLACK.contrast(background) >= WHITE.contrast(background) ? BLACK : WHITE;
    }

    /** {@code color}, darkened (or lightened on dark paper) just enough to reach 4.5:1 on {@code background}. */
    public static Rgb readable(Rgb color, Rgb background) {
        boolean darken = background.luminance() > 0.18;
        Rgb c = color;
        for (int step = 1; step <= 20 && c.contrast(background) < AA; step++) {
            double k = step / 20.0;
            c = darken ? shade(color, k) : color.tint(k);
        }
        return c;
    }

    private static Rgb shade(Rgb c, double amount) {
        return new Rgb((int) Math.round(c.red() * (1 - amount)), (int) Math.round(c.green() * (1 - amount)),
                (int) Math.round(c.blue() * (1 - amount)));
    }
}
