package org.lessonpress.theme.colour;

import org.lessonpress.theme.Rgb;

/**
 * One section's colour resolved into the roles the formats draw with (the accent's, for lessons outside any
 * section). Every format takes a section's colour from here, so one role has one value in every file.
 *
 * @param text       text in the section's colour on the paper (lesson numbers, section names): at least the text
 *                   contrast, whatever its size
 * @param largeText  display text of WCAG's large size on the paper (18 pt, or 14 pt bold, and up): at least the
 *                   large-text contrast, so it keeps more of the colour
 * @param fill       an area in the section's colour that text is set on (a card's band); fills of different sections
 *                   differ in L* by the separation
 * @param textOnFill the theme's text or paper colour, whichever reads on the fill
 * @param rule       a rule or bar in the section's colour on the paper that tells the sections apart: at least the rule
 *                   contrast, and rules of different sections differ in L* by the separation
 * @param tint       the fill taken towards the paper, for quiet decoration (a quote's bar on the poster)
 */
public record SectionColours(Rgb text, Rgb largeText, Rgb fill, Rgb textOnFill, Rgb rule, Rgb tint) {
    /** WCAG 2's large text: 18 pt, or 14 pt when bold. */
    public static final double LARGE_SIZE = 18;
    public static final double LARGE_BOLD_SIZE = 14;

    /** True when text of this size and weight is large text in WCAG's sense. */
    public static boolean isLarge(double size, boolean bold) {
        return size >= (bold ? LARGE_BOLD_SIZE : LARGE_SIZE) - 1e-9;
    }

    /** The role for text of this size and weight: large text when WCAG counts it as large, else text. */
    public Rgb textAt(double size, boolean bold) {
        return isLarge(size, bold) ? largeText : text;
    }
}
