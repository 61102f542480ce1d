package org.lessonpress.theme.colour;

import java.util.List;
import org.lessonpress.theme.Rgb;

/**
 * A theme's colours as the formats draw them, resolved once by {@link ColourEngine}: the text inks, and the roles of
 * the accent and of each section colour. Section {@code i} of a document takes the palette's {@code i}-th entry,
 * cycling when the document has more sections than the palette has colours.
 *
 * @param paper    the paper, as the theme sets it
 * @param text     body text: reads on the paper and on the code background
 * @param muted    secondary text (running heads, attributions): reads on both too
 * @param link     links: read on both too
 * @param accent   the accent's roles: lessons outside any section, and marks that belong to no section
 * @param sections each section colour's roles, in the theme's order
 * @param findings what the engine could not do as asked, for {@code check}: errors and warnings on theme keys
 */
public record Palette(Rgb paper, Rgb text, Rgb muted, Rgb link, SectionColours accent, List<SectionColours> sections,
                      List<Finding> findings) {

    /** Something about a theme's colours worth telling its author: on which key, and what to do. */
    public record Finding(boolean error, String key, String message) {
    }

    public Palette {
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
    }

    /** The roles of the n-th top-level section (0-based), cycling through the palette. */
    public SectionColours section(int index) {
        return sections.get(Math.floorMod(index, sections.size()));
    }

    /** The roles of a top-level section by index, or the accent's for -1 (a lesson outside any section). */
    public SectionColours sectionOrAccent(int index) {
        return index < 0 ? accent : section(index);
    }
}
