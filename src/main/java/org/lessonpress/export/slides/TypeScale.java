package org.lessonpress.export.slides;

import java.util.Locale;
import org.lessonpress.BadInputException;
import org.lessonpress.theme.Theme;
import org.lessonpress.theme.ThemeKey;

/**
 * The deck's one modular scale: every type size is the body size times the ratio to a whole power, rounded to the
 * half point Word stores. A scale whose sizes leave what a slide can show is an error naming the theme key.
 */
record TypeScale(double base, double ratio) {
    private static final double SMALLEST = 6;
    private static final double LARGEST = 200;

    static TypeScale of(Theme theme) {
        double ratio = theme.get(SlideKeys.SCALE);
        if (!(ratio >= 1.05 && ratio <= 2)) {
            throw BadInputException.at(theme.name(), 0, String.format(Locale.ROOT,
                    "slides.scale: %s is out of range 1.05-2.0; a modular scale's ratio such as 1.125 or 1.25", ratio));
        }
        return new TypeScale(theme.get(SlideKeys.BODY_SIZE), ratio);
    }

    /** The size of a step, in points (step 0 is the body). */
    double size(int step) {
        return Math.round(base * Math.pow(ratio, step) * 2) / 2.0;
    }

    /** The size a theme key's step names, checked to be a size a slide can show. */
    double size(Theme theme, ThemeKey<Integer> key, int offset) {
        double s = size(theme.get(key) + offset);
        if (s < SMALLEST || s > LARGEST) {
            throw BadInputException.at(theme.name(), 0, String.format(Locale.ROOT,
                    "%s: step %d gives %.1f pt on this scale (slides.body.size %.1f pt, slides.scale %s); choose a step"
                            + " between %.0f and %.0f pt", key.path(), theme.get(key), s, base, ratio, SMALLEST, LARGEST));
        }
        return s;
    }
}
