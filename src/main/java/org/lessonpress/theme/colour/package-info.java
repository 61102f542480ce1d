/**
 * The colour engine: a theme's colours resolved once, at load, into the roles every format draws with (text, large
 * text, fill, text on fill, rule, tint), each meeting its contrast and the sections told apart in greyscale.
 * Colours move in CIELAB along their own hue; see {@link org.lessonpress.theme.colour.ColourEngine}.
 */
package org.lessonpress.theme.colour;
