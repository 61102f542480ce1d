package org.lessonpress.theme.colour;

/**
 * What the engine holds a palette to, from the theme's {@code colors.contrast.*}, {@code colors.separation} and
 * {@code colors.tint} (WCAG AA and 8 L* in the default theme).
 *
 * @param text       least contrast of text with what it sits on
 * @param largeText  least contrast of large text (18 pt, or 14 pt bold, and up)
 * @param rule       least contrast of a section's rules and bars with the paper
 * @param separation least CIE L* difference between the fills, and between the rules, of any two sections; also
 *                   between a fill and the paper
 * @param tint       how far a tint goes from the fill to the paper: 0 is the fill, 1 the paper
 */
public record ColourRules(double text, double largeText, double rule, double separation, double tint) {
}
